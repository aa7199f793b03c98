"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/app/_components/link";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, EmptyState, inputBase, inputClass, PlusSign, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { keepSearchInAddress } from "@/app/_lib/search-in-address";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { ContactPage } from "@/server/contacts/service";
import { CirclePicker } from "../circles/_components/circle-picker";
import { TagPicker } from "../tags/_components/tag-picker";
import { PeopleTabs } from "./people-tabs";
import { QuickLogButton } from "./quick-log";
import { TagChip } from "./tag-chip";

export interface ContactListFilters {
  q: string;
  sort: "name" | "updated";
  archived: boolean;
  circleId: string | null;
  tagId: string | null;
  companyId: string | null;
}

/** What the circle, tag and company filters offer. */
export interface FilterOptions {
  circles: { id: string; name: string }[];
  tags: { id: string; name: string; colour: string }[];
  companies: { id: string; name: string }[];
}

function filtersKey(filters: ContactListFilters): string {
  return JSON.stringify([filters.q, filters.sort, filters.archived, filters.circleId, filters.tagId, filters.companyId]);
}

const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);

type MembershipFilter = "circleId" | "tagId" | "companyId";

export function ContactList({ initialFilters, initialPage, offerSample, options }: { initialFilters: ContactListFilters; initialPage: ContactPage; offerSample: boolean; options: FilterOptions }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  const [query, setQuery] = useState(initialFilters.q);
  const [sort, setSort] = useState(initialFilters.sort);
  const [archived, setArchived] = useState(initialFilters.archived);
  const [membership, setMembership] = useState<Record<MembershipFilter, string | null>>({ circleId: initialFilters.circleId, tagId: initialFilters.tagId, companyId: initialFilters.companyId });
  const [showFilters, setShowFilters] = useState(false);
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [picking, setPicking] = useState<"tag" | "circle" | null>(null);

  // Arriving again with other filters in the address (a link, the nav bar) starts from those.
  const [seenInitial, setSeenInitial] = useState(() => filtersKey(initialFilters));
  if (filtersKey(initialFilters) !== seenInitial) {
    setSeenInitial(filtersKey(initialFilters));
    setQuery(initialFilters.q);
    setSort(initialFilters.sort);
    setArchived(initialFilters.archived);
    setMembership({ circleId: initialFilters.circleId, tagId: initialFilters.tagId, companyId: initialFilters.companyId });
  }

  const q = useDebounced(query.trim(), 250);
  const { circleId, tagId, companyId } = membership;
  const filters: ContactListFilters = { q, sort, archived, circleId, tagId, companyId };
  const narrowed = circleId !== null || tagId !== null || companyId !== null;

  // Keep the filters in the address so a reload or a shared link shows the same list.
  useEffect(() => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (sort !== "name") params.set("sort", sort);
    if (archived) params.set("archived", "1");
    if (circleId) params.set("circle", circleId);
    if (tagId) params.set("tag", tagId);
    if (companyId) params.set("company", companyId);
    keepSearchInAddress(params.toString());
  }, [q, sort, archived, circleId, tagId, companyId]);

  const list = useInfiniteQuery(
    trpc.contacts.list.infiniteQueryOptions(
      { q: q || undefined, sort, archived, circleId: circleId ?? undefined, tagId: tagId ?? undefined, companyId: companyId ?? undefined, limit: 50 },
      {
        getNextPageParam: (page) => page.nextCursor,
        initialData: filtersKey(filters) === filtersKey(initialFilters) ? { pages: [initialPage], pageParams: [null] } : undefined,
        // While a new search loads, the rows on screen stay (and stay usable: a quick log opened
        // from one is not torn down by the results arriving).
        placeholderData: keepPreviousData,
      },
    ),
  );

  const loadSample = useMutation(
    trpc.demo.load.mutationOptions({
      onSuccess: async ({ contacts }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.contacts.list.pathKey() });
        toast(`Loaded ${contacts} sample contacts.`);
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  const onError = (error: unknown) => toast(messageFrom(error));
  const unapply = useMutation(trpc.tags.unapplyFrom.mutationOptions({ onSuccess: refresh, onError }));
  const apply = useMutation(trpc.tags.applyTo.mutationOptions({ onError }));
  const addToCircle = useMutation(trpc.circles.addMembers.mutationOptions({ onError }));

  const tagSelected = (tag: { id: string; name: string }) =>
    apply.mutate(
      { tagId: tag.id, contactIds: [...selected] },
      {
        onSuccess: async ({ applied }) => {
          setPicking(null);
          await refresh();
          if (applied.length === 0) toast(`Everyone selected already has “${tag.name}”.`);
          else toast(`Tagged ${people(applied.length)} “${tag.name}”.`, { label: "Undo", run: () => unapply.mutate({ tagId: tag.id, contactIds: applied }) });
        },
      },
    );
  const addSelectedTo = (circle: { id: string; name: string }) =>
    addToCircle.mutate(
      { circleId: circle.id, contactIds: [...selected] },
      {
        onSuccess: async ({ added }) => {
          setPicking(null);
          await refresh();
          if (added.length === 0) toast(`Everyone selected is already in ${circle.name}.`);
          else toast(`Added ${people(added.length)} to ${circle.name}.`, { label: "Open circle", run: () => router.push(`/people/circles/${circle.id}`) });
        },
      },
    );

  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: "400px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const contacts = list.data?.pages.flatMap((page) => page.items) ?? [];
  const setFilter = (key: MembershipFilter, value: string | null) => setMembership((current) => ({ ...current, [key]: value || null }));
  const clearFilters = () => setMembership({ circleId: null, tagId: null, companyId: null });
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const stopSelecting = () => {
    setSelecting(false);
    setSelected(new Set());
  };
  const allSelected = contacts.length > 0 && contacts.every((contact) => selected.has(contact.id));

  const activeFilters = [
    circleId && { key: "circleId" as const, label: "Circle", name: options.circles.find((circle) => circle.id === circleId)?.name ?? "a deleted circle" },
    tagId && { key: "tagId" as const, label: "Tag", name: options.tags.find((tag) => tag.id === tagId)?.name ?? "a deleted tag" },
    companyId && { key: "companyId" as const, label: "Company", name: options.companies.find((company) => company.id === companyId)?.name ?? "an unknown company" },
  ].filter((filter) => filter !== null && filter !== "");
  const filterSelect = (key: MembershipFilter, label: string, anyLabel: string, items: { id: string; name: string }[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${key}`} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {label}
      </label>
      <select id={`filter-${key}`} className={inputClass} value={membership[key] ?? ""} onChange={(event) => setFilter(key, event.target.value)}>
        <option value="">{items.length === 0 ? `${anyLabel} (none yet)` : anyLabel}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{archived ? "Archived people" : "People"}</h1>
        <div className="flex gap-2">
          <button type="button" aria-pressed={selecting} onClick={() => (selecting ? stopSelecting() : setSelecting(true))} className={buttonClass(selecting ? "primary" : "secondary", "px-3")}>
            Select
          </button>
          <Link href="/people/new" className={buttonClass("primary", "px-3 sm:px-4")}>
            <PlusSign /> Add<span className="sr-only sm:not-sr-only"> contact</span>
          </Link>
        </div>
      </div>

      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <label htmlFor="contact-search" className="sr-only">
            Search by name, company, notes or tags
          </label>
          <input id="contact-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search people, companies, notes, tags…" autoComplete="off" className={inputClass} />
        </div>
        <div className="flex flex-wrap gap-2">
          <label htmlFor="contact-sort" className="sr-only">
            Sort
          </label>
          <select id="contact-sort" value={sort} onChange={(event) => setSort(event.target.value === "updated" ? "updated" : "name")} className={`${inputBase} flex-1 sm:flex-none`}>
            <option value="name">Name A–Z</option>
            <option value="updated">Recently updated</option>
          </select>
          <button type="button" aria-pressed={archived} onClick={() => setArchived(!archived)} className={buttonClass(archived ? "primary" : "secondary", "px-3")}>
            Archived
          </button>
          <button type="button" aria-expanded={showFilters} aria-controls="contact-filters" onClick={() => setShowFilters(!showFilters)} className={buttonClass("secondary", "px-3")}>
            Filters{activeFilters.length > 0 && ` (${activeFilters.length})`}
          </button>
        </div>
      </div>

      {showFilters && (
        <div id="contact-filters" className="grid grid-cols-1 gap-3 rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900 sm:grid-cols-3">
          {filterSelect("circleId", "Circle", "Any circle", options.circles)}
          {filterSelect("tagId", "Tag", "Any tag", options.tags)}
          {filterSelect("companyId", "Company", "Any company", options.companies)}
        </div>
      )}

      {activeFilters.length > 0 && (
        <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
          {activeFilters.map((filter) => (
            <li key={filter.key}>
              <button
                type="button"
                aria-label={`Remove filter ${filter.label}: ${filter.name}`}
                onClick={() => setFilter(filter.key, null)}
                className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-stone-300 bg-white pl-3 pr-2 text-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
              >
                <span className="text-stone-500 dark:text-stone-400">{filter.label}:</span>
                {filter.key === "tagId" ? (
                  <TagChip name={filter.name} colour={options.tags.find((tag) => tag.id === tagId)?.colour ?? "stone"} />
                ) : (
                  <span className="min-w-0 truncate font-medium">{filter.name}</span>
                )}
                <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0 text-stone-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                  <path d="M6 6l12 12M18 6 6 18" />
                </svg>
              </button>
            </li>
          ))}
          {activeFilters.length > 1 && (
            <li>
              <button type="button" onClick={clearFilters} className={buttonClass("ghost", "px-3")}>
                Clear filters
              </button>
            </li>
          )}
        </ul>
      )}

      {list.isPending ? (
        <ul aria-busy="true" aria-label="Loading contacts" className="flex flex-col gap-1">
          {Array.from({ length: 5 }, (_, i) => (
            <li key={i} className="flex items-center gap-3 py-2">
              <Skeleton className="h-10 w-10 rounded-full" />
              <Skeleton className="h-4 w-1/3" />
            </li>
          ))}
        </ul>
      ) : list.isError ? (
        <EmptyState title="Could not load your contacts" actions={<button type="button" className={buttonClass("secondary")} onClick={() => void list.refetch()}>Try again</button>}>
          {list.error.message}
        </EmptyState>
      ) : contacts.length === 0 ? (
        q || narrowed ? (
          <EmptyState
            title={q ? `No one matches “${q}”` : "No one matches these filters"}
            actions={
              <>
                {q && (
                  <button type="button" className={buttonClass("secondary")} onClick={() => setQuery("")}>
                    Clear search
                  </button>
                )}
                {narrowed && (
                  <button type="button" className={buttonClass("secondary")} onClick={clearFilters}>
                    Clear filters
                  </button>
                )}
              </>
            }
          >
            {q ? "Search looks at names, companies, notes and tags." : archived ? "Only archived people are shown; switch off Archived to see the others." : "Try another circle, tag or company."}
          </EmptyState>
        ) : archived ? (
          <EmptyState title="Nothing archived">Archive people you no longer keep up with; they stay searchable here and can be restored.</EmptyState>
        ) : (
          <EmptyState
            title="Your people will live here"
            actions={
              <>
                <Link href="/people/new" className={buttonClass("primary")}>
                  Add your first contact
                </Link>
                {offerSample && (
                  <button type="button" disabled={loadSample.isPending} onClick={() => loadSample.mutate()} className={buttonClass("secondary")}>
                    {loadSample.isPending ? "Loading…" : "Load sample network"}
                  </button>
                )}
              </>
            }
          >
            Add someone you want to stay close to: what you know about them, how you met, and how to reach them.
            {offerSample && " Or explore Kith first with a sample network of 60 people."}
          </EmptyState>
        )
      ) : (
        <>
          <ul aria-label="Contacts" aria-busy={list.isPlaceholderData} className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {contacts.map((contact) => {
              const subtitle = [contact.title, contact.company].filter(Boolean).join(" · ") || contact.location;
              const details = (
                <>
                  <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{contact.displayName}</span>
                    {subtitle && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{subtitle}</span>}
                    {contact.tags.length > 0 && (
                      <span className="mt-1 flex min-w-0 gap-1 overflow-hidden">
                        {contact.tags.slice(0, 3).map((tag) => (
                          <TagChip key={tag.id} name={tag.name} colour={tag.colour} />
                        ))}
                        {contact.tags.length > 3 && <span className="text-xs text-stone-500">+{contact.tags.length - 3}</span>}
                      </span>
                    )}
                  </span>
                </>
              );
              return (
                <li key={contact.id} className="flex items-center">
                  {selecting ? (
                    <label className={`flex min-h-14 min-w-0 flex-1 cursor-pointer items-center gap-3 px-4 py-2.5 ${selected.has(contact.id) ? "bg-brand-50 dark:bg-brand-700/30" : "hover:bg-stone-50 dark:hover:bg-stone-800/60"}`}>
                      <input type="checkbox" aria-label={`Select ${contact.displayName}`} checked={selected.has(contact.id)} onChange={() => toggle(contact.id)} className="h-5 w-5 shrink-0 accent-brand-600" />
                      {details}
                    </label>
                  ) : (
                    <>
                      <Link href={`/people/${contact.id}`} className="flex min-h-14 min-w-0 flex-1 items-center gap-3 px-4 py-2.5 hover:bg-stone-50 dark:hover:bg-stone-800/60">
                        {details}
                      </Link>
                      <div className="shrink-0 pr-2 empty:hidden">
                        <QuickLogButton contactId={contact.id} name={contact.displayName} />
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <div ref={sentinel} />
          {hasNextPage && (
            <button type="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()} className={buttonClass("secondary", "self-center")}>
              {isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}

      {selecting && (
        <div role="region" aria-label="Selection" className="sticky bottom-20 z-20 flex flex-wrap items-center gap-2 rounded-2xl border border-stone-200 bg-white/95 p-2 shadow-lg backdrop-blur dark:border-stone-800 dark:bg-stone-900/95 sm:bottom-4">
          <p aria-live="polite" className="px-2 text-sm font-medium">
            {selected.size} selected
          </p>
          <button type="button" className={buttonClass("ghost", "px-3")} disabled={contacts.length === 0} onClick={() => setSelected(allSelected ? new Set() : new Set(contacts.map((contact) => contact.id)))}>
            {allSelected ? "Clear selection" : "Check all shown"}
          </button>
          <div className="ml-auto flex flex-wrap gap-2">
            <button type="button" disabled={selected.size === 0} className={buttonClass("primary", "px-3")} onClick={() => setPicking("tag")}>
              Tag…
            </button>
            <button type="button" disabled={selected.size === 0} className={buttonClass("secondary", "px-3")} onClick={() => setPicking("circle")}>
              Add to circle…
            </button>
            <button type="button" className={buttonClass("ghost", "px-3")} onClick={stopSelecting}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <Sheet open={picking === "tag"} title={`Tag ${people(selected.size)}`} onClose={() => setPicking(null)}>
        <TagPicker busy={apply.isPending} onPick={tagSelected} />
      </Sheet>
      <Sheet open={picking === "circle"} title={`Add ${people(selected.size)} to a circle`} onClose={() => setPicking(null)}>
        <CirclePicker busy={addToCircle.isPending} onPick={addSelectedTo} />
      </Sheet>
    </div>
  );
}
