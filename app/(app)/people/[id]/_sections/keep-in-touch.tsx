import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui";
import { daysAgoInWords, daysBetween, describeCadence, dueInWords, localDate } from "@/server/reminders/due";
import { getServerCaller } from "@/server/trpc/server";
import { KeepInTouchCadence } from "./keep-in-touch-cadence";
import { KeepInTouchSnooze } from "./keep-in-touch-snooze";

/** "14 July 2025" for a YYYY-MM-DD date. */
function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-3 py-1.5 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="text-stone-500 dark:text-stone-400">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** Keep in touch: how often, when you last were, when you are due next; snooze when due. */
export async function KeepInTouchSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const state = await caller.reminders.get({ contactId });
  const lastDate = state.lastInteractionAt ? localDate(state.lastInteractionAt, state.timeZone) : null;
  const due = state.daysOverdue !== null && state.daysOverdue >= 0;

  let next: ReactNode;
  if (state.archived) next = "No reminders while archived.";
  else if (state.cadence.kind === "never") next = "Never: no reminders for them.";
  else if (state.cadence.kind === "none" || state.dueDate === null || state.daysOverdue === null) next = "No reminder: pick how often above.";
  else {
    const words = dueInWords(state.daysOverdue);
    next = (
      <>
        <span className={state.daysOverdue > 0 ? "font-medium text-red-700 dark:text-red-400" : "font-medium"}>{words.charAt(0).toUpperCase() + words.slice(1)}</span>
        {state.daysOverdue !== 0 && ` (${formatDate(state.dueDate)})`}
        <span className="block text-stone-500 dark:text-stone-400">{describeCadence(state.cadence).replace(/^every/, "Every")}</span>
      </>
    );
  }

  return (
    <Card title="Keep in touch">
      <KeepInTouchCadence contactId={contactId} ownCadenceDays={state.ownCadenceDays} circleDefault={state.circleDefault} />
      <dl className="mt-3">
        <Row label="Last interaction">
          {lastDate ? (
            <>
              {formatDate(lastDate)} ({daysAgoInWords(daysBetween(lastDate, state.today))})
            </>
          ) : (
            <>None logged yet. The clock runs from when you added them ({formatDate(localDate(state.lastTouch, state.timeZone))}).</>
          )}
        </Row>
        <Row label="Next due">{next}</Row>
      </dl>
      {!state.archived && (state.snoozedUntil || due) && (
        <KeepInTouchSnooze
          contactId={contactId}
          name={state.displayName}
          snoozedUntil={state.snoozedUntil ? formatDate(localDate(state.snoozedUntil, state.timeZone)) : null}
        />
      )}
    </Card>
  );
}
