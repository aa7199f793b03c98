"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import { buttonClass, inputClass, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { TAG_COLOURS } from "@/db/schema/vocabulary";
import type { Tag } from "@/server/tags/service";
import { TagChip } from "../../_components/tag-chip";

/**
 * Type to find a tag, or to create one by that name; Enter picks the tag with exactly that name
 * or creates it. Tags in `exclude` (already applied) are not offered.
 */
export function TagPicker({ exclude = [], busy = false, onPick }: { exclude?: string[]; busy?: boolean; onPick: (tag: Tag) => void }) {
  const trpc = useTRPC();
  const inputId = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const tags = useQuery(trpc.tags.list.queryOptions());
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: (tag) => {
        setName("");
        onPick(tag);
      },
      onError: (caught) => setError(messageFrom(caught)),
    }),
  );

  const typed = name.trim();
  const all = tags.data ?? [];
  const exact = all.find((tag) => tag.name.toLowerCase() === typed.toLowerCase());
  const excluded = new Set(exclude);
  const matches = all.filter((tag) => !excluded.has(tag.id) && tag.name.toLowerCase().includes(typed.toLowerCase()));
  const working = busy || create.isPending;

  const createTyped = () => {
    setError(null);
    // New tags take the palette in turn, so a fresh set of tags is not all one colour.
    create.mutate({ name: typed, colour: TAG_COLOURS[all.length % TAG_COLOURS.length] });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || !typed || working) return;
    event.preventDefault();
    if (!exact) createTyped();
    else if (excluded.has(exact.id)) setError(`“${exact.name}” is already applied.`);
    else onPick(exact);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
          Find or create a tag
        </label>
        <input
          id={inputId}
          autoFocus
          autoComplete="off"
          maxLength={50}
          className={inputClass}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          placeholder="e.g. investor, climbing"
          aria-describedby={error ? `${inputId}-error` : `${inputId}-hint`}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id={`${inputId}-error`} className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : (
          <p id={`${inputId}-hint`} className="text-xs text-stone-500 dark:text-stone-400">
            Enter picks the tag with that name, or creates it.
          </p>
        )}
      </div>
      {tags.isPending ? (
        <div aria-busy="true" aria-label="Loading tags" className="flex gap-2">
          <Skeleton className="h-11 w-24" />
          <Skeleton className="h-11 w-20" />
        </div>
      ) : (
        <ul aria-label="Tags" className="flex max-h-64 flex-wrap gap-1 overflow-y-auto">
          {typed && !exact && (
            <li>
              <button type="button" disabled={working} onClick={createTyped} className={buttonClass("secondary")}>
                {create.isPending ? "Creating…" : `Create tag “${typed}”`}
              </button>
            </li>
          )}
          {matches.map((tag) => (
            <li key={tag.id}>
              <button
                type="button"
                disabled={working}
                onClick={() => onPick(tag)}
                aria-label={`${tag.name}, ${tag.count === 1 ? "1 person" : `${tag.count} people`}`}
                className="inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 hover:bg-stone-100 disabled:opacity-60 dark:hover:bg-stone-800"
              >
                <TagChip name={tag.name} colour={tag.colour} />
                <span aria-hidden="true" className="text-xs text-stone-500 dark:text-stone-400">
                  {tag.count}
                </span>
              </button>
            </li>
          ))}
          {matches.length === 0 && !typed && <li className="text-sm text-stone-500 dark:text-stone-400">No tags yet: type a name to create the first.</li>}
        </ul>
      )}
    </div>
  );
}
