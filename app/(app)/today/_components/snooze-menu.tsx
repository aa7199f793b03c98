"use client";

import { useEffect, useId, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/ui";
import { useSnooze } from "./use-snooze";

const CHOICES = [
  { period: "week", label: "1 week" },
  { period: "month", label: "1 month" },
] as const;

/** "Snooze" opening a small menu: 1 week or 1 month. Escape or a click elsewhere closes it. */
export function SnoozeMenu({ contactId, name }: { contactId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const { snooze, snoozing } = useSnooze(contactId, name);

  useEffect(() => {
    if (!open) return;
    firstChoice.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button ref={trigger} type="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} className={buttonClass("ghost", "px-3")}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z" />
        </svg>
        <span className="hidden sm:inline">Snooze</span>
        <span className="sr-only">
          <span className="sm:hidden">Snooze</span> {name}
        </span>
      </button>
      {open && (
        <div id={menuId} role="group" aria-label={`Snooze ${name} for`} className="absolute right-0 top-full z-20 mt-1 flex w-36 flex-col rounded-xl border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900">
          {CHOICES.map((choice, index) => (
            <button
              key={choice.period}
              ref={index === 0 ? firstChoice : undefined}
              type="button"
              disabled={snoozing !== null}
              onClick={() => snooze(choice.period, () => setOpen(false))}
              className="min-h-11 rounded-lg px-3 text-left text-sm hover:bg-stone-100 disabled:opacity-60 dark:hover:bg-stone-800"
            >
              {snoozing === choice.period ? "Snoozing…" : choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
