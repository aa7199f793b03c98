"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { KNOWS_ME_LEVELS } from "@/db/schema/vocabulary";
import { KNOWS_ME_LABELS } from "@/server/ties/compute";

/** "How well do they know you?": four levels as a segmented radio group, saved as soon as one is picked. */
export function WhoKnowsYouLevel({ contactId, knowsMe }: { contactId: string; knowsMe: number | null }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const name = useId();
  const [level, setLevel] = useState<number | null>(knowsMe);
  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: refresh,
      onError: (caught) => {
        setLevel(knowsMe);
        toast(messageFrom(caught));
      },
    }),
  );
  const pick = (next: number | null) => {
    setLevel(next);
    save.mutate({ id: contactId, knowsMe: next });
  };

  return (
    <fieldset aria-busy={save.isPending}>
      <legend className="text-sm font-medium text-stone-700 dark:text-stone-300">How well do they know you?</legend>
      <div className="mt-2 grid grid-cols-2 gap-px overflow-hidden rounded-xl border border-stone-300 bg-stone-300 dark:border-stone-700 dark:bg-stone-700 sm:grid-cols-4">
        {KNOWS_ME_LEVELS.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center justify-center bg-white px-2 py-2 text-center text-sm text-stone-800 transition hover:bg-stone-100 has-checked:bg-brand-600 has-checked:font-medium has-checked:text-white has-focus-visible:outline-2 has-focus-visible:-outline-offset-4 has-focus-visible:outline-brand-500 has-checked:has-focus-visible:outline-white dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800 dark:has-checked:bg-brand-600"
          >
            <input type="radio" name={name} value={value} checked={level === value} onChange={() => pick(value)} className="sr-only" />
            {KNOWS_ME_LABELS[value]}
          </label>
        ))}
      </div>
      <div className="mt-1 flex min-h-11 items-center justify-between gap-2">
        <p className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
          {save.isPending ? "Saving…" : level == null ? "Not set yet: pick the level that fits. It counts as intimacy in tie strength." : "Saved. It counts as intimacy in tie strength."}
        </p>
        {level != null && (
          <button type="button" disabled={save.isPending} className={buttonClass("ghost", "shrink-0 px-3")} onClick={() => pick(null)}>
            Clear<span className="sr-only"> how well they know you</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
