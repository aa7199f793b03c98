"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { FACT_KIND_SUGGESTIONS } from "@/server/knowledge/schemas";

export interface FactItem {
  id: string;
  kind: string;
  text: string;
  learnedOn: string;
}

interface Draft {
  kind: string;
  text: string;
  learnedOn: string;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const formatDay = (isoDay: string) => DAY.format(new Date(`${isoDay}T00:00:00Z`));

/** Today in the browser's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function cancelOnEscape(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };
}

/** The three inputs of a fact, shared by the add form and the edit-in-place form; what was learned comes first. */
function FactFields({ draft, errors, onChange, textRef }: { draft: Draft; errors: Record<string, string>; onChange: (draft: Draft) => void; textRef: Ref<HTMLInputElement> }) {
  const id = useId();
  const listId = `${id}-kinds`;
  return (
    <div className="grid grid-cols-2 gap-3">
      <div className="col-span-2">
        <Field id={`${id}-text`} label="What you learned" error={errors.text}>
          <input
            ref={textRef}
            id={`${id}-text`}
            className={inputClass}
            value={draft.text}
            maxLength={500}
            placeholder="Two kids, Mia and Leo"
            autoComplete="off"
            onChange={(event) => onChange({ ...draft, text: event.target.value })}
            {...invalidProps(`${id}-text`, errors.text)}
          />
        </Field>
      </div>
      <Field id={`${id}-kind`} label="Kind" error={errors.kind}>
        <input
          id={`${id}-kind`}
          list={listId}
          className={inputClass}
          value={draft.kind}
          maxLength={40}
          placeholder="family"
          autoComplete="off"
          onChange={(event) => onChange({ ...draft, kind: event.target.value })}
          {...invalidProps(`${id}-kind`, errors.kind)}
        />
        <datalist id={listId}>
          {FACT_KIND_SUGGESTIONS.map((kind) => (
            <option key={kind} value={kind} />
          ))}
        </datalist>
      </Field>
      <Field id={`${id}-date`} label="Learned on" error={errors.learnedOn}>
        <input
          id={`${id}-date`}
          type="date"
          className={inputClass}
          value={draft.learnedOn}
          max={localToday()}
          onChange={(event) => onChange({ ...draft, learnedOn: event.target.value })}
          {...invalidProps(`${id}-date`, errors.learnedOn)}
        />
      </Field>
    </div>
  );
}

function useFormErrors() {
  const toast = useToast();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
    else toast(messageFrom(error));
  };
  return { errors, setErrors, onError };
}

/** Stays open after each fact so several can be noted in a row; Done closes it. */
function AddFactForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const textInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({ kind: "", text: "", learnedOn: localToday() }));
  const { errors, setErrors, onError } = useFormErrors();
  useEffect(() => textInput.current?.focus(), []);
  const add = useMutation(trpc.knowledge.facts.add.mutationOptions({ onError }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { contactId, ...draft },
      {
        onSuccess: async () => {
          setErrors({});
          setDraft((current) => ({ ...current, kind: "", text: "" }));
          textInput.current?.focus();
          await refresh();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(onDone)} noValidate aria-label="Add a fact" className="mt-3 flex flex-col gap-3 rounded-xl bg-stone-50 p-3 dark:bg-stone-950">
      <FactFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass("ghost")} onClick={onDone}>
          Done
        </button>
        <button type="submit" disabled={add.isPending} className={buttonClass("primary")}>
          {add.isPending ? "Adding…" : "Add fact"}
        </button>
      </div>
    </form>
  );
}

function EditFactForm({ fact, onDone }: { fact: FactItem; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const textInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>({ kind: fact.kind, text: fact.text, learnedOn: fact.learnedOn });
  const { errors, onError } = useFormErrors();
  useEffect(() => textInput.current?.focus(), []);
  const update = useMutation(
    trpc.knowledge.facts.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: fact.id, ...draft });
  };
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(onDone)} noValidate aria-label="Edit fact" className="flex flex-col gap-3 py-2">
      <FactFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass("ghost")} onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={update.isPending} className={buttonClass("primary")}>
          {update.isPending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}

export function FactsEditor({ contactId, facts }: { contactId: string; facts: FactItem[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

  const restore = useMutation(trpc.knowledge.facts.add.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.knowledge.facts.remove.mutationOptions({
      onSuccess: async (fact) => {
        await refresh();
        toast("Fact deleted.", { label: "Undo", run: () => restore.mutate({ contactId, kind: fact.kind, text: fact.text, learnedOn: fact.learnedOn }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div>
      {facts.length === 0 && !adding && (
        <p className="text-sm text-stone-500 dark:text-stone-400">Nothing noted yet. Jot down what you learn as you learn it: family, likes, what they are working on.</p>
      )}
      {facts.length > 0 && (
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {facts.map((fact) =>
            editingId === fact.id ? (
              <li key={fact.id}>
                <EditFactForm fact={fact} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <li key={fact.id} className="flex items-start gap-1 py-2">
                <div className="min-w-0 flex-1 py-1">
                  <p className="break-words text-sm">
                    <span className="font-medium">{fact.kind}</span>
                    <span aria-hidden="true" className="text-stone-400">
                      {" "}
                      ·{" "}
                    </span>
                    <span className="sr-only">: </span>
                    {fact.text}
                  </p>
                  <p className="text-xs text-stone-500 dark:text-stone-400">learned {formatDay(fact.learnedOn)}</p>
                </div>
                <button type="button" className={buttonClass("ghost", "shrink-0 px-3")} onClick={() => setEditingId(fact.id)}>
                  Edit<span className="sr-only"> fact: {fact.text}</span>
                </button>
                <button
                  type="button"
                  disabled={remove.isPending && remove.variables.id === fact.id}
                  className={buttonClass("ghost", "shrink-0 px-3 text-red-600 dark:text-red-400")}
                  onClick={() => remove.mutate({ id: fact.id })}
                >
                  Delete<span className="sr-only"> fact: {fact.text}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {adding ? (
        <AddFactForm contactId={contactId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className={buttonClass("secondary", "mt-3")} onClick={() => setAdding(true)}>
          <span aria-hidden="true" className="text-lg leading-none">
            +
          </span>{" "}
          Add a fact
        </button>
      )}
    </div>
  );
}
