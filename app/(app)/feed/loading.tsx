import { Skeleton } from "@/app/_components/ui";

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="mx-auto flex max-w-2xl flex-col gap-4">
      <div className="flex items-center justify-between">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-11 w-36" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-11 w-32" />
        <Skeleton className="h-11 w-24" />
      </div>
      <div className="flex flex-col rounded-2xl border border-stone-200 dark:border-stone-800">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-3 px-4 py-3">
            <Skeleton className="h-10 w-10 rounded-full" />
            <div className="flex flex-col gap-2">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-3 w-1/4" />
              <Skeleton className="h-12 w-full" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
