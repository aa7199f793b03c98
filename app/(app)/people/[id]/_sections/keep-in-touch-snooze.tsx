"use client";

import { useSnooze } from "@/app/(app)/today/_components/use-snooze";
import { buttonClass } from "@/app/_components/ui";

/** Snooze buttons while the contact is due; "Unsnooze" while a snooze is in force. */
export function KeepInTouchSnooze({ contactId, name, snoozedUntil }: { contactId: string; name: string; snoozedUntil: string | null }) {
  const { snooze, snoozing, unsnooze, unsnoozing } = useSnooze(contactId, name);

  if (snoozedUntil) {
    return (
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-3 dark:border-stone-800">
        <p className="text-sm text-stone-600 dark:text-stone-400">Snoozed until {snoozedUntil}.</p>
        <button type="button" disabled={unsnoozing} onClick={unsnooze} className={buttonClass("secondary")}>
          {unsnoozing ? "Unsnoozing…" : "Unsnooze"}
        </button>
      </div>
    );
  }
  return (
    <div role="group" aria-label={`Snooze the reminder for ${name}`} className="mt-3 flex flex-wrap items-center gap-2 border-t border-stone-100 pt-3 dark:border-stone-800">
      <span className="text-sm text-stone-600 dark:text-stone-400">Not now?</span>
      <button type="button" disabled={snoozing !== null} onClick={() => snooze("week")} className={buttonClass("secondary")}>
        {snoozing === "week" ? "Snoozing…" : "Snooze 1 week"}
      </button>
      <button type="button" disabled={snoozing !== null} onClick={() => snooze("month")} className={buttonClass("secondary")}>
        {snoozing === "month" ? "Snoozing…" : "Snooze 1 month"}
      </button>
    </div>
  );
}
