"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { FormActions } from "@/app/_components/form-actions";
import { Link } from "@/app/_components/link";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputBase, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { TagSummary } from "@/server/tags/service";
import { TagChip } from "../../_components/tag-chip";
import { ColourSelect } from "./colour-select";

const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);

/** Each tag with its count, linking to the people carrying it, and rename, recolour, merge, delete. */
export function TagList({ tags }: { tags: TagSummary[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [merging, setMerging] = useState<TagSummary | null>(null);
  const [deleting, setDeleting] = useState<TagSummary | null>(null);

  const remove = useMutation(
    trpc.tags.remove.mutationOptions({
      onSuccess: async () => {
        const name = deleting?.name;
        setDeleting(null);
        await refresh();
        toast(`Tag “${name}” deleted.`);
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <>
      <ul aria-label="Tags" className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {tags.map((tag) => (
          <TagRow key={tag.id} tag={tag} onMerge={() => setMerging(tag)} onDelete={() => setDeleting(tag)} />
        ))}
      </ul>
      <MergeSheet source={merging} tags={tags} onClose={() => setMerging(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the tag “${deleting?.name ?? ""}”?`}
        confirmLabel="Delete tag"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      >
        {deleting && deleting.count > 0 ? `${people(deleting.count)} lose this tag; their contacts stay. This cannot be undone.` : "No one carries this tag. This cannot be undone."}
      </ConfirmDialog>
    </>
  );
}

function TagRow({ tag, onMerge, onDelete }: { tag: TagSummary; onMerge: () => void; onDelete: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);

  const rename = useMutation(
    trpc.tags.rename.mutationOptions({
      onSuccess: async () => {
        setRenaming(false);
        await refresh();
      },
      onError: (caught) => setError(fieldErrorsFrom(caught).name ?? messageFrom(caught)),
    }),
  );
  const recolour = useMutation(trpc.tags.recolour.mutationOptions({ onSuccess: refresh, onError: (caught) => toast(messageFrom(caught)) }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter a name for the tag.");
      return;
    }
    if (name.trim() === tag.name) {
      setRenaming(false);
      return;
    }
    rename.mutate({ id: tag.id, name });
  };
  const inputId = `rename-${tag.id}`;

  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
      {renaming ? (
        <form
          onSubmit={save}
          noValidate
          className="flex min-w-0 flex-1 flex-col gap-1"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              setRenaming(false);
            }
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            New name for {tag.name}
          </label>
          <div className="flex gap-2">
            <input
              id={inputId}
              autoFocus
              autoComplete="off"
              maxLength={50}
              className={`${inputClass} flex-1`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
            />
            <button type="submit" disabled={rename.isPending} className={buttonClass("primary")}>
              {rename.isPending ? "Saving…" : "Save"}
            </button>
            <button type="button" className={buttonClass("ghost")} onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
          {error && (
            <p id={`${inputId}-error`} className="text-sm text-red-600 dark:text-red-400">
              {error}
            </p>
          )}
        </form>
      ) : (
        <Link href={`/people?tag=${tag.id}`} className="flex min-h-11 min-w-0 flex-1 items-center gap-3 rounded-lg hover:underline">
          <TagChip name={tag.name} colour={tag.colour} />
          <span className="shrink-0 text-sm text-stone-500 dark:text-stone-400">{people(tag.count)}</span>
        </Link>
      )}
      <div className="flex flex-wrap items-center gap-1">
        {!renaming && (
          <button
            type="button"
            aria-label={`Rename ${tag.name}`}
            className={buttonClass("ghost", "px-3")}
            onClick={() => {
              setName(tag.name);
              setError(null);
              setRenaming(true);
            }}
          >
            Rename
          </button>
        )}
        <ColourSelect id={`colour-${tag.id}`} label={`Colour of ${tag.name}`} value={recolour.isPending ? recolour.variables.colour : tag.colour} disabled={recolour.isPending} onChange={(colour) => recolour.mutate({ id: tag.id, colour })} />
        <button type="button" aria-label={`Merge ${tag.name} into another tag`} className={buttonClass("ghost", "px-3")} onClick={onMerge}>
          Merge into…
        </button>
        <button type="button" aria-label={`Delete ${tag.name}`} className={buttonClass("ghost", "px-3 text-red-600 dark:text-red-400")} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function MergeSheet({ source, tags, onClose }: { source: TagSummary | null; tags: TagSummary[]; onClose: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [targetId, setTargetId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setTargetId("");
    setError(null);
    onClose();
  };
  const merge = useMutation(
    trpc.tags.merge.mutationOptions({
      onSuccess: async ({ target }) => {
        const name = source?.name;
        close();
        await refresh();
        toast(`Merged “${name}” into “${target.name}”.`);
      },
      onError: (caught) => setError(messageFrom(caught)),
    }),
  );
  const others = tags.filter((tag) => tag.id !== source?.id);
  const target = others.find((tag) => tag.id === targetId);

  return (
    <Sheet open={source !== null} title={`Merge “${source?.name ?? ""}” into…`} onClose={close}>
      {others.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">There is no other tag to merge into yet.</p>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!source || !targetId) {
              setError("Pick the tag to merge into.");
              return;
            }
            merge.mutate({ sourceId: source.id, targetId });
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="merge-target" className="text-sm font-medium text-stone-700 dark:text-stone-300">
              Merge into
            </label>
            <select id="merge-target" autoFocus className={`${inputBase} w-full`} value={targetId} onChange={(event) => setTargetId(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? "merge-target-error" : undefined}>
              <option value="">Pick a tag</option>
              {others.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name} ({people(tag.count)})
                </option>
              ))}
            </select>
            {error && (
              <p id="merge-target-error" className="text-sm text-red-600 dark:text-red-400">
                {error}
              </p>
            )}
          </div>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {target
              ? `Everyone tagged “${source?.name}” gets “${target.name}” instead, and “${source?.name}” is deleted. This cannot be undone.`
              : `Everyone tagged “${source?.name}” gets the tag you pick, and “${source?.name}” is deleted.`}
          </p>
          <FormActions danger pending={merge.isPending} submitLabel="Merge" pendingLabel="Merging…" onCancel={close} />
        </form>
      )}
    </Sheet>
  );
}
