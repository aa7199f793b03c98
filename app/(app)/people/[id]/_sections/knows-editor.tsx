"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { Link } from "@/app/_components/link";
import { Sheet } from "@/app/_components/sheet";
import { useRefreshNetwork } from "@/app/_components/tie-suggestions";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, inputClass, Skeleton } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import type { ContactRef, KnownContact } from "@/server/network/ties";

const STRENGTHS = [1, 2, 3] as const;
const STRENGTH_LABELS: Record<(typeof STRENGTHS)[number], string> = { 1: "knows a little", 2: "knows well", 3: "close" };

/** The look of one option in a segmented radio group (the radio itself is visually hidden). */
const SEGMENT =
  "flex min-h-11 cursor-pointer items-center justify-center bg-white px-1.5 py-1 text-center text-sm leading-tight text-stone-800 transition hover:bg-stone-100 has-checked:bg-brand-600 has-checked:font-medium has-checked:text-white has-focus-visible:outline-2 has-focus-visible:-outline-offset-4 has-focus-visible:outline-brand-500 has-checked:has-focus-visible:outline-white has-disabled:cursor-not-allowed dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800 dark:has-checked:bg-brand-600";
const SEGMENTS = "grid gap-px overflow-hidden rounded-xl border border-stone-300 bg-stone-300 dark:border-stone-700 dark:bg-stone-700";

function CrossIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

