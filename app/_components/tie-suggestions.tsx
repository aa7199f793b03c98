"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useId, useState } from "react";
import { Link } from "@/app/_components/link";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import type { SuggestionReason, TieSuggestion } from "@/server/network/ties";

/**
 * After a change to who knows whom: refetch every network query (both contacts' ties, circle
 * matrices, suggestions, the overview) and re-render server components that show network figures.
 */
export function useRefreshNetwork(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(async () => {
    router.refresh();
    await queryClient.invalidateQueries({ queryKey: trpc.network.pathKey() });
  }, [trpc, queryClient, router]);
}

/** "Both at Acme", "Both in Book club", "Logged together 3×". */
function reasonInWords(reason: SuggestionReason): string {
  switch (reason.kind) {
    case "company":
      return `Both at ${reason.label}`;
    case "circle":
      return `Both in ${reason.label}`;
    case "interaction":
      return reason.count === 1 ? "Logged together once" : `Logged together ${reason.count}×`;
  }
}

function pairKey(suggestion: { contactId: string; otherContactId: string }): string {
  return [suggestion.contactId, suggestion.otherContactId].sort().join(":");
}

function pairOf(suggestion: TieSuggestion): { contactId: string; otherContactId: string } {
  return { contactId: suggestion.contact.id, otherContactId: suggestion.other.id };
}

function PersonLink({ person }: { person: TieSuggestion["contact"] }) {
  return (
    <Link href={`/people/${person.id}`} className="font-medium hover:underline">
      {person.displayName}
    </Link>
  );
}

/**
 * Pairs of contacts who probably know each other, each with why ("Both at Acme"), to accept or turn
 * down, both undoable from the toast. Given a contact, only pairs with them, named by the other person.
 */
