"use client";

import { useId } from "react";
import { COMPANY_TARGETS, type CompanyTarget } from "@/db/schema/vocabulary";
import { TARGET_LABELS } from "./company-labels";

const OPTIONS: { value: CompanyTarget | null; label: string }[] = [...COMPANY_TARGETS.map((target) => ({ value: target, label: TARGET_LABELS[target] })), { value: null, label: "Not a target" }];

/**
 * A segmented radio group: want to work for, want to collaborate with, or not a target. Arrow
 * keys move between options; `busy` only announces saving, so keyboard focus is never lost.
 */
export function TargetOptions({ label, value, busy, onChange }: { label: string; value: CompanyTarget | null; busy?: boolean; onChange: (target: CompanyTarget | null) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-label`} aria-busy={busy || undefined} className="grid grid-cols-1 gap-1 rounded-xl bg-stone-100 p-1 dark:bg-stone-800 sm:grid-cols-3">
        {OPTIONS.map((option) => {
          const checked = option.value === value;
          return (
            <label
              key={option.label}
              className={`relative flex min-h-11 cursor-pointer items-center justify-center rounded-lg px-3 text-center text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 ${
                checked ? "bg-white text-brand-700 shadow-sm dark:bg-stone-950 dark:text-brand-100" : "text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white"
              }`}
            >
              <input type="radio" name={`${id}-target`} className="sr-only" checked={checked} onChange={() => onChange(option.value)} />
              {option.label}
            </label>
          );
        })}
      </div>
    </div>
  );
}
