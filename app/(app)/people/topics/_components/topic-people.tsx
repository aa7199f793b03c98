"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "@/app/_components/link";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, inputClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { TopicPerson } from "@/server/knowledge/topics";

/** Finds contacts by name and adds the picked one to the topic. */
function AddPerson({ topicId, topicName, present }: { topicId: string; topicName: string; present: Set<string> }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const id = useId();
  const [query, setQuery] = useState("");
  const q = useDebounced(query.trim(), 250);
  const search = useQuery(trpc.contacts.list.queryOptions({ q, limit: 8 }, { enabled: q.length > 0 }));
  const add = useMutation(
    trpc.knowledge.topics.addToContact.mutationOptions({
      onSuccess: async () => {
        setQuery("");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const matches = q.length > 0 ? (search.data?.items ?? []).filter((contact) => !present.has(contact.id)) : [];

  return (
    <div className="mt-4 flex flex-col gap-2">
      <label htmlFor={`${id}-search`} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        Add someone you learn {topicName} with
      </label>
      <input id={`${id}-search`} type="search" className={inputClass} value={query} placeholder="Search by name" autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
      <p aria-live="polite" className="sr-only">
        {q.length > 0 && search.isSuccess ? `${matches.length} ${matches.length === 1 ? "match" : "matches"}` : ""}
      </p>
      {q.length > 0 && search.isSuccess && matches.length === 0 && <p className="text-sm text-stone-500 dark:text-stone-400">No one else matches “{q}”.</p>}
      {matches.length > 0 && (
        <ul aria-label="Matching people" className="flex flex-col">
          {matches.map((contact) => (
            <li key={contact.id}>
              <button
                type="button"
                disabled={add.isPending}
                className="flex min-h-11 w-full items-center gap-3 rounded-lg px-2 py-1.5 text-left text-sm hover:bg-stone-100 disabled:opacity-60 dark:hover:bg-stone-800"
                onClick={() => add.mutate({ contactId: contact.id, topicId })}
              >
                <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
                <span className="min-w-0 flex-1 truncate">
                  <span className="sr-only">Add </span>
                  {contact.displayName}
                </span>
                <span aria-hidden="true" className="text-brand-600 dark:text-brand-100">
                  Add
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TopicPeople({ topicId, topicName, people }: { topicId: string; topicName: string; people: TopicPerson[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const restore = useMutation(trpc.knowledge.topics.addToContact.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.knowledge.topics.removeFromContact.mutationOptions({
      onSuccess: async (link) => {
        await refresh();
        const name = people.find((person) => person.id === link.contactId)?.displayName ?? "They";
        toast(`${name} removed from ${link.name}.`, { label: "Undo", run: () => restore.mutate({ contactId: link.contactId, topicId: link.id, note: link.note }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div>
      {people.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">No one yet. Find the people you learn {topicName} with below.</p>
      ) : (
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {people.map((person) => (
            <li key={person.id} className="flex items-center gap-2 py-2">
              <Link href={`/people/${person.id}`} className="flex min-h-11 min-w-0 flex-1 items-center gap-3 rounded-lg hover:bg-stone-50 dark:hover:bg-stone-800">
                <Avatar name={person.displayName} photoUrl={person.photoUrl} />
                <span className="min-w-0">
                  <span className="block truncate font-medium">{person.displayName}</span>
                  {person.note && <span className="block break-words text-sm text-stone-600 dark:text-stone-400">{person.note}</span>}
                </span>
              </Link>
              <button
                type="button"
                disabled={remove.isPending && remove.variables.contactId === person.id}
                className={buttonClass("ghost", "shrink-0 px-3 text-red-600 dark:text-red-400")}
                onClick={() => remove.mutate({ contactId: person.id, topicId })}
              >
                Remove<span className="sr-only"> {person.displayName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddPerson topicId={topicId} topicName={topicName} present={new Set(people.map((person) => person.id))} />
    </div>
  );
}
