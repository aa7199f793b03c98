"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputBase } from "@/app/_components/ui";
import { localToday } from "@/app/_lib/dates";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { TIE_CONTEXTS, type TieContext } from "@/db/schema/vocabulary";
import { TIE_CONTEXT_LABELS } from "@/server/ties/compute";

function KnownSinceForm({ contactId, inputId, knownSince }: { contactId: string; inputId: string; knownSince: string | null }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [value, setValue] = useState(knownSince ?? "");
  const [error, setError] = useState<string | undefined>();
  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: async (contact) => {
        setError(undefined);
        setValue(contact.knownSince ?? "");
        await refresh();
        toast(contact.knownSince ? "Saved when you met." : "Cleared when you met.");
      },
      onError: (caught) => {
        const message = fieldErrorsFrom(caught).knownSince;
        if (message) setError(message);
        else toast(messageFrom(caught));
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: contactId, knownSince: value === "" ? null : value });
  };
  const changed = value !== (knownSince ?? "");

  return (
    <form onSubmit={submit} noValidate aria-label="When you met" className="flex flex-col gap-2">
      <Field id={inputId} label="Known since" error={error} hint="The day you met, or your best guess. Duration counts from here.">
        <div className="flex flex-wrap gap-2">
          <input
            id={inputId}
            type="date"
            className={`${inputBase} w-44 shrink-0`}
            value={value}
            max={localToday()}
            onChange={(event) => setValue(event.target.value)}
            {...invalidProps(inputId, error)}
          />
          <button type="submit" disabled={save.isPending || !changed} className={buttonClass("primary")}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
          {knownSince && (
            <button type="button" disabled={save.isPending} className={buttonClass("ghost")} onClick={() => save.mutate({ id: contactId, knownSince: null })}>
              Clear<span className="sr-only"> known since</span>
            </button>
          )}
        </div>
      </Field>
    </form>
  );
}

function ContextChips({ contactId, contexts }: { contactId: string; contexts: TieContext[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const labelId = useId();
  const [selected, setSelected] = useState<TieContext[]>(contexts);
  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: refresh,
      onError: (caught) => {
        setSelected(contexts);
        toast(messageFrom(caught));
      },
    }),
  );
  const toggle = (context: TieContext) => {
    // Ignored rather than disabled while saving, so keyboard focus stays on the chip.
    if (save.isPending) return;
    const next = selected.includes(context) ? selected.filter((item) => item !== context) : TIE_CONTEXTS.filter((item) => item === context || selected.includes(item));
    setSelected(next);
    save.mutate({ id: contactId, contexts: next });
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-busy={save.isPending} className="flex flex-col gap-1">
      <p id={labelId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        Contexts you share
      </p>
      <div className="flex flex-wrap gap-2">
        {TIE_CONTEXTS.map((context) => {
          const on = selected.includes(context);
          return (
            <button
              key={context}
              type="button"
              aria-pressed={on}
              aria-disabled={save.isPending || undefined}
              onClick={() => toggle(context)}
              className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-medium transition aria-disabled:opacity-60 ${
                on
                  ? "border-brand-600 bg-brand-600 text-white hover:bg-brand-700"
                  : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800"
              }`}
            >
              {on && <span aria-hidden="true">✓</span>}
              {TIE_CONTEXT_LABELS[context]}
            </button>
          );
        })}
      </div>
      <p className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
        {save.isPending ? "Saving…" : "Contexts from your interactions count too; multiplexity counts them all once."}
      </p>
    </div>
  );
}

/** Known since and the contexts of the tie, saved on the contact. */
export function TieEditor({ contactId, knownSinceInputId, knownSince, contexts }: { contactId: string; knownSinceInputId: string; knownSince: string | null; contexts: TieContext[] }) {
  return (
    <div className="mt-4 flex flex-col gap-4 rounded-xl bg-stone-50 p-3 dark:bg-stone-950">
      <KnownSinceForm contactId={contactId} inputId={knownSinceInputId} knownSince={knownSince} />
      <ContextChips contactId={contactId} contexts={contexts} />
    </div>
  );
}
