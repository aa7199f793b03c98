import { Skeleton } from "@/app/_components/ui";

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="mx-auto flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-56" />
      </div>
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-2 sm:flex-row">
          <Skeleton className="h-11 w-full sm:flex-1" />
          <Skeleton className="h-11 w-64" />
        </div>
        {/* The same height as the graph, so the page does not jump when it arrives. */}
        <Skeleton className="h-[24rem] w-full rounded-xl sm:h-[32rem]" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex flex-col gap-3 rounded-2xl border border-stone-200 p-4 dark:border-stone-800">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-20" />
            <Skeleton className="h-12 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
