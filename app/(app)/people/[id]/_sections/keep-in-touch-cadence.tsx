"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { inputClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CADENCE_CHOICES, cadenceLabel, type CircleCadence } from "@/server/reminders/due";

const INHERIT = "inherit";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The contact's cadence as a select, saved as soon as it changes. */
export function KeepInTouchCadence({ contactId, ownCadenceDays, circleDefault }: { contactId: string; ownCadenceDays: number | null; circleDefault: CircleCadence | null }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const id = useId();
  const saved = ownCadenceDays === null ? INHERIT : String(ownCadenceDays);
  const [value, setValue] = useState(saved);
  const save = useMutation(
    trpc.reminders.setCadence.mutationOptions({
      onSuccess: refresh,
      onError: (error) => {
        setValue(saved);
        toast(messageFrom(error));
      },
    }),
  );
  const custom = ownCadenceDays !== null && ownCadenceDays !== 0 && !CADENCE_CHOICES.some((choice) => choice.days === ownCadenceDays);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        How often to keep in touch
      </label>
      <select
        id={id}
        value={value}
        aria-busy={save.isPending}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          save.mutate({ contactId, days: next === INHERIT ? null : Number(next) });
        }}
        className={inputClass}
      >
        <option value={INHERIT}>{circleDefault ? `Use circle default (${cadenceLabel(circleDefault.days)}, from ${circleDefault.circleName})` : "Use circle default (none set)"}</option>
        <option value="0">Never</option>
        {CADENCE_CHOICES.map((choice) => (
          <option key={choice.days} value={String(choice.days)}>
            {capitalize(choice.label)}
          </option>
        ))}
        {custom && <option value={String(ownCadenceDays)}>{capitalize(cadenceLabel(ownCadenceDays))}</option>}
      </select>
      <p className="min-h-4 text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
        {save.isPending ? "Saving…" : value === INHERIT && !circleDefault ? "Add them to a circle with a cadence, or pick one here." : ""}
      </p>
    </div>
  );
}
