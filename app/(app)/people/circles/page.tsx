import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { EmptyState } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../_components/people-tabs";
import { PURPOSE_LABELS, TYPE_LABELS } from "./_components/circle-labels";
import { NewCircleButton } from "./_components/new-circle-button";

export const metadata: Metadata = { title: "Circles" };

export default async function CirclesPage() {
  const caller = await getServerCaller();
  const circles = await caller.circles.list();
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Circles</h1>
        <NewCircleButton />
      </div>
      {circles.length === 0 ? (
        <EmptyState title="No circles yet">
          A circle is one of your networks: a team, a family, a study group. Create one with New circle, then add the people who belong to it.
        </EmptyState>
      ) : (
        <ul aria-label="Circles" className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {circles.map((circle) => {
            const kind = [circle.purpose && PURPOSE_LABELS[circle.purpose], circle.type && TYPE_LABELS[circle.type]].filter(Boolean).join(" · ");
            const style = [circle.place, circle.space, circle.pace].filter(Boolean).join(" · ");
            return (
              <li key={circle.id}>
                <Link
                  href={`/people/circles/${circle.id}`}
                  className="flex h-full min-h-11 flex-col gap-1 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-300 hover:bg-stone-50 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-700 dark:hover:bg-stone-800/60"
                >
                  <span className="flex items-baseline justify-between gap-3">
                    <span className="min-w-0 truncate font-semibold">{circle.name}</span>
                    <span className="shrink-0 text-sm text-stone-500 dark:text-stone-400">{circle.memberCount === 1 ? "1 person" : `${circle.memberCount} people`}</span>
                  </span>
                  {kind && <span className="text-sm text-stone-600 dark:text-stone-300">{kind}</span>}
                  {style && <span className="truncate text-sm text-stone-500 dark:text-stone-400">{style}</span>}
                  {circle.description && <span className="line-clamp-2 text-sm text-stone-500 dark:text-stone-400">{circle.description}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
