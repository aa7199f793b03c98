import { Skeleton } from "@/app/_components/ui";

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="mx-auto flex max-w-3xl flex-col gap-4">
      <Skeleton className="h-8 w-32" />
      <Skeleton className="h-4 w-24" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="flex items-center gap-3 py-2">
          <Skeleton className="h-10 w-10 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
          <Skeleton className="h-11 w-11" />
        </div>
      ))}
    </div>
  );
}
