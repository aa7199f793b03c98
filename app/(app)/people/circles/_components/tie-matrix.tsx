"use client";

import { useMutation, useMutationState, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type KeyboardEvent } from "react";
import { Link } from "@/app/_components/link";
import { useRefreshNetwork } from "@/app/_components/tie-suggestions";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, EmptyState } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import type { SetTieInput } from "@/server/network/schemas";
import type { AlterTie, CircleMatrix, ContactRef } from "@/server/network/ties";

/** A pair's key whichever way round it is named, as the server stores it: the smaller id first. */
function pairKey(a: string, b: string): string {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? `${x}:${y}` : `${y}:${x}`;
}

function storedTie(a: string, b: string, strength: number | null): AlterTie {
  const [contactId, otherContactId] = pairKey(a, b).split(":") as [string, string];
  return { contactId, otherContactId, strength };
}

/** The share of possible pairs who know each other, as people read it: "40%", "under 1%". */
function densityInWords(ties: number, possible: number): string {
  if (possible === 0) return "0%";
  const percent = (100 * ties) / possible;
  return ties > 0 && percent < 1 ? "under 1%" : `${Math.round(percent)}%`;
}

const ARROW_MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Arrow keys move between the table's tick boxes, stepping over the diagonal; Tab still visits each. */
function moveAcrossGrid(event: KeyboardEvent<HTMLTableElement>) {
  const move = ARROW_MOVES[event.key];
  const from = event.target;
  if (!move || !(from instanceof HTMLInputElement) || from.dataset.row === undefined) return;
  const [down, across] = move;
  let row = Number(from.dataset.row) + down;
  let col = Number(from.dataset.col) + across;
  if (row === col) [row, col] = [row + down, col + across];
  const to = event.currentTarget.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
  if (!to) return;
  event.preventDefault();
  to.focus();
}

interface TickProps {
  knows: (a: ContactRef, b: ContactRef) => boolean;
  saving: (a: ContactRef, b: ContactRef) => boolean;
  tick: (a: ContactRef, b: ContactRef, knows: boolean) => void;
}

