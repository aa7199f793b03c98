"use client";

import type { ContributionDirection } from "@/db/schema/vocabulary";

export const DIRECTION_LABELS: Record<ContributionDirection, string> = { given: "You gave", received: "You received" };

/** "You gave" / "You received" as two large radio buttons: the first question of a contribution. */
export function ContributionDirectionField({ name, value, error, onChange }: { name: string; value: ContributionDirection; error?: string; onChange: (direction: ContributionDirection) => void }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-stone-700 dark:text-stone-300">Which way</legend>
      <div className="grid grid-cols-2 gap-2">
        {(["given", "received"] as const).map((direction) => (
          <label
            key={direction}
            className="flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-lg border border-stone-300 px-3 text-sm font-medium has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:border-stone-700 dark:has-[:checked]:bg-brand-700/30 dark:has-[:checked]:text-brand-100"
          >
            <input type="radio" name={name} value={direction} checked={value === direction} onChange={() => onChange(direction)} className="sr-only" />
            {DIRECTION_LABELS[direction]}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
