"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { Link } from "@/app/_components/link";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { cancelOnEscape } from "@/app/_lib/cancel-on-escape";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";

export interface ContactTopicItem {
  id: string;
  name: string;
  note: string | null;
}

function NoteForm({ contactId, topic, onDone }: { contactId: string; topic: ContactTopicItem; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState(topic.note ?? "");
  const [error, setError] = useState<string>();
  useEffect(() => input.current?.focus(), []);
  const save = useMutation(
    trpc.knowledge.topics.setNote.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: (caught) => {
        const message = fieldErrorsFrom(caught).note;
        if (message) setError(message);
        else toast(messageFrom(caught));
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ contactId, topicId: topic.id, note });
  };
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(onDone)} noValidate className="flex w-full flex-col gap-2">
      <Field id={`${id}-note`} label={`How you learn ${topic.name} together`} error={error}>
        <input
          ref={input}
          id={`${id}-note`}
          className={inputClass}
          value={note}
          maxLength={500}
          placeholder="We pair on Advent of Code"
          autoComplete="off"
          onChange={(event) => setNote(event.target.value)}
          {...invalidProps(`${id}-note`, error)}
        />
      </Field>
      <FormActions inline pending={save.isPending} submitLabel="Save note" onCancel={onDone} />
    </form>
  );
}

function AddTopicForm({ contactId, suggestions }: { contactId: string; suggestions: string[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const add = useMutation(
    trpc.knowledge.topics.addToContact.mutationOptions({
      onSuccess: async () => {
        setName("");
        setError(undefined);
        await refresh();
      },
      onError: (caught) => {
        const message = fieldErrorsFrom(caught).name;
        if (message) setError(message);
        else toast(messageFrom(caught));
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ contactId, name });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 flex items-end gap-2">
      <div className="min-w-0 flex-1">
        <Field id={`${id}-name`} label="Add a topic" error={error}>
          <input
            id={`${id}-name`}
            list={`${id}-suggestions`}
            className={inputClass}
            value={name}
            maxLength={100}
            placeholder="Rust, parenting, Spanish…"
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
            {...invalidProps(`${id}-name`, error)}
          />
        </Field>
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      </div>
      {/* Stays level with the input when a message appears under it. */}
      <button type="submit" disabled={add.isPending} className={buttonClass("secondary", `shrink-0 ${error ? "mb-7" : ""}`)}>
        {add.isPending ? "Adding…" : "Add"}
      </button>
    </form>
  );
}

export function TopicsEditor({ contactId, topics, suggestions }: { contactId: string; topics: ContactTopicItem[]; suggestions: string[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [editingId, setEditingId] = useState<string | null>(null);

  const restore = useMutation(trpc.knowledge.topics.addToContact.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.knowledge.topics.removeFromContact.mutationOptions({
      onSuccess: async (link) => {
        await refresh();
        toast(`Removed ${link.name}.`, { label: "Undo", run: () => restore.mutate({ contactId, topicId: link.id, note: link.note }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div>
      {topics.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">No shared topics yet. Add what you are learning together, like a language, a craft or a field, and note how you go about it.</p>
      ) : (
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-col gap-1 py-2">
              <div className="flex items-center gap-2">
                <Link
                  href={`/people/topics/${topic.id}`}
                  className="inline-flex min-h-11 min-w-0 items-center rounded-full bg-brand-50 px-4 text-sm font-medium text-brand-700 hover:bg-brand-100 dark:bg-brand-700/30 dark:text-brand-100 dark:hover:bg-brand-700/50"
                >
                  <span className="truncate">{topic.name}</span>
                </Link>
                {editingId !== topic.id && (
                  <div className="ml-auto flex shrink-0">
                    <button type="button" className={buttonClass("ghost", "px-3")} onClick={() => setEditingId(topic.id)}>
                      {topic.note ? "Edit note" : "Add note"}
                      <span className="sr-only"> for {topic.name}</span>
                    </button>
                    <button
                      type="button"
                      disabled={remove.isPending && remove.variables.topicId === topic.id}
                      className={buttonClass("ghost", "px-3 text-red-600 dark:text-red-400")}
                      onClick={() => remove.mutate({ contactId, topicId: topic.id })}
                    >
                      Remove<span className="sr-only"> {topic.name}</span>
                    </button>
                  </div>
                )}
              </div>
              {editingId === topic.id ? (
                <NoteForm contactId={contactId} topic={topic} onDone={() => setEditingId(null)} />
              ) : (
                topic.note && <p className="break-words text-sm text-stone-600 dark:text-stone-400">{topic.note}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddTopicForm contactId={contactId} suggestions={suggestions} />
    </div>
  );
}
