"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { CHANNEL_LABELS, CHANNEL_PHRASES, ChannelIcon, CONTEXT_LABELS, INITIATOR_LABELS } from "@/app/_components/channel-icon";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { useToast } from "@/app/_components/toaster";
import { inputClass } from "@/app/_components/ui";
import { toLocalInput } from "@/app/_lib/dates";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useUndoLog } from "./use-undo-log";
import { useDebounced } from "@/app/_lib/use-debounced";
import { useRefresh } from "@/app/_lib/use-refresh";
import { INITIATORS, INTERACTION_CHANNELS, TIE_CONTEXTS, type Initiator, type InteractionChannel, type TieContext } from "@/db/schema/vocabulary";
import { logInteractionInput } from "@/server/interactions/schemas";
import type { Participant } from "@/server/interactions/service";
import { fieldErrorsOf } from "@/server/trpc/field-errors";

/** An interaction to edit; without one the form logs a new interaction. */
export interface InteractionFormInitial {
  id: string;
  occurredAt: Date;
  channel: InteractionChannel;
  contexts: TieContext[];
  initiator: Initiator;
  notes: string | null;
}

/** "Ada", "Ada and Ben", "Ada and 2 others". */
export function namesOf(people: Participant[]): string {
  const [first, second] = people;
  if (!first) return "no one";
  if (people.length === 1) return first.displayName;
  if (people.length === 2 && second) return `${first.displayName} and ${second.displayName}`;
  return `${first.displayName} and ${people.length - 1} others`;
}

// Messages about one item of a list ("contactIds.3") belong beside the whole list.
const errorKey = (path: string) => path.replace(/\.\d+$/, "");

const chipClass = (on: boolean) =>
  `inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-medium transition ${
    on
      ? "border-brand-600 bg-brand-600 text-white hover:bg-brand-700"
      : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800"
  }`;

// A radio's label styled as a button; the radio itself is visually hidden but keeps focus and keys.
const optionBase = "flex cursor-pointer items-center justify-center rounded-lg transition has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500";

const channelOptionClass = `${optionBase} min-h-16 flex-col gap-1 border border-stone-300 bg-white px-1 py-2 text-center text-xs font-medium leading-tight text-stone-700 hover:bg-stone-100 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800 dark:has-[:checked]:border-brand-500 dark:has-[:checked]:bg-brand-700/40 dark:has-[:checked]:text-brand-100`;

const segmentClass = `${optionBase} min-h-11 px-2 text-center text-sm font-medium leading-tight text-stone-600 hover:text-stone-900 has-[:checked]:bg-white has-[:checked]:text-stone-900 has-[:checked]:shadow-sm dark:text-stone-300 dark:hover:text-white dark:has-[:checked]:bg-stone-950 dark:has-[:checked]:text-white`;

const legendClass = "mb-1 text-sm font-medium text-stone-700 dark:text-stone-300";

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-600 dark:text-red-400">
      {error}
    </p>
  );
}

