import type { TagColour } from "@/db/schema/vocabulary";

/** Each tag colour's chip (light and dark) and its solid swatch; the one place the palette lives. */
export const TAG_PALETTE: Record<TagColour, { label: string; chip: string; swatch: string }> = {
  stone: { label: "Stone", chip: "bg-stone-100 text-stone-800 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600", swatch: "bg-stone-400" },
  red: { label: "Red", chip: "bg-red-100 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800", swatch: "bg-red-500" },
  amber: { label: "Amber", chip: "bg-amber-100 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800", swatch: "bg-amber-500" },
  emerald: { label: "Emerald", chip: "bg-emerald-100 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800", swatch: "bg-emerald-500" },
  teal: { label: "Teal", chip: "bg-teal-100 text-teal-800 ring-teal-200 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-800", swatch: "bg-teal-500" },
  sky: { label: "Sky", chip: "bg-sky-100 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800", swatch: "bg-sky-500" },
  indigo: { label: "Indigo", chip: "bg-indigo-100 text-indigo-800 ring-indigo-200 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-800", swatch: "bg-indigo-500" },
  violet: { label: "Violet", chip: "bg-violet-100 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800", swatch: "bg-violet-500" },
  pink: { label: "Pink", chip: "bg-pink-100 text-pink-800 ring-pink-200 dark:bg-pink-950 dark:text-pink-200 dark:ring-pink-800", swatch: "bg-pink-500" },
  rose: { label: "Rose", chip: "bg-rose-100 text-rose-800 ring-rose-200 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800", swatch: "bg-rose-500" },
};

export function paletteOf(colour: string): (typeof TAG_PALETTE)[TagColour] {
  return TAG_PALETTE[colour as TagColour] ?? TAG_PALETTE.stone;
}

/** A tag's name on its colour. */
export function TagChip({ name, colour }: { name: string; colour: string }) {
  return <span className={`inline-block max-w-full truncate rounded-full align-middle px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${paletteOf(colour).chip}`}>{name}</span>;
}