/** Wide screens: members down and across, a tick box per pair, mirrored across the diagonal. */
function MatrixTable({ circleName, members, knows, saving, tick }: { circleName: string; members: ContactRef[] } & TickProps) {
  const sticky = "bg-white dark:bg-stone-900";
  return (
    <div role="region" aria-label={`Who knows whom in ${circleName}, as a table`} className="max-h-[70dvh] overflow-auto rounded-2xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <table className="border-separate border-spacing-0 text-sm" onKeyDown={moveAcrossGrid}>
        <thead>
          <tr>
            <th scope="col" className={`sticky left-0 top-0 z-20 border-b border-r border-stone-200 px-3 text-left align-bottom text-xs font-medium text-stone-500 dark:border-stone-800 dark:text-stone-400 ${sticky}`}>
              <span className="block pb-2">knows →</span>
            </th>
            {members.map((member) => (
              <th key={member.id} scope="col" className={`sticky top-0 z-10 h-36 border-b border-stone-200 px-0 align-bottom font-medium dark:border-stone-800 ${sticky}`}>
                <span title={member.displayName} className="mx-auto block max-h-32 w-11 rotate-180 truncate py-2 leading-11 [writing-mode:vertical-rl]">
                  {member.displayName}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((row, r) => (
            <tr key={row.id}>
              <th scope="row" className={`sticky left-0 z-10 border-r border-stone-200 px-3 text-left font-medium dark:border-stone-800 ${sticky}`}>
                <Link href={`/people/${row.id}`} title={row.displayName} className="flex min-h-11 max-w-48 items-center hover:underline">
                  <span className="truncate">{row.displayName}</span>
                </Link>
              </th>
              {members.map((col, c) => (
                <td key={col.id} className={`p-0 text-center ${c < r ? "bg-stone-50 dark:bg-stone-950/40" : ""}`}>
                  {r === c ? (
                    <span aria-hidden="true" className="block text-stone-300 dark:text-stone-600">
                      —
                    </span>
                  ) : (
                    <label className="flex h-11 w-11 cursor-pointer items-center justify-center hover:bg-brand-50 dark:hover:bg-brand-700/20">
                      <input
                        type="checkbox"
                        data-row={r}
                        data-col={c}
                        aria-label={`${row.displayName} knows ${col.displayName}`}
                        aria-busy={saving(row, col)}
                        checked={knows(row, col)}
                        onChange={(event) => tick(row, col, event.target.checked)}
                        className="h-5 w-5 cursor-pointer accent-brand-600"
                      />
                    </label>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one member at a time, with a tick-box chip for each of the others. */
function MatrixRows({ members, knows, saving, tick }: { members: ContactRef[] } & TickProps) {
  return (
    <ul aria-label="Members" className="flex flex-col gap-3">
      {members.map((member) => {
        const others = members.filter((other) => other.id !== member.id);
        const known = others.filter((other) => knows(member, other)).length;
        return (
          <li key={member.id} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <fieldset>
              <legend className="flex w-full items-baseline justify-between gap-2">
                <span className="min-w-0 break-words font-medium">
                  <Link href={`/people/${member.id}`} className="hover:underline">
                    {member.displayName}
                  </Link>{" "}
                  knows
                </span>
                <span className="shrink-0 text-xs tabular-nums text-stone-500 dark:text-stone-400">
                  {known} of {others.length}
                </span>
              </legend>
              <div className="mt-2 flex flex-wrap gap-2">
                {others.map((other) => (
                  <label
                    key={other.id}
                    className="inline-flex min-h-11 max-w-full cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-3 text-sm text-stone-800 hover:bg-stone-100 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:text-brand-700 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/50 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800 dark:has-checked:border-brand-100 dark:has-checked:bg-brand-700/30 dark:has-checked:text-brand-100"
                  >
                    <input
                      type="checkbox"
                      aria-label={`${member.displayName} knows ${other.displayName}`}
                      aria-busy={saving(member, other)}
                      checked={knows(member, other)}
                      onChange={(event) => tick(member, other, event.target.checked)}
                      className="h-5 w-5 shrink-0 accent-brand-600"
                    />
                    <span className="truncate">{other.displayName}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Who knows whom in a circle: a tick box per pair, saved as it is ticked (shown at once, put back
 * with a message if the save fails), with the circle's tie count and density above.
 */
export function TieMatrix({ initialMatrix }: { initialMatrix: CircleMatrix }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refreshNetwork = useRefreshNetwork();
  const circleId = initialMatrix.circle.id;
  const matrixKey = trpc.network.circleMatrix.queryKey({ circleId });
  const { circle, members, ties } = useQuery(trpc.network.circleMatrix.queryOptions({ circleId }, { initialData: initialMatrix })).data;
  const tiesByPair = useMemo(() => new Map(ties.map((tie) => [pairKey(tie.contactId, tie.otherContactId), tie])), [ties]);
  const names = useMemo(() => new Map(members.map((member) => [member.id, member.displayName])), [members]);

  const setTieKey = trpc.network.setTie.mutationKey();
  const savingPairs = new Set(
    useMutationState({ filters: { mutationKey: setTieKey, status: "pending" }, select: (mutation) => mutation.state.variables as SetTieInput }).map((pair) => pairKey(pair.contactId, pair.otherContactId)),
  );

  // A tick shows at once: the save writes the matrix a moment later, and until then React would
  // put the controlled box back the way it was.
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  const settleTick = (a: string, b: string) =>
    setTicked((current) => {
      const next = new Map(current);
      next.delete(pairKey(a, b));
      return next;
    });

  /** Puts one pair's tie in the cached matrix (or takes it out), leaving the other pairs as they are. */
  const writePair = (a: string, b: string, tie: AlterTie | undefined) =>
    queryClient.setQueryData(matrixKey, (current) => current && { ...current, ties: [...current.ties.filter((other) => pairKey(other.contactId, other.otherContactId) !== pairKey(a, b)), ...(tie ? [tie] : [])] });

  const save = useMutation(
    trpc.network.setTie.mutationOptions({
      onMutate: async ({ contactId, otherContactId, knows, strength }) => {
        await queryClient.cancelQueries({ queryKey: matrixKey });
        const before = queryClient.getQueryData(matrixKey)?.ties.find((tie) => pairKey(tie.contactId, tie.otherContactId) === pairKey(contactId, otherContactId));
        writePair(contactId, otherContactId, knows ? storedTie(contactId, otherContactId, strength ?? null) : undefined);
        settleTick(contactId, otherContactId);
        return { before };
      },
      onError: (error, { contactId, otherContactId }, context) => {
        writePair(contactId, otherContactId, context?.before);
        toast(`Couldn’t save whether ${names.get(contactId) ?? "they"} knows ${names.get(otherContactId) ?? "them"}. ${messageFrom(error)}`);
      },
      onSuccess: (_tie, { contactId, otherContactId, knows }, context) => {
        if (knows) return;
        const strength = context?.before?.strength ?? null;
        toast(`No longer recorded: ${names.get(contactId) ?? "they"} knows ${names.get(otherContactId) ?? "them"}.`, {
          label: "Undo",
          run: () => save.mutate({ contactId, otherContactId, knows: true, strength }),
        });
      },
      onSettled: async () => {
        // Refetching while other ticks are still saving would show their boxes flicker back.
        if (queryClient.isMutating({ mutationKey: setTieKey }) === 1) await refreshNetwork();
      },
    }),
  );

  if (members.length < 2) {
    return (
      <EmptyState
        title="Not enough people yet"
        actions={
          <Link href={`/people/circles/${circle.id}`} className={buttonClass("primary")}>
            Back to {circle.name}
          </Link>
        }
      >
        Who knows whom needs at least two people in the circle. Add people to {circle.name}, then tick who knows whom here.
      </EmptyState>
    );
  }

  const possible = (members.length * (members.length - 1)) / 2;
  const tick: TickProps = {
    knows: (a, b) => ticked.get(pairKey(a.id, b.id)) ?? tiesByPair.has(pairKey(a.id, b.id)),
    saving: (a, b) => savingPairs.has(pairKey(a.id, b.id)),
    // One save per pair at a time, so two quick ticks cannot land in the wrong order.
    tick: (a, b, knows) => {
      const key = pairKey(a.id, b.id);
      if (savingPairs.has(key) || ticked.has(key)) return;
      setTicked((current) => new Map(current).set(key, knows));
      save.mutate({ contactId: a.id, otherContactId: b.id, knows });
    },
  };

  return (
    <div className="flex flex-col gap-4">
      <dl aria-live="polite" aria-atomic="true" className="grid grid-cols-2 gap-3 sm:max-w-md">
        <div className="rounded-2xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">Ties</dt>
          <dd className="mt-1 text-sm">
            <span className="text-2xl font-semibold tabular-nums">{ties.length}</span> of {possible} {possible === 1 ? "pair" : "pairs"}
          </dd>
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">Density</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{densityInWords(ties.length, possible)}</dd>
        </div>
      </dl>
      <p className="text-sm text-stone-600 dark:text-stone-400">Tick each pair who know each other. Density is the share of the possible pairs who do: the higher it is, the more closely knit the circle.</p>
      <div className="hidden sm:block">
        <MatrixTable circleName={circle.name} members={members} {...tick} />
      </div>
      <div className="sm:hidden">
        <MatrixRows members={members} {...tick} />
      </div>
    </div>
  );
}