/** Logs a new interaction, or edits one: when, how, in which contexts, who started it, notes and who took part. */
export function InteractionForm({ initial, contacts, onDone }: { initial?: InteractionFormInitial; contacts: Participant[]; onDone: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const id = useId();
  const initialWhen = initial ? toLocalInput(initial.occurredAt) : "";
  const [when, setWhen] = useState(() => initialWhen || toLocalInput(new Date()));
  const [channel, setChannel] = useState<InteractionChannel | null>(initial?.channel ?? null);
  const [contexts, setContexts] = useState<TieContext[]>(initial?.contexts ?? []);
  const [initiator, setInitiator] = useState<Initiator>(initial?.initiator ?? "me");
  const [notes, setNotes] = useState(initial?.notes ?? "");
  const [participants, setParticipants] = useState<Participant[]>(contacts);
  const [query, setQuery] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const q = useDebounced(query.trim(), 200);
  const suggestions = useQuery(trpc.contacts.list.queryOptions({ q, limit: 8 }, { enabled: q !== "" }));
  const chosen = new Set(participants.map((person) => person.id));
  const matches = (suggestions.data?.items ?? []).filter((contact) => !chosen.has(contact.id));

  const onError = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error);
    if (Object.keys(fieldErrors).length > 0) {
      const mapped: Record<string, string> = {};
      for (const [key, message] of Object.entries(fieldErrors)) mapped[errorKey(key)] ??= message;
      setErrors(mapped);
    } else toast(messageFrom(error));
  };
  const undo = useUndoLog();
  const log = useMutation(
    trpc.interactions.log.mutationOptions({
      onSuccess: async (logged) => {
        onDone();
        toast(`Logged ${CHANNEL_PHRASES[logged.channel]} with ${namesOf(logged.participants)}.`, { label: "Undo", run: () => undo.mutate({ id: logged.id }) });
        await refresh();
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.interactions.update.mutationOptions({
      onSuccess: async () => {
        onDone();
        toast("Changes saved.");
        await refresh();
      },
      onError,
    }),
  );
  const saving = log.isPending || update.isPending;

  const addParticipant = (person: Participant) => {
    setParticipants((current) => (current.some((p) => p.id === person.id) ? current : [...current, { id: person.id, displayName: person.displayName }]));
    setQuery("");
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      // Enter picks the first suggestion instead of submitting a half-finished form.
      event.preventDefault();
      const first = matches[0];
      if (first && q === query.trim()) addParticipant(first);
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery("");
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An unchanged time keeps its seconds; a changed one is read in the browser's time zone.
    const occurredAt = initial && when === initialWhen ? initial.occurredAt : when ? new Date(when) : undefined;
    const input = { occurredAt, channel: channel ?? undefined, contexts, initiator, notes, contactIds: participants.map((person) => person.id) };
    const checked = logInteractionInput.safeParse(input);
    if (!checked.success || !occurredAt) {
      const found: Record<string, string> = {};
      if (!occurredAt || Number.isNaN(occurredAt.getTime())) found.occurredAt = "Enter a date and time.";
      if (!checked.success) for (const [key, message] of Object.entries(fieldErrorsOf(checked.error))) found[errorKey(key)] ??= message;
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    if (initial) update.mutate({ ...checked.data, id: initial.id });
    else log.mutate(checked.data);
  };

  const fieldId = (key: string) => `${id}-${key}`;
  const errorId = (key: string) => `${id}-${key}-error`;
  const describedBy = (key: string) => (errors[key] ? { "aria-invalid": true as const, "aria-describedby": errorId(key) } : {});

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <fieldset>
        <legend className={legendClass}>How were you in touch?</legend>
        <div className="grid grid-cols-4 gap-2" role="radiogroup" aria-label="Channel" {...describedBy("channel")}>
          {INTERACTION_CHANNELS.map((option, index) => (
            <label key={option} className={channelOptionClass}>
              <input
                type="radio"
                name={`${id}-channel`}
                id={index === 0 ? fieldId("channel") : undefined}
                value={option}
                checked={channel === option}
                onChange={() => setChannel(option)}
                className="sr-only"
              />
              <ChannelIcon channel={option} className="h-6 w-6" />
              {CHANNEL_LABELS[option]}
            </label>
          ))}
        </div>
        <ErrorText id={errorId("channel")} error={errors.channel} />
      </fieldset>

      <Field id={fieldId("occurredAt")} label="When" error={errors.occurredAt}>
        <input
          id={fieldId("occurredAt")}
          type="datetime-local"
          className={inputClass}
          value={when}
          onChange={(event) => setWhen(event.target.value)}
          {...invalidProps(fieldId("occurredAt"), errors.occurredAt)}
        />
      </Field>

      <fieldset>
        <legend className={legendClass}>Who took part</legend>
        {participants.length > 0 && (
          <ul aria-label="People in this interaction" className="mb-2 flex flex-wrap gap-2">
            {participants.map((person) => (
              <li key={person.id} className="inline-flex min-h-11 max-w-full items-center gap-1 rounded-full bg-stone-100 pl-4 text-sm font-medium dark:bg-stone-800">
                <span className="truncate">{person.displayName}</span>
                <button
                  type="button"
                  aria-label={`Remove ${person.displayName}`}
                  className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-stone-500 hover:bg-stone-200 hover:text-stone-900 dark:hover:bg-stone-700 dark:hover:text-stone-100"
                  onClick={() => setParticipants((current) => current.filter((p) => p.id !== person.id))}
                >
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                    <path d="M6 6l12 12M18 6 6 18" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={fieldId("contactIds")} className="sr-only">
          Add someone
        </label>
        <input
          id={fieldId("contactIds")}
          type="search"
          autoComplete="off"
          placeholder="Add someone: type a name"
          className={inputClass}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          {...describedBy("contactIds")}
        />
        {query.trim() !== "" && (
          <div className="mt-1 rounded-lg border border-stone-200 dark:border-stone-800">
            {suggestions.isFetching && matches.length === 0 ? (
              <p className="px-3 py-2.5 text-sm text-stone-500 dark:text-stone-400">Searching…</p>
            ) : matches.length === 0 ? (
              <p className="px-3 py-2.5 text-sm text-stone-500 dark:text-stone-400">{q === query.trim() ? `No one else matches “${q}”.` : "Searching…"}</p>
            ) : (
              <ul aria-label="Suggestions" className="divide-y divide-stone-200 dark:divide-stone-800">
                {matches.map((contact) => (
                  <li key={contact.id}>
                    <button type="button" className="flex min-h-11 w-full items-center px-3 text-left text-sm hover:bg-stone-50 dark:hover:bg-stone-800" onClick={() => addParticipant(contact)}>
                      <span className="sr-only">Add </span>
                      <span className="truncate">{contact.displayName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <ErrorText id={errorId("contactIds")} error={errors.contactIds} />
      </fieldset>

      <fieldset>
        <legend className={legendClass}>Contexts</legend>
        <div id={fieldId("contexts")} tabIndex={-1} role="group" aria-label="Contexts" className="flex flex-wrap gap-2" {...describedBy("contexts")}>
          {TIE_CONTEXTS.map((context) => {
            const on = contexts.includes(context);
            return (
              <button
                key={context}
                type="button"
                aria-pressed={on}
                className={chipClass(on)}
                onClick={() => setContexts((current) => (on ? current.filter((c) => c !== context) : [...current, context]))}
              >
                {CONTEXT_LABELS[context]}
              </button>
            );
          })}
        </div>
        <ErrorText id={errorId("contexts")} error={errors.contexts} />
      </fieldset>

      <fieldset>
        <legend className={legendClass}>Who reached out</legend>
        <div className="grid grid-cols-3 gap-1 rounded-xl bg-stone-100 p-1 dark:bg-stone-800" role="radiogroup" aria-label="Who reached out">
          {INITIATORS.map((option, index) => (
            <label key={option} className={segmentClass}>
              <input
                type="radio"
                name={`${id}-initiator`}
                id={index === 0 ? fieldId("initiator") : undefined}
                value={option}
                checked={initiator === option}
                onChange={() => setInitiator(option)}
                className="sr-only"
              />
              {INITIATOR_LABELS[option]}
            </label>
          ))}
        </div>
        <ErrorText id={errorId("initiator")} error={errors.initiator} />
      </fieldset>

      <Field id={fieldId("notes")} label="Notes" error={errors.notes} hint="What you talked about, what to follow up on.">
        <textarea id={fieldId("notes")} rows={4} className={`${inputClass} py-2`} value={notes} onChange={(event) => setNotes(event.target.value)} {...invalidProps(fieldId("notes"), errors.notes)} />
      </Field>

      <FormActions
        error={Object.keys(errors).length > 0 ? "Some fields need attention; see the messages above." : undefined}
        pending={saving}
        submitLabel={initial ? "Save changes" : "Log interaction"}
        onCancel={onDone}
      />
    </form>
  );
}
