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

export interface DisclosureItem {
  id: string;
  text: string;
  sharedOn: string;
}

interface Draft {
  text: string;
  sharedOn: string;
}

function DisclosureFields({ draft, errors, onChange, textRef }: { draft: Draft; errors: Record<string, string>; onChange: (draft: Draft) => void; textRef: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-3">
      <Field id={`${id}-text`} label="What you shared" error={errors.text}>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={2}
          className={`${inputClass} py-2`}
          value={draft.text}
          maxLength={500}
          placeholder="That I am thinking of moving to Lisbon"
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
          {...invalidProps(`${id}-text`, errors.text)}
        />
      </Field>
      <div className="max-w-[12rem]">
        <Field id={`${id}-date`} label="Shared on" error={errors.sharedOn}>
          <input
            id={`${id}-date`}
            type="date"
            className={inputClass}
            value={draft.sharedOn}
            max={localToday()}
            onChange={(event) => onChange({ ...draft, sharedOn: event.target.value })}
            {...invalidProps(`${id}-date`, errors.sharedOn)}
          />
        </Field>
      </div>
    </div>
  );
}

/** Stays open after each entry so several can be logged in a row; Done closes it. */
function AddDisclosureForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const textInput = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({ text: "", sharedOn: localToday() }));
  const { errors, setErrors, onError } = useFormErrors();
  useEffect(() => textInput.current?.focus(), []);
  const add = useMutation(trpc.knowledge.disclosures.add.mutationOptions({ onError }));
  const submit = () =>
    add.mutate(
      { contactId, ...draft },
      {
        onSuccess: async () => {
          setErrors({});
          setDraft((current) => ({ ...current, text: "" }));
          textInput.current?.focus();
          await refresh();
        },
      },
    );
  return (
    <EntryForm label="Add what you shared" cancelLabel="Done" submitLabel="Add" pendingLabel="Adding…" pending={add.isPending} onSubmit={submit} onCancel={onDone}>
      <DisclosureFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
    </EntryForm>
  );
}

function EditDisclosureForm({ disclosure, onDone }: { disclosure: DisclosureItem; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const textInput = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>({ text: disclosure.text, sharedOn: disclosure.sharedOn });
  const { errors, onError } = useFormErrors();
  useEffect(() => textInput.current?.focus(), []);
  const update = useMutation(
    trpc.knowledge.disclosures.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError,
    }),
  );
  return (
    <EntryForm
      label="Edit what you shared"
      cancelLabel="Cancel"
      submitLabel="Save"
      pendingLabel="Saving…"
      pending={update.isPending}
      onSubmit={() => update.mutate({ id: disclosure.id, ...draft })}
      onCancel={onDone}
    >
      <DisclosureFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
    </EntryForm>
  );
}

export function DisclosuresEditor({ contactId, disclosures }: { contactId: string; disclosures: DisclosureItem[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();

  const restore = useMutation(trpc.knowledge.disclosures.add.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.knowledge.disclosures.remove.mutationOptions({
      onSuccess: async (disclosure) => {
        await refresh();
        toast("Entry deleted.", { label: "Undo", run: () => restore.mutate({ contactId, text: disclosure.text, sharedOn: disclosure.sharedOn }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <EditableList
      items={disclosures}
      empty="Nothing logged yet. Note what you tell them about yourself, so next time you remember what they already know and can pick up where you left off."
      addLabel="Log what you shared"
      renderAddForm={(done) => <AddDisclosureForm contactId={contactId} onDone={done} />}
      renderEditForm={(disclosure, done) => <EditDisclosureForm disclosure={disclosure} onDone={done} />}
      renderItem={(disclosure, edit) => (
        <>
          <p className="min-w-0 flex-1 break-words py-1 text-sm">
            <span className="text-stone-500 dark:text-stone-400">You shared </span>
            {disclosure.text}
            <span className="whitespace-nowrap text-stone-500 dark:text-stone-400"> · {formatDay(disclosure.sharedOn)}</span>
          </p>
          <RowActions
            what={`what you shared: ${disclosure.text}`}
            deleting={remove.isPending && remove.variables.id === disclosure.id}
            onEdit={edit}
            onDelete={() => remove.mutate({ id: disclosure.id })}
          />
        </>
      )}
    />
  );
}
