"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { RowActions } from "@/app/_components/row-actions";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass, PlusSign } from "@/app/_components/ui";
import { formatDay, localToday } from "@/app/_lib/dates";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useFormErrors } from "@/app/_lib/use-form-errors";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CONTRIBUTION_KINDS, type ContributionDirection, type ContributionKind } from "@/db/schema/vocabulary";
import type { ContributionBalance } from "@/server/knowledge/contributions";
import { ContributionDirectionField, DIRECTION_LABELS } from "@/app/_components/contribution-direction";

export interface ContributionItem {
  id: string;
  direction: ContributionDirection;
  kind: ContributionKind;
  description: string | null;
  occurredOn: string;
}

interface Draft {
  direction: ContributionDirection;
  kind: ContributionKind;
  description: string;
  occurredOn: string;
}

const KIND_LABELS: Record<ContributionKind, string> = {
  intro: "Introduction",
  advice: "Advice",
  help: "Help",
  referral: "Referral",
  gift: "Gift",
  other: "Other",
};


function BalanceSummary({ balance }: { balance: ContributionBalance }) {
  const kinds = CONTRIBUTION_KINDS.filter((kind) => balance.byKind[kind].given + balance.byKind[kind].received > 0);
  const lean =
    balance.balance > 0
      ? `${balance.balance} more given than received.`
      : balance.balance < 0
        ? `${-balance.balance} more received than given.`
        : "Even so far.";
  return (
    <div className="mb-3">
      <p className="text-base font-medium">
        You&apos;ve given {balance.given} and received {balance.received}
      </p>
      <p className="text-sm text-stone-500 dark:text-stone-400">{lean}</p>
      <ul aria-label="By kind" className="mt-2 flex flex-wrap gap-1.5">
        {kinds.map((kind) => (
          <li key={kind} className="rounded-full bg-stone-100 px-3 py-1 text-xs text-stone-700 dark:bg-stone-800 dark:text-stone-300">
            {KIND_LABELS[kind]}: {balance.byKind[kind].given} given, {balance.byKind[kind].received} received
          </li>
        ))}
      </ul>
    </div>
  );
}

function DirectionIcon({ direction }: { direction: ContributionDirection }) {
  const given = direction === "given";
  return (
    <span
      aria-hidden="true"
      className={`mt-0.5 inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full ${given ? "bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100" : "bg-amber-50 text-amber-700 dark:bg-amber-900/40 dark:text-amber-200"}`}
    >
      <svg viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {given ? <path d="M7 17 17 7M9 7h8v8" /> : <path d="M17 7 7 17M15 17H7V9" />}
      </svg>
    </span>
  );
}

function ContributionForm({ initial, pending, errors, submitLabel, onSubmit }: { initial: Draft; pending: boolean; errors: Record<string, string>; submitLabel: string; onSubmit: (draft: Draft) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <ContributionDirectionField name={`${id}-direction`} value={draft.direction} error={errors.direction} onChange={(direction) => setDraft({ ...draft, direction })} />
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${id}-kind`} label="Kind" error={errors.kind}>
          <select id={`${id}-kind`} className={inputClass} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as ContributionKind })} {...invalidProps(`${id}-kind`, errors.kind)}>
            {CONTRIBUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-date`} label="When" error={errors.occurredOn}>
          <input
            id={`${id}-date`}
            type="date"
            className={inputClass}
            value={draft.occurredOn}
            max={localToday()}
            onChange={(event) => setDraft({ ...draft, occurredOn: event.target.value })}
            {...invalidProps(`${id}-date`, errors.occurredOn)}
          />
        </Field>
      </div>
      <Field id={`${id}-description`} label="What it was (optional)" error={errors.description}>
        <textarea
          id={`${id}-description`}
          rows={3}
          className={`${inputClass} py-2`}
          value={draft.description}
          maxLength={500}
          placeholder="Introduced her to the hiring manager at Acme"
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          {...invalidProps(`${id}-description`, errors.description)}
        />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

type Editing = { mode: "add" } | { mode: "edit"; entry: ContributionItem } | null;

export function ContributionsEditor({ contactId, balance, entries }: { contactId: string; balance: ContributionBalance; entries: ContributionItem[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const { errors, setErrors, onError } = useFormErrors();

  const open = (next: Editing) => {
    setErrors({});
    setEditing(next);
  };
  const onSaved = async () => {
    setEditing(null);
    await refresh();
  };
  const add = useMutation(trpc.knowledge.contributions.add.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.knowledge.contributions.update.mutationOptions({ onSuccess: onSaved, onError }));
  const restore = useMutation(trpc.knowledge.contributions.add.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.knowledge.contributions.remove.mutationOptions({
      onSuccess: async (entry) => {
        await refresh();
        const { direction, kind, description, occurredOn } = entry;
        toast("Entry deleted.", { label: "Undo", run: () => restore.mutate({ contactId, direction, kind, description, occurredOn }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          Nothing recorded yet. Keep track of introductions, advice, help and gifts both ways, so you notice when it is your turn to give.
        </p>
      ) : (
        <>
          <BalanceSummary balance={balance} />
          <ul aria-label="Ledger" className="divide-y divide-stone-100 dark:divide-stone-800">
            {entries.map((entry) => {
              const label = `${DIRECTION_LABELS[entry.direction]} ${KIND_LABELS[entry.kind].toLowerCase()}, ${formatDay(entry.occurredOn)}`;
              return (
                <li key={entry.id} className="flex items-start gap-3 py-2">
                  <DirectionIcon direction={entry.direction} />
                  <div className="min-w-0 flex-1 py-1">
                    <p className="text-sm">
                      <span className="font-medium">{DIRECTION_LABELS[entry.direction]}</span>
                      <span className="text-stone-500 dark:text-stone-400"> · {KIND_LABELS[entry.kind]}</span>
                    </p>
                    {entry.description && <p className="break-words text-sm text-stone-700 dark:text-stone-300">{entry.description}</p>}
                    <p className="text-xs text-stone-500 dark:text-stone-400">{formatDay(entry.occurredOn)}</p>
                  </div>
                  <RowActions
                    what={`entry: ${label}`}
                    deleting={remove.isPending && remove.variables.id === entry.id}
                    onEdit={() => open({ mode: "edit", entry })}
                    onDelete={() => remove.mutate({ id: entry.id })}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" className={buttonClass("secondary", "mt-3")} onClick={() => open({ mode: "add" })}>
        <PlusSign /> Record a contribution
      </button>
      <Sheet open={editing !== null} title={editing?.mode === "edit" ? "Edit contribution" : "Record a contribution"} onClose={() => setEditing(null)}>
        {editing?.mode === "edit" ? (
          <ContributionForm
            key={editing.entry.id}
            initial={{ direction: editing.entry.direction, kind: editing.entry.kind, description: editing.entry.description ?? "", occurredOn: editing.entry.occurredOn }}
            pending={update.isPending}
            errors={errors}
            submitLabel="Save"
            onSubmit={(draft) => update.mutate({ id: editing.entry.id, ...draft })}
          />
        ) : (
          <ContributionForm
            key="add"
            initial={{ direction: "given", kind: "help", description: "", occurredOn: localToday() }}
            pending={add.isPending}
            errors={errors}
            submitLabel="Record"
            onSubmit={(draft) => add.mutate({ contactId, ...draft })}
          />
        )}
      </Sheet>
    </div>
  );
}
