"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, inputClass, PlusSign, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import { useRefresh } from "@/app/_lib/use-refresh";

/** "Add people": search the contacts and add them to the circle one by one; the sheet stays open. */
export function AddPeople({ circleId, circleName, memberIds }: { circleId: string; circleName: string; memberIds: string[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const q = useDebounced(query.trim(), 250);

  const results = useQuery({ ...trpc.contacts.list.queryOptions({ q: q || undefined, limit: 20 }), enabled: open });
  const add = useMutation(
    trpc.circles.addMembers.mutationOptions({
      onSuccess: async (_result, { contactIds }) => {
        await refresh();
        const name = results.data?.items.find((contact) => contact.id === contactIds[0])?.displayName ?? "They";
        toast(`${name} added to ${circleName}.`);
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const members = new Set(memberIds);
  const contacts = results.data?.items ?? [];

  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(true)}>
        <PlusSign /> Add people
      </button>
      <Sheet open={open} title={`Add people to ${circleName}`} onClose={() => setOpen(false)}>
        <div className="flex flex-col gap-1">
          <label htmlFor="add-people-search" className="text-sm font-medium text-stone-700 dark:text-stone-300">
            Search people
          </label>
          <input id="add-people-search" type="search" autoFocus autoComplete="off" className={inputClass} value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name, company, notes…" />
        </div>
        {results.isPending ? (
          <div aria-busy="true" aria-label="Loading people" className="flex flex-col gap-2">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} className="h-12 w-full" />
            ))}
          </div>
        ) : results.isError ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {results.error.message}
          </p>
        ) : contacts.length === 0 ? (
          <p className="text-sm text-stone-500 dark:text-stone-400">{q ? `No one matches “${q}”.` : "You have no contacts yet."}</p>
        ) : (
          <ul aria-label="People to add" className="-mx-1 flex flex-col">
            {contacts.map((contact) => {
              const member = members.has(contact.id);
              const adding = add.isPending && add.variables.contactIds[0] === contact.id;
              return (
                <li key={contact.id} className="flex items-center gap-3 px-1 py-1">
                  <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{contact.displayName}</span>
                    {contact.company && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{contact.company}</span>}
                  </span>
                  {member ? (
                    <span className="px-3 text-sm text-stone-500 dark:text-stone-400">In circle</span>
                  ) : (
                    <button type="button" disabled={adding} aria-label={`Add ${contact.displayName}`} className={buttonClass("secondary", "shrink-0")} onClick={() => add.mutate({ circleId, contactIds: [contact.id] })}>
                      {adding ? "Adding…" : "Add"}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <button type="button" className={buttonClass("primary", "self-end")} onClick={() => setOpen(false)}>
          Done
        </button>
      </Sheet>
    </>
  );
}
