import type { ReactNode } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-sm font-medium transition disabled:cursor-not-allowed disabled:opacity-60";
const variants: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800",
  danger: "bg-red-600 text-white hover:bg-red-700",
  ghost: "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
};

/** Classes for anything that looks like a button: <button>, <Link>, <a>. */
export function buttonClass(variant: Variant = "secondary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`;
}

/** The "+" before the label of a button that adds something; screen readers hear only the label. */
export function PlusSign() {
  return (
    <span aria-hidden="true" className="text-lg leading-none">
      +
    </span>
  );
}

/** A text control's look without its width; inputClass is the usual full-width one. */
export const inputBase =
  "block min-h-11 min-w-0 rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 placeholder:text-stone-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 sm:text-sm";

export const inputClass = `${inputBase} w-full`;

export function Card({ title, children, actions }: { title?: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-5">
      {(title || actions) && (
        <div className="mb-3 flex items-center justify-between gap-2">
          {title && <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

export function EmptyState({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children && <div className="max-w-sm text-sm text-stone-600 dark:text-stone-400">{children}</div>}
      {actions && <div className="mt-2 flex flex-wrap justify-center gap-2">{actions}</div>}
    </div>
  );
}

const AVATAR_COLOURS = ["bg-emerald-600", "bg-sky-600", "bg-amber-600", "bg-rose-600", "bg-violet-600", "bg-teal-600", "bg-orange-600", "bg-indigo-600"];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return letters.map((word) => Array.from(word ?? "")[0]?.toUpperCase() ?? "").join("") || "?";
}

/** The contact's photo, or their initials on a colour picked from the name. */
export function Avatar({ name, photoUrl, size = "md" }: { name: string; photoUrl?: string | null; size?: "md" | "lg" }) {
  const colour = AVATAR_COLOURS[Array.from(name).reduce((sum, char) => sum + char.charCodeAt(0), 0) % AVATAR_COLOURS.length];
  const dimensions = size === "lg" ? "h-16 w-16 text-xl" : "h-10 w-10 text-sm";
  if (photoUrl) {
    return (
      // A user-entered address on any host: next/image would need every host allow-listed.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={photoUrl} alt="" referrerPolicy="no-referrer" loading="lazy" className={`shrink-0 rounded-full object-cover ${dimensions}`} />
    );
  }
  return (
    <span aria-hidden="true" className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white ${colour} ${dimensions}`}>
      {initialsOf(name)}
    </span>
  );
}

export function Skeleton({ className = "" }: { className?: string }) {
  return <span aria-hidden="true" className={`block animate-pulse rounded-md bg-stone-200 dark:bg-stone-800 ${className}`} />;
}
