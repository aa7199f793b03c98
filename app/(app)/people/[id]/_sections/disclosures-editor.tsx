"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
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

function DisclosureForm({ label, submitLabel, pendingLabel, initial, pending, errors, onSubmit, onCancel, cancelLabel }: {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  initial: Draft;
  pending: boolean;
  errors: Record<string, string>;
  onSubmit: (draft: Draft, reset: () => void) => void;
  onCancel: () => void;
}) {
  const textInput = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(initial);
  useEffect(() => textInput.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft, () => {
      setDraft((current) => ({ ...current, text: "" }));
      textInput.current?.focus();
    });
  };
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(onCancel)} noValidate aria-label={label} className="flex flex-col gap-3">
      <DisclosureFields draft={draft} errors={errors} onChange={setDraft} textRef={textInput} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass("ghost")} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

function AddDisclosure({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { errors, setErrors, onError } = useFormErrors();
  const add = useMutation(trpc.knowledge.disclosures.add.mutationOptions({ onError }));
  return (
    <div className="mt-3 rounded-xl bg-stone-50 p-3 dark:bg-stone-950">
      <DisclosureForm
        label="Add what you shared"
        submitLabel="Add"
        pendingLabel="Adding…"
        cancelLabel="Done"
        initial={{ text: "", sharedOn: localToday() }}
        pending={add.isPending}
        errors={errors}
        onCancel={onDone}
        onSubmit={(draft, reset) =>
          add.mutate(
            { contactId, ...draft },
            {
              onSuccess: async () => {
                setErrors({});
                reset();
                await refresh();
              },
            },
          )
        }
      />
    </div>
  );
}

function EditDisclosure({ disclosure, onDone }: { disclosure: DisclosureItem; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { errors, onError } = useFormErrors();
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
    <div className="py-2">
      <DisclosureForm
        label="Edit what you shared"
        submitLabel="Save"
        pendingLabel="Saving…"
        cancelLabel="Cancel"
        initial={{ text: disclosure.text, sharedOn: disclosure.sharedOn }}
        pending={update.isPending}
        errors={errors}
        onCancel={onDone}
        onSubmit={(draft) => update.mutate({ id: disclosure.id, ...draft })}
      />
    </div>
  );
}

export function DisclosuresEditor({ contactId, disclosures }: { contactId: string; disclosures: DisclosureItem[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

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
    <div>
      {disclosures.length === 0 && !adding && (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          Nothing logged yet. Note what you tell them about yourself, so next time you remember what they already know and can pick up where you left off.
        </p>
      )}
      {disclosures.length > 0 && (
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {disclosures.map((disclosure) =>
            editingId === disclosure.id ? (
              <li key={disclosure.id}>
                <EditDisclosure disclosure={disclosure} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <li key={disclosure.id} className="flex items-start gap-1 py-2">
                <p className="min-w-0 flex-1 break-words py-1 text-sm">
                  <span className="text-stone-500 dark:text-stone-400">You shared </span>
                  {disclosure.text}
                  <span className="whitespace-nowrap text-stone-500 dark:text-stone-400"> · {formatDay(disclosure.sharedOn)}</span>
                </p>
                <button type="button" className={buttonClass("ghost", "shrink-0 px-3")} onClick={() => setEditingId(disclosure.id)}>
                  Edit<span className="sr-only"> what you shared: {disclosure.text}</span>
                </button>
                <button
                  type="button"
                  disabled={remove.isPending && remove.variables.id === disclosure.id}
                  className={buttonClass("ghost", "shrink-0 px-3 text-red-600 dark:text-red-400")}
                  onClick={() => remove.mutate({ id: disclosure.id })}
                >
                  Delete<span className="sr-only"> what you shared: {disclosure.text}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {adding ? (
        <AddDisclosure contactId={contactId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className={buttonClass("secondary", "mt-3")} onClick={() => setAdding(true)}>
          <span aria-hidden="true" className="text-lg leading-none">
            +
          </span>{" "}
          Log what you shared
        </button>
      )}
    </div>
  );
}
