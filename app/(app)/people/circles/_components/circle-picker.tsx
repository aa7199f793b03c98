"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "@/app/_components/link";
import { buttonClass, inputClass, Skeleton } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import type { CircleRef } from "@/server/circles/service";

/** A list of the owner's circles to pick one from, with a filter box; circles in `exclude` are left out. */
export function CirclePicker({ exclude = [], busy = false, onPick }: { exclude?: string[]; busy?: boolean; onPick: (circle: CircleRef) => void }) {
  const trpc = useTRPC();
  const inputId = useId();
  const [filter, setFilter] = useState("");
  const circles = useQuery(trpc.circles.list.queryOptions());

  if (circles.isPending) {
    return (
      <div aria-busy="true" aria-label="Loading circles" className="flex flex-col gap-2">
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-11 w-full" />
      </div>
    );
  }
  if (circles.isError) {
    return (
      <p role="alert" className="text-sm text-red-600 dark:text-red-400">
        {circles.error.message}
      </p>
    );
  }
  const excluded = new Set(exclude);
  const available = circles.data.filter((circle) => !excluded.has(circle.id));
  if (available.length === 0) {
    return (
      <div className="flex flex-col items-start gap-2 text-sm text-stone-600 dark:text-stone-400">
        <p>{circles.data.length === 0 ? "You have no circles yet." : "Already in every one of your circles."}</p>
        <Link href="/people/circles" className={buttonClass("secondary")}>
          Go to circles
        </Link>
      </div>
    );
  }
  const needle = filter.trim().toLowerCase();
  const shown = available.filter((circle) => circle.name.toLowerCase().includes(needle));

  return (
    <div className="flex flex-col gap-3">
      {available.length > 5 && (
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
            Find a circle
          </label>
          <input id={inputId} type="search" autoFocus autoComplete="off" className={inputClass} value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      <ul aria-label="Circles" className="-mx-1 flex max-h-72 flex-col overflow-y-auto">
        {shown.map((circle) => (
          <li key={circle.id}>
            <button
              type="button"
              disabled={busy}
              onClick={() => onPick({ id: circle.id, name: circle.name })}
              className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-2 text-left hover:bg-stone-100 disabled:opacity-60 dark:hover:bg-stone-800"
            >
              <span className="min-w-0 truncate font-medium">{circle.name}</span>
              <span className="shrink-0 text-sm text-stone-500 dark:text-stone-400">{circle.memberCount === 1 ? "1 person" : `${circle.memberCount} people`}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="px-2 text-sm text-stone-500 dark:text-stone-400">No circle matches “{filter.trim()}”.</li>}
      </ul>
    </div>
  );
}
