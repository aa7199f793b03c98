import type { CompanyTarget } from "@/db/schema/vocabulary";
import { TARGET_LABELS } from "./company-labels";

/** A small label saying why a company is on the user's list of targets. */
export function TargetBadge({ target }: { target: CompanyTarget }) {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-inset ring-brand-600/20 dark:bg-brand-700/20 dark:text-brand-100 dark:ring-brand-100/20">
      {TARGET_LABELS[target]}
    </span>
  );
}
