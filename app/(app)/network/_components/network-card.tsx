import type { ReactNode } from "react";

/** A card of the Network page: a named region with its heading, and "What is this?" when given. */
export function NetworkCard({ id, title, explanation, wide = false, children }: { id: string; title: string; explanation?: ReactNode; wide?: boolean; children: ReactNode }) {
  const headingId = `network-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-5 ${wide ? "sm:col-span-2" : ""}`}
    >
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
        {title}
      </h2>
      {children}
      {explanation && <WhatIsThis>{explanation}</WhatIsThis>}
    </section>
  );
}

export function WhatIsThis({ children }: { children: ReactNode }) {
  return (
    <details className="group mt-auto text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 font-medium text-brand-600 hover:underline dark:text-brand-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 transition group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="m9 6 6 6-6 6" />
        </svg>
        What is this?
      </summary>
      <div className="flex flex-col gap-2 pb-1 text-stone-600 dark:text-stone-400">{children}</div>
    </details>
  );
}

/** The headline number of a card with what it counts. */
export function Headline({ value, caption }: { value: string; caption: ReactNode }) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className="text-3xl font-semibold tabular-nums tracking-tight">{value}</span>
      <span className="text-sm text-stone-600 dark:text-stone-400">{caption}</span>
    </p>
  );
}

/** Secondary figures as label–value pairs. */
export function Figures({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
      {items.map((item) => (
        <div key={item.label} className="flex min-w-0 flex-col">
          <dt className="text-stone-500 dark:text-stone-400">{item.label}</dt>
          <dd className="font-medium tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Reading({ children }: { children: ReactNode }) {
  return <p className="text-sm text-stone-800 dark:text-stone-200">{children}</p>;
}
