"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { CHANNEL_LABELS, ChannelIcon, CONTEXT_LABELS, INITIATOR_LABELS } from "@/app/_components/channel-icon";
import { Link } from "@/app/_components/link";
import { RelativeTime, TimeWithRelative } from "@/app/_components/relative-time";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, EmptyState } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { Interaction, InteractionPage, Participant } from "@/server/interactions/service";
import { InteractionForm } from "../../_components/interaction-form";

/** The interactions with one contact, newest first, with logging, editing and deleting. */
export function InteractionsPanel({ contact, initialPage, pageSize, total }: { contact: Participant; initialPage: InteractionPage; pageSize: number; total: number }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const [editing, setEditing] = useState<Interaction | null>(null);

  const list = useInfiniteQuery(
    trpc.interactions.list.infiniteQueryOptions(
      { contactId: contact.id, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [initialPage], pageParams: [null] } },
    ),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const restore = useMutation(
    trpc.interactions.log.mutationOptions({
      onSuccess: async () => {
        toast("Interaction restored.");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const remove = useMutation(
    trpc.interactions.remove.mutationOptions({
      onSuccess: async (removed) => {
        const { occurredAt, channel, contexts, initiator, notes, participants } = removed;
        toast("Interaction deleted.", {
          label: "Undo",
          run: () => restore.mutate({ occurredAt, channel, contexts, initiator, notes, contactIds: participants.map((person) => person.id) }),
        });
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div className="flex flex-col gap-3">
      {items.length === 0 ? (
        <EmptyState title="Nothing logged yet">
          Log your calls, messages and meetings with {contact.displayName} with the button above. Kith uses them to show how the relationship is going and
          when you are due to catch up.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {total === 1 ? "1 interaction" : `${total} interactions`}
            {items[0] && (
              <>
                {" · last "}
                <RelativeTime date={items[0].occurredAt} />
              </>
            )}
          </p>
          <ul aria-label={`Interactions with ${contact.displayName}`} className="divide-y divide-stone-200 dark:divide-stone-800">
            {items.map((interaction) => (
              <InteractionItem
                key={interaction.id}
                interaction={interaction}
                contactId={contact.id}
                deleting={remove.isPending && remove.variables.id === interaction.id}
                onEdit={() => setEditing(interaction)}
                onDelete={() => remove.mutate({ id: interaction.id })}
              />
            ))}
          </ul>
          {list.isFetchNextPageError && (
            <p role="alert" className="text-sm text-red-600 dark:text-red-400">
              Could not load more: {list.error?.message ?? "check your connection"}. Try again.
            </p>
          )}
          {list.hasNextPage && (
            <button type="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} className={buttonClass("secondary", "self-center")}>
              {list.isFetchingNextPage ? "Loading…" : "Show more"}
            </button>
          )}
        </>
      )}

      <Sheet open={editing !== null} title="Edit interaction" onClose={() => setEditing(null)}>
        {editing && <InteractionForm key={editing.id} initial={editing} contacts={editing.participants} onDone={() => setEditing(null)} />}
      </Sheet>
    </div>
  );
}

function InteractionItem({ interaction, contactId, deleting, onEdit, onDelete }: { interaction: Interaction; contactId: string; deleting: boolean; onEdit: () => void; onDelete: () => void }) {
  const others = interaction.participants.filter((person) => person.id !== contactId);
  const label = CHANNEL_LABELS[interaction.channel];
  return (
    <li className="flex gap-3 py-3">
      <span aria-hidden="true" className="mt-0.5 inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
        <ChannelIcon channel={interaction.channel} />
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-medium">{label}</span>
          <span className="text-sm text-stone-500 dark:text-stone-400">
            <TimeWithRelative date={interaction.occurredAt} />
          </span>
        </p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{INITIATOR_LABELS[interaction.initiator]}</p>
        {interaction.contexts.length > 0 && (
          <ul aria-label="Contexts" className="flex flex-wrap gap-1.5">
            {interaction.contexts.map((context) => (
              <li key={context} className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300">
                {CONTEXT_LABELS[context]}
              </li>
            ))}
          </ul>
        )}
        {interaction.notes && <p className="whitespace-pre-wrap break-words text-sm">{interaction.notes}</p>}
        {others.length > 0 && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Also with{" "}
            {others.map((person, index) => (
              <span key={person.id}>
                {index > 0 && (index === others.length - 1 ? " and " : ", ")}
                <Link href={`/people/${person.id}`} className="text-brand-600 hover:underline dark:text-brand-100">
                  {person.displayName}
                </Link>
              </span>
            ))}
          </p>
        )}
        <div className="-ml-3 flex gap-1">
          <button type="button" className={buttonClass("ghost", "px-3")} onClick={onEdit}>
            Edit<span className="sr-only"> {label.toLowerCase()} interaction</span>
          </button>
          <button type="button" disabled={deleting} className={buttonClass("ghost", "px-3 text-red-600 dark:text-red-400")} onClick={onDelete}>
            {deleting ? "Deleting…" : "Delete"}
            <span className="sr-only"> {label.toLowerCase()} interaction</span>
          </button>
        </div>
      </div>
    </li>
  );
}
