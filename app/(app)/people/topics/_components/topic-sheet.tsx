"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass, PlusSign } from "@/app/_components/ui";
import { messageFrom, namedFormErrorsFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";

export interface EditableTopic {
  id: string;
  name: string;
  description: string | null;
}

function TopicForm({ topic, onSaved }: { topic?: EditableTopic; onSaved: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const id = useId();
  const [name, setName] = useState(topic?.name ?? "");
  const [description, setDescription] = useState(topic?.description ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => {
    const found = namedFormErrorsFrom(error);
    if (Object.keys(found).length > 0) setErrors(found);
    else toast(messageFrom(error));
  };
  const finish = async (message: string) => {
    toast(message);
    onSaved();
    await refresh();
  };
  const create = useMutation(trpc.knowledge.topics.create.mutationOptions({ onSuccess: (created) => finish(`${created.name} created.`), onError }));
  const update = useMutation(trpc.knowledge.topics.update.mutationOptions({ onSuccess: () => finish("Changes saved."), onError }));
  const pending = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (topic) update.mutate({ id: topic.id, name, description });
    else create.mutate({ name, description });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={`${id}-name`} label="Name" error={errors.name}>
        <input
          id={`${id}-name`}
          className={inputClass}
          value={name}
          maxLength={100}
          placeholder="Rust"
          autoComplete="off"
          autoFocus
          onChange={(event) => setName(event.target.value)}
          {...invalidProps(`${id}-name`, errors.name)}
        />
      </Field>
      <Field id={`${id}-description`} label="Description (optional)" error={errors.description}>
        <textarea
          id={`${id}-description`}
          rows={3}
          className={`${inputClass} py-2`}
          value={description}
          maxLength={1000}
          placeholder="Working through the book, then Advent of Code"
          onChange={(event) => setDescription(event.target.value)}
          {...invalidProps(`${id}-description`, errors.description)}
        />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? "Saving…" : topic ? "Save" : "Create topic"}
      </button>
    </form>
  );
}

/** Creates a topic, or edits the name and description of the one given. */
export function TopicSheet({ open, topic, onClose }: { open: boolean; topic?: EditableTopic; onClose: () => void }) {
  return (
    <Sheet open={open} title={topic ? `Edit ${topic.name}` : "New topic"} onClose={onClose}>
      <TopicForm topic={topic} onSaved={onClose} />
    </Sheet>
  );
}

export function NewTopicButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        <PlusSign /> New topic
      </button>
      <TopicSheet open={open} onClose={() => setOpen(false)} />
    </>
  );
}

export function EditTopicButton({ topic }: { topic: EditableTopic }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(true)}>
        Edit<span className="sr-only"> topic</span>
      </button>
      <TopicSheet open={open} topic={topic} onClose={() => setOpen(false)} />
    </>
  );
}