export function TieSuggestions({ contactId }: { contactId?: string }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refreshNetwork = useRefreshNetwork();
  const boxId = useId();
  // When each pair was answered: hidden at once, until a list fetched after that says otherwise
  // (a tie accepted here and removed later is suggested again).
  const [answered, setAnswered] = useState<ReadonlyMap<string, number>>(new Map());
  const suggestions = useQuery(trpc.network.suggestions.queryOptions(contactId ? { contactId } : {}));
  const visible = (suggestions.data ?? []).filter((suggestion) => (answered.get(pairKey(pairOf(suggestion))) ?? -Infinity) < suggestions.dataUpdatedAt);

  const show = (key: string) =>
    setAnswered((current) => {
      const next = new Map(current);
      next.delete(key);
      return next;
    });
  const onError = (error: unknown) => toast(messageFrom(error));
  const find = (pair: { contactId: string; otherContactId: string }) => suggestions.data?.find((suggestion) => pairKey(pairOf(suggestion)) === pairKey(pair));

  /** Before an answered row goes, keyboard focus in it moves on to the next row (or the list's box). */
  const moveFocusFrom = (key: string) => {
    const row = document.getElementById(boxId)?.querySelector(`[data-pair="${key}"]`);
    if (!row?.contains(document.activeElement)) return;
    const neighbour = row.nextElementSibling ?? row.previousElementSibling;
    (neighbour?.querySelector<HTMLElement>("button[data-accept]") ?? document.getElementById(boxId))?.focus();
  };
  const answer = (key: string) => {
    moveFocusFrom(key);
    setAnswered((current) => new Map(current).set(key, Date.now()));
  };

  const unaccept = useMutation(
    trpc.network.removeTie.mutationOptions({
      onSuccess: async (_removed, pair) => {
        show(pairKey(pair));
        await refreshNetwork();
      },
      onError,
    }),
  );
  const accept = useMutation(
    trpc.network.addTies.mutationOptions({
      onSuccess: async (_result, { contactId: first, otherContactIds: [second] }) => {
        const pair = { contactId: first, otherContactId: second! };
        const suggestion = find(pair);
        answer(pairKey(pair));
        toast(suggestion ? `Recorded: ${suggestion.contact.displayName} knows ${suggestion.other.displayName}.` : "Recorded.", { label: "Undo", run: () => unaccept.mutate(pair) });
        await refreshNetwork();
      },
      onError,
    }),
  );
  const restore = useMutation(
    trpc.network.restoreSuggestion.mutationOptions({
      onSuccess: async (_result, pair) => {
        show(pairKey(pair));
        await refreshNetwork();
      },
      onError,
    }),
  );
  const dismiss = useMutation(
    trpc.network.dismissSuggestion.mutationOptions({
      onSuccess: async (_result, pair) => {
        const suggestion = find(pair);
        answer(pairKey(pair));
        toast(suggestion ? `${suggestion.contact.displayName} and ${suggestion.other.displayName} won’t be suggested again.` : "Won’t be suggested again.", { label: "Undo", run: () => restore.mutate(pair) });
        await refreshNetwork();
      },
      onError,
    }),
  );

  if (suggestions.isPending) {
    return (
      <div aria-busy="true" aria-label="Loading suggestions" className="flex flex-col gap-2">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }
  if (suggestions.isError) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-600 dark:text-red-400">
        <p>{suggestions.error.message}</p>
        <button type="button" className={buttonClass("ghost", "px-3")} onClick={() => void suggestions.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    // Focus lands on this box when the last suggestion is answered.
    <div id={boxId} tabIndex={-1} className="outline-none">
      {visible.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          {contactId ? "No suggestions for them right now." : "No suggestions right now."} Kith suggests pairs who work at the same company, share a small circle or were logged in the same interaction.
        </p>
      ) : (
        <ul aria-label="Suggested ties" className="-my-2 divide-y divide-stone-100 dark:divide-stone-800">
          {visible.map((suggestion) => {
            const pair = pairOf(suggestion);
            const names = `${suggestion.contact.displayName} and ${suggestion.other.displayName}`;
            const busy =
              (accept.isPending && pairKey({ contactId: accept.variables.contactId, otherContactId: accept.variables.otherContactIds[0] ?? "" }) === pairKey(pair)) ||
              (dismiss.isPending && pairKey(dismiss.variables) === pairKey(pair));
            return (
              <li key={pairKey(pair)} data-pair={pairKey(pair)} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:gap-3">
                <div className="flex min-w-0 flex-1 items-center gap-3">
                  {contactId ? (
                    <Avatar name={suggestion.other.displayName} photoUrl={suggestion.other.photoUrl} />
                  ) : (
                    <span className="flex shrink-0 -space-x-3">
                      <Avatar name={suggestion.contact.displayName} photoUrl={suggestion.contact.photoUrl} />
                      <Avatar name={suggestion.other.displayName} photoUrl={suggestion.other.photoUrl} />
                    </span>
                  )}
                  <div className="min-w-0 flex-1 text-sm">
                    <p className="break-words">
                      {contactId ? (
                        <PersonLink person={suggestion.other} />
                      ) : (
                        <>
                          <PersonLink person={suggestion.contact} /> and <PersonLink person={suggestion.other} />
                        </>
                      )}
                    </p>
                    <p className="text-stone-500 dark:text-stone-400">{suggestion.reasons.map(reasonInWords).join(" · ")}</p>
                  </div>
                </div>
                <div className={`-ml-3 flex shrink-0 flex-wrap sm:ml-0 sm:pl-0 ${contactId ? "pl-12" : "pl-20"}`}>
                  {/* aria-disabled, not disabled, while it works: a disabled button drops keyboard focus. */}
                  <button
                    type="button"
                    data-accept
                    aria-disabled={busy}
                    className={buttonClass("ghost", "px-3 text-brand-700 aria-disabled:opacity-60 dark:text-brand-100")}
                    onClick={() => {
                      if (!busy) accept.mutate({ contactId: pair.contactId, otherContactIds: [pair.otherContactId] });
                    }}
                  >
                    They know each other<span className="sr-only">: {names}</span>
                  </button>
                  <button
                    type="button"
                    aria-disabled={busy}
                    className={buttonClass("ghost", "px-3 aria-disabled:opacity-60")}
                    onClick={() => {
                      if (!busy) dismiss.mutate(pair);
                    }}
                  >
                    No<span className="sr-only">, {names} don’t know each other</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
