"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type Ref } from "react";
import { EditableList, EntryForm } from "@/app/_components/editable-list";
import { Field, invalidProps } from "@/app/_components/field";
import { RowActions } from "@/app/_components/row-actions";
import { useToast } from "@/app/_components/toaster";
import { inputClass } from "@/app/_components/ui";
import { formatDay, localToday } from "@/app/_lib/dates";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useFormErrors } from "@/app/_lib/use-form-errors";
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

/** Stays open after each fact so several can be noted in a row; Done closes it. */
function AddFactForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const textInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({ kind: "", text: "", learnedOn: localToday() }));
  const { errors, setErrors, onError } = useFormErrors();
  useEffect(() => textInput.current?.focus(), []);
  const add = useMutation(trpc.knowledge.facts.add.mutationOptions({ onError }));
  const submit = () =>
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
  return (
    <EntryForm label="Add a fact" cancelLabel="Done" submitLabel="Add fact" pendingLabel="Adding…" pending={add.isPending} onSubmit={submit} onCancel={onDone}>
      <FactFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
    </EntryForm>
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
  return (
    <EntryForm label="Edit fact" cancelLabel="Cancel" submitLabel="Save" pendingLabel="Saving…" pending={update.isPending} onSubmit={() => update.mutate({ id: fact.id, ...draft })} onCancel={onDone}>
      <FactFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
    </EntryForm>
  );
}

export function FactsEditor({ contactId, facts }: { contactId: string; facts: FactItem[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();

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
    <EditableList
      items={facts}
      empty="Nothing noted yet. Jot down what you learn as you learn it: family, likes, what they are working on."
      addLabel="Add a fact"
      renderAddForm={(done) => <AddFactForm contactId={contactId} onDone={done} />}
      renderEditForm={(fact, done) => <EditFactForm fact={fact} onDone={done} />}
      renderItem={(fact, edit) => (
        <>
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
          <RowActions what={`fact: ${fact.text}`} deleting={remove.isPending && remove.variables.id === fact.id} onEdit={edit} onDelete={() => remove.mutate({ id: fact.id })} />
        </>
      )}
    />
  );
}
