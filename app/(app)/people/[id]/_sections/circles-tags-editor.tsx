"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Link } from "@/app/_components/link";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { CircleRef } from "@/server/circles/service";
import type { Tag } from "@/server/tags/service";
import { CirclePicker } from "../../circles/_components/circle-picker";
import { TagChip } from "../../_components/tag-chip";
import { TagPicker } from "../../tags/_components/tag-picker";

/** A chip that links somewhere, with a remove button beside it; both are full-size touch targets. */
function RemovableChip({ href, removeLabel, removing, onRemove, children }: { href: string; removeLabel: string; removing: boolean; onRemove: () => void; children: ReactNode }) {
  return (
    <li className="inline-flex max-w-full items-center">
      <Link href={href} className="inline-flex min-h-11 min-w-0 items-center rounded-lg pl-1 hover:underline">
        {children}
      </Link>
      <button
        type="button"
        aria-label={removeLabel}
        disabled={removing}
        onClick={onRemove}
        className="inline-flex h-11 w-9 shrink-0 items-center justify-center rounded-lg text-stone-500 hover:bg-stone-100 hover:text-stone-900 disabled:opacity-50 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
      </button>
    </li>
  );
}

export function CirclesTagsEditor({ contactId, circles, tags }: { contactId: string; circles: CircleRef[]; tags: Tag[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [picking, setPicking] = useState<"circle" | "tag" | null>(null);
  const onError = (error: unknown) => toast(messageFrom(error));

  const join = useMutation(
    trpc.circles.addMembers.mutationOptions({
      onSuccess: async () => {
        setPicking(null);
        await refresh();
      },
      onError,
    }),
  );
  const leave = useMutation(
    trpc.circles.removeMember.mutationOptions({
      onSuccess: async (_result, { circleId }) => {
        await refresh();
        const name = circles.find((circle) => circle.id === circleId)?.name ?? "the circle";
        toast(`Removed from ${name}.`, { label: "Undo", run: () => join.mutate({ circleId, contactIds: [contactId] }) });
      },
      onError,
    }),
  );
  const tag = useMutation(
    trpc.tags.applyTo.mutationOptions({
      onSuccess: async () => {
        setPicking(null);
        await refresh();
      },
      onError,
    }),
  );
  const untag = useMutation(
    trpc.tags.unapplyFrom.mutationOptions({
      onSuccess: async (_result, { tagId }) => {
        await refresh();
        const name = tags.find((item) => item.id === tagId)?.name ?? "The tag";
        toast(`“${name}” removed.`, { label: "Undo", run: () => tag.mutate({ tagId, contactIds: [contactId] }) });
      },
      onError,
    }),
  );

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="text-sm font-medium text-stone-700 dark:text-stone-300">Circles</h3>
        <ul aria-label="Circles" className="mt-1 flex flex-wrap items-center gap-x-1">
          {circles.map((circle) => (
            <RemovableChip
              key={circle.id}
              href={`/people/circles/${circle.id}`}
              removeLabel={`Remove from circle ${circle.name}`}
              removing={leave.isPending && leave.variables.circleId === circle.id}
              onRemove={() => leave.mutate({ circleId: circle.id, contactId })}
            >
              <span className="inline-block max-w-full truncate rounded-full border border-stone-300 px-2.5 py-0.5 text-sm dark:border-stone-600">{circle.name}</span>
            </RemovableChip>
          ))}
          <li>
            <button type="button" className={buttonClass("ghost", "px-3")} onClick={() => setPicking("circle")}>
              + Add to circle
            </button>
          </li>
        </ul>
      </div>
      <div>
        <h3 className="text-sm font-medium text-stone-700 dark:text-stone-300">Tags</h3>
        <ul aria-label="Tags" className="mt-1 flex flex-wrap items-center gap-x-1">
          {tags.map((item) => (
            <RemovableChip
              key={item.id}
              href={`/people?tag=${item.id}`}
              removeLabel={`Remove tag ${item.name}`}
              removing={untag.isPending && untag.variables.tagId === item.id}
              onRemove={() => untag.mutate({ tagId: item.id, contactIds: [contactId] })}
            >
              <TagChip name={item.name} colour={item.colour} />
            </RemovableChip>
          ))}
          <li>
            <button type="button" className={buttonClass("ghost", "px-3")} onClick={() => setPicking("tag")}>
              + Add tag
            </button>
          </li>
        </ul>
      </div>
      <Sheet open={picking === "circle"} title="Add to a circle" onClose={() => setPicking(null)}>
        <CirclePicker exclude={circles.map((circle) => circle.id)} busy={join.isPending} onPick={(circle) => join.mutate({ circleId: circle.id, contactIds: [contactId] })} />
      </Sheet>
      <Sheet open={picking === "tag"} title="Add a tag" onClose={() => setPicking(null)}>
        <TagPicker exclude={tags.map((item) => item.id)} busy={tag.isPending} onPick={(picked) => tag.mutate({ tagId: picked.id, contactIds: [contactId] })} />
      </Sheet>
    </div>
  );
}