/** How well two people know each other, saved as soon as a level is picked. */
function StrengthPicker({ legend, strength, onPick }: { legend: string; strength: number | null; onPick: (strength: number) => void }) {
  const name = useId();
  return (
    <fieldset className="w-full sm:w-72">
      <legend className="sr-only">{legend}</legend>
      <div className={`${SEGMENTS} grid-cols-3`}>
        {STRENGTHS.map((value) => (
          <label key={value} className={SEGMENT}>
            <input type="radio" name={name} value={value} checked={strength === value} onChange={() => onPick(value)} className="sr-only" />
            {STRENGTH_LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface Failure {
  people?: string;
  strength?: string;
  form?: string;
}

/** Where a failed save's message belongs: under the people, under the strength, or over the buttons. */
function failureFrom(error: unknown): Failure {
  const fields = fieldErrorsFrom(error);
  const people = Object.entries(fields).find(([path]) => path.startsWith("otherContactIds") || path === "contactId")?.[1];
  if (people || fields.strength) return { people, strength: fields.strength };
  // A plain BAD_REQUEST is the server's word on the people picked ("a person is not tied to themselves").
  if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "BAD_REQUEST") return { people: error.message };
  return { form: messageFrom(error) };
}

/** Search the contacts, pick any number of people this contact knows, and optionally how well. */
function KnowsForm({ contactId, contactName, excluded, onDone }: { contactId: string; contactName: string; excluded: ReadonlySet<string>; onDone: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refreshNetwork = useRefreshNetwork();
  const id = useId();
  const searchId = `${id}-search`;
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const q = useDebounced(query.trim(), 250);
  const [picked, setPicked] = useState<ContactRef[]>([]);
  const [strength, setStrength] = useState<number | null>(null);
  // A new object on every failure, so the same message twice still moves focus back to the search.
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (failure?.people) search.current?.focus();
  }, [failure]);

  const results = useQuery(trpc.contacts.list.queryOptions({ q: q || undefined, limit: 30 }));
  const save = useMutation(
    trpc.network.addTies.mutationOptions({
      onSuccess: async (_result, { otherContactIds }) => {
        toast(otherContactIds.length === 1 ? `Saved: ${contactName} knows ${picked[0]?.displayName ?? "them"}.` : `Saved: ${contactName} knows ${otherContactIds.length} more people.`);
        onDone();
        await refreshNetwork();
      },
      onError: (error) => setFailure(failureFrom(error)),
    }),
  );

  const pickedIds = new Set(picked.map((person) => person.id));
  const toggle = (person: ContactRef, pick: boolean) => {
    setFailure(null);
    setPicked((current) => (pick ? [...current, { id: person.id, displayName: person.displayName, photoUrl: person.photoUrl }] : current.filter((other) => other.id !== person.id)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length === 0) {
      setFailure({ people: "Pick at least one person they know." });
      return;
    }
    setFailure(null);
    save.mutate({ contactId, otherContactIds: picked.map((person) => person.id), strength });
  };
  const candidates = (results.data?.items ?? []).filter((contact) => !excluded.has(contact.id));

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={searchId} label="Search people" error={failure?.people}>
        <input
          ref={search}
          id={searchId}
          type="search"
          autoFocus
          autoComplete="off"
          className={inputClass}
          value={query}
          placeholder="Name, company, notes…"
          onChange={(event) => setQuery(event.target.value)}
          // Enter searches; it does not save a half-made pick.
          onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
          {...invalidProps(searchId, failure?.people)}
        />
      </Field>

      {picked.length > 0 && (
        <div>
          <h3 className="text-sm font-medium text-stone-700 dark:text-stone-300">Picked ({picked.length})</h3>
          <ul aria-label="Picked" className="mt-1 flex flex-wrap gap-1">
            {picked.map((person) => (
              <li key={person.id} className="inline-flex max-w-full items-center rounded-full border border-stone-300 pl-3 text-sm dark:border-stone-600">
                <span className="truncate">{person.displayName}</span>
                <button
                  type="button"
                  aria-label={`Unpick ${person.displayName}`}
                  onClick={() => toggle(person, false)}
                  className="inline-flex h-11 w-10 shrink-0 items-center justify-center rounded-full text-stone-500 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
                >
                  <CrossIcon />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

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
      ) : candidates.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">{q ? `No one else matches “${q}”.` : "No one else to pick: add more contacts first."}</p>
      ) : (
        <ul aria-label="People to pick" className="-mx-1 flex max-h-[40dvh] flex-col overflow-y-auto">
          {candidates.map((contact) => (
            <li key={contact.id}>
              <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-1 py-1 hover:bg-stone-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/50 dark:hover:bg-stone-800/60">
                <input type="checkbox" checked={pickedIds.has(contact.id)} onChange={(event) => toggle(contact, event.target.checked)} className="h-5 w-5 shrink-0 accent-brand-600" />
                <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{contact.displayName}</span>
                  {contact.company && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{contact.company}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}

      <fieldset aria-describedby={failure?.strength ? `${id}-strength-error` : undefined}>
        <legend className="text-sm font-medium text-stone-700 dark:text-stone-300">How well does {contactName} know them? (optional)</legend>
        <div className={`${SEGMENTS} mt-1 grid-cols-2 sm:grid-cols-4`}>
          {[null, ...STRENGTHS].map((value) => (
            <label key={value ?? "unsure"} className={SEGMENT}>
              <input type="radio" name={`${id}-strength`} checked={strength === value} onChange={() => setStrength(value)} className="sr-only" />
              {value === null ? "Not sure" : STRENGTH_LABELS[value]}
            </label>
          ))}
        </div>
        {failure?.strength && (
          <p id={`${id}-strength-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
            {failure.strength}
          </p>
        )}
      </fieldset>

      <FormActions error={failure?.form} pending={save.isPending} submitLabel="Save" onCancel={onDone} />
    </form>
  );
}

/**
 * The people a contact knows (alter-alter ties): each linking to their page, with how well and a
 * remove that can be undone; "Knows…" adds more. Starts from the server's list, then follows the
 * query so ties recorded elsewhere on the page (a suggestion accepted) show up here.
 */
export function KnowsEditor({ contactId, contactName, initialTies }: { contactId: string; contactName: string; initialTies: KnownContact[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refreshNetwork = useRefreshNetwork();
  const knowsButtonId = useId();
  const [adding, setAdding] = useState(false);
  const tiesKey = trpc.network.contactTies.queryKey({ contactId });
  const ties = useQuery(trpc.network.contactTies.queryOptions({ contactId }, { initialData: initialTies })).data;
  const onError = (error: unknown) => toast(messageFrom(error));

  const setStrength = useMutation(
    trpc.network.setTie.mutationOptions({
      onMutate: async ({ otherContactId, strength }) => {
        await queryClient.cancelQueries({ queryKey: tiesKey });
        const before = queryClient.getQueryData(tiesKey)?.find((tie) => tie.id === otherContactId)?.strength ?? null;
        queryClient.setQueryData(tiesKey, (current) => current?.map((tie) => (tie.id === otherContactId ? { ...tie, strength: strength ?? null } : tie)));
        return { before };
      },
      onError: (error, { otherContactId }, context) => {
        if (context) queryClient.setQueryData(tiesKey, (current) => current?.map((tie) => (tie.id === otherContactId ? { ...tie, strength: context.before } : tie)));
        onError(error);
      },
      onSettled: async () => {
        // Refetching while another level is still saving would show it jump back for a moment.
        if (queryClient.isMutating({ mutationKey: trpc.network.setTie.mutationKey() }) === 1) await refreshNetwork();
      },
    }),
  );
  const restore = useMutation(trpc.network.addTies.mutationOptions({ onSuccess: refreshNetwork, onError }));
  const remove = useMutation(
    trpc.network.removeTie.mutationOptions({
      onSuccess: async (removed, { otherContactId }) => {
        const name = ties.find((tie) => tie.id === otherContactId)?.displayName ?? "them";
        // The row is about to go, and with it any focus in it: keyboard focus moves on to "Knows…".
        if (document.activeElement?.closest(`[data-tie="${otherContactId}"]`)) document.getElementById(knowsButtonId)?.focus();
        queryClient.setQueryData(tiesKey, (current) => current?.filter((tie) => tie.id !== otherContactId));
        toast(`Removed: ${contactName} knows ${name}.`, {
          label: "Undo",
          run: () => restore.mutate({ contactId: removed.contactId, otherContactIds: [removed.otherContactId], strength: removed.strength }),
        });
        await refreshNetwork();
      },
      onError,
    }),
  );

  return (
    <div className="flex flex-col gap-3">
      {ties.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">No one recorded yet. Record who they know to see the groups in your network and the warm paths through it.</p>
      ) : (
        <ul aria-label={`People ${contactName} knows`} className="-my-1 divide-y divide-stone-100 dark:divide-stone-800">
          {ties.map((tie) => {
            const removing = remove.isPending && remove.variables.otherContactId === tie.id;
            return (
              <li key={tie.id} data-tie={tie.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2 sm:flex-nowrap sm:gap-3">
                <Link href={`/people/${tie.id}`} className="flex min-h-11 min-w-0 flex-1 items-center gap-3 rounded-lg hover:underline">
                  <Avatar name={tie.displayName} photoUrl={tie.photoUrl} />
                  <span className="truncate font-medium">{tie.displayName}</span>
                </Link>
                <div className="order-last w-full sm:order-none sm:w-auto">
                  <StrengthPicker legend={`How well ${contactName} knows ${tie.displayName}`} strength={tie.strength} onPick={(strength) => setStrength.mutate({ contactId, otherContactId: tie.id, knows: true, strength })} />
                </div>
                <button
                  type="button"
                  // Not disabled while it works: a disabled button drops keyboard focus.
                  aria-disabled={removing}
                  aria-label={`Remove ${tie.displayName} from the people ${contactName} knows`}
                  onClick={() => {
                    if (!removing) remove.mutate({ contactId, otherContactId: tie.id });
                  }}
                  className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-lg text-stone-500 hover:bg-stone-100 hover:text-stone-900 aria-disabled:opacity-50 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
                >
                  <CrossIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button id={knowsButtonId} type="button" className={buttonClass(ties.length === 0 ? "primary" : "secondary", "self-start")} onClick={() => setAdding(true)}>
        Knows…
      </button>
      <Sheet open={adding} title={`Who does ${contactName} know?`} onClose={() => setAdding(false)}>
        <KnowsForm contactId={contactId} contactName={contactName} excluded={new Set([contactId, ...ties.map((tie) => tie.id)])} onDone={() => setAdding(false)} />
      </Sheet>
    </div>
  );
}
