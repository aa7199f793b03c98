import { strengthBand, type StrengthBand } from "@/server/ties/compute";

const BAND_CLASSES: Record<StrengthBand, string> = {
  weak: "bg-stone-100 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-600",
  moderate: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  strong: "bg-brand-50 text-brand-700 ring-brand-500/50 dark:bg-brand-700/30 dark:text-brand-100 dark:ring-brand-500/60",
};

/** A small pill with a tie's strength, coloured by its reading (weak, moderate, strong). */
export function StrengthBadge({ strength }: { strength: number }) {
  const value = Math.min(100, Math.max(0, Math.round(strength)));
  const label = `Tie strength ${value} of 100`;
  return (
    <span
      role="img"
      aria-label={label}
      title={`${label} (${strengthBand(value)})`}
      className={`inline-flex min-w-8 shrink-0 items-center justify-center rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ${BAND_CLASSES[strengthBand(value)]}`}
    >
      {value}
    </span>
  );
}
