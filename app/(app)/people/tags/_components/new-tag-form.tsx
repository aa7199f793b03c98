"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { TagColour } from "@/db/schema/vocabulary";
import { ColourSelect } from "./colour-select";

export function NewTagForm() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [name, setName] = useState("");
  const [colour, setColour] = useState<TagColour>("sky");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async (tag) => {
        setName("");
        await refresh();
        toast(`Tag “${tag.name}” created.`);
      },
      onError: (caught) => setError(fieldErrorsFrom(caught).name ?? messageFrom(caught)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter a name for the tag.");
      return;
    }
    setError(null);
    create.mutate({ name, colour });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-1">
      <label htmlFor="new-tag-name" className="text-sm font-medium text-stone-700 dark:text-stone-300">
        New tag
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="new-tag-name"
          autoComplete="off"
          maxLength={50}
          placeholder="e.g. investor"
          className={`${inputClass} flex-1 basis-40`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-tag-name-error" : undefined}
        />
        <ColourSelect id="new-tag-colour" label="Colour of the new tag" value={colour} onChange={setColour} />
        <button type="submit" disabled={create.isPending} className={buttonClass("primary")}>
          {create.isPending ? "Adding…" : "Add tag"}
        </button>
      </div>
      {error && (
        <p id="new-tag-name-error" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
