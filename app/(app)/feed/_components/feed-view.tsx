"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { chunked, refOf, setReadInCache } from "@/app/_components/feed-cache";
import { FEED_PAGE_SIZE, feedFiltersKey, feedFiltersToSearch, feedQueryInput, isNarrowed, markedLabel, newPostsLabel, NO_FEED_FILTERS, SOURCE_LABELS, type FeedViewFilters } from "@/app/_components/feed-format";
import { FeedItems, useFeedList } from "@/app/_components/feed-list";
import { Link } from "@/app/_components/link";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, EmptyState, inputClass, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { keepSearchInAddress } from "@/app/_lib/search-in-address";
import { useTRPC } from "@/app/_lib/trpc";
import { SOURCE_KINDS, type SourceKind } from "@/db/schema/vocabulary";
import type { FeedItemRef } from "@/server/feed/schemas";
import type { FeedContact, FeedPage } from "@/server/feed/service";
import { TagChip } from "../../people/_components/tag-chip";

export interface FeedFilterOptions {
  circles: { id: string; name: string }[];
  tags: { id: string; name: string; colour: string }[];
}

type ChipKey = "circleId" | "tagId" | "kind" | "contactId";

function CloseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0 text-stone-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * The feed page: filters kept in the address, the list (first page rendered on the server), "Mark
 * all as read" with undo, and a pill announcing items that arrived since the feed was opened.
 */
export function FeedView({ initialFilters, initialPage, options, initialContactName }: { initialFilters: FeedViewFilters; initialPage: FeedPage; options: FeedFilterOptions; initialContactName: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [filters, setFilters] = useState(initialFilters);
  const [contactName, setContactName] = useState(initialContactName);
  const [showFilters, setShowFilters] = useState(false);

  // Arriving again with other filters in the address (a link, the nav bar) starts from those.
  const [seenInitial, setSeenInitial] = useState(() => feedFiltersKey(initialFilters));
  if (feedFiltersKey(initialFilters) !== seenInitial) {
    setSeenInitial(feedFiltersKey(initialFilters));
    setFilters(initialFilters);
    setContactName(initialContactName);
  }

  // Keep the filters in the address so a reload or a shared link shows the same feed.
  useEffect(() => {
    keepSearchInAddress(feedFiltersToSearch(filters));
  }, [filters]);

  const list = useFeedList(filters, feedFiltersKey(filters) === feedFiltersKey(initialFilters) ? initialPage : undefined);
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const asOf = pages[0]?.asOf;
  const input = feedQueryInput(filters);

  const fresh = useQuery(
    trpc.feed.newSince.queryOptions(
      { ...input, asOf: asOf ?? "" },
      { enabled: asOf !== undefined && !list.isPlaceholderData, refetchInterval: 60_000, refetchOnWindowFocus: true, staleTime: 10_000 },
    ),
  );
  const newCount = list.isPlaceholderData ? 0 : (fresh.data ?? 0);
  const [reloading, setReloading] = useState(false);

  const showNewItems = async () => {
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? "auto" : "smooth" });
    setReloading(true);
    // Start again from the top with a new "as of": only the first page, then scrolling continues from it.
    queryClient.setQueryData(trpc.feed.list.infiniteQueryKey({ ...input, limit: FEED_PAGE_SIZE }), (old) => (old ? { pages: old.pages.slice(0, 1), pageParams: old.pageParams.slice(0, 1) } : old));
    try {
      await list.refetch();
    } finally {
      setReloading(false);
    }
    void queryClient.invalidateQueries({ queryKey: trpc.feed.unreadCount.queryKey() });
  };

  const unreadCount = trpc.feed.unreadCount.queryKey();
  const listKey = trpc.feed.list.pathKey();
  const markReadUpTo = useMutation(trpc.feed.markReadUpTo.mutationOptions());
  const mark = useMutation(trpc.feed.mark.mutationOptions());
  const [marking, setMarking] = useState(false);
  const unreadLoaded = items.filter((item) => item.readAt === null);

  const setMany = async (refs: FeedItemRef[], read: boolean) => {
    for (const chunk of chunked(refs)) await mark.mutateAsync({ items: chunk, read });
    setReadInCache(queryClient, listKey, refs, read);
    void queryClient.invalidateQueries({ queryKey: unreadCount });
  };

  const undoMarkAll = (refs: FeedItemRef[]) => {
    setMany(refs, false).then(
      () => toast(markedLabel(refs.length, false)),
      (error: unknown) => toast(messageFrom(error)),
    );
  };

  /** Everything down to the last loaded item: by its position when more pages follow, else item by item. */
  const markAllRead = async () => {
    const lastCursor = pages.at(-1)?.nextCursor ?? null;
    setMarking(true);
    try {
      let marked: FeedItemRef[];
      if (lastCursor) {
        marked = (await markReadUpTo.mutateAsync({ ...input, cursor: lastCursor })).items;
        setReadInCache(queryClient, listKey, marked, true);
        void queryClient.invalidateQueries({ queryKey: unreadCount });
      } else {
        marked = unreadLoaded.map(refOf);
        if (marked.length > 0) await setMany(marked, true);
      }
      if (marked.length === 0) toast("Nothing to mark as read.");
      else toast(markedLabel(marked.length, true), { label: "Undo", run: () => undoMarkAll(marked) });
    } catch (error) {
      toast(messageFrom(error));
    } finally {
      setMarking(false);
    }
  };

  const setFilter = <K extends keyof FeedViewFilters>(key: K, value: FeedViewFilters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const clearFilters = () => setFilters(NO_FEED_FILTERS);
  const showOnly = (contact: FeedContact) => {
    setContactName(contact.displayName);
    setFilters((current) => ({ ...current, contactId: contact.id }));
    window.scrollTo({ top: 0 });
  };

  const chips = [
    filters.circleId && { key: "circleId" as const, label: "Circle", name: options.circles.find((circle) => circle.id === filters.circleId)?.name ?? "a deleted circle" },
    filters.tagId && { key: "tagId" as const, label: "Tag", name: options.tags.find((tag) => tag.id === filters.tagId)?.name ?? "a deleted tag" },
    filters.kind && { key: "kind" as const, label: "Source", name: SOURCE_LABELS[filters.kind] },
    filters.contactId && { key: "contactId" as const, label: "Person", name: contactName ?? "someone" },
  ].filter((chip): chip is { key: ChipKey; label: string; name: string } => Boolean(chip));

  const select = (id: string, label: string, value: string | null, anyLabel: string, choices: { id: string; name: string }[], onChange: (value: string | null) => void) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {label}
      </label>
      <select id={id} className={inputClass} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{choices.length === 0 ? `${anyLabel} (none yet)` : anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );

  let content;
  if (list.isPending) {
    content = (
      <div aria-busy="true" aria-label="Loading the feed" className="flex flex-col gap-3 rounded-2xl border border-stone-200 p-4 dark:border-stone-800">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="flex gap-3">
            <Skeleton className="h-10 w-10 shrink-0 rounded-full" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-12 w-full" />
            </div>
          </div>
        ))}
      </div>
    );
  } else if (list.isError && items.length === 0) {
    content = (
      <EmptyState title="Could not load your feed" actions={<button type="button" className={buttonClass("secondary")} onClick={() => void list.refetch()}>Try again</button>}>
        {list.error.message}
      </EmptyState>
    );
  } else if (items.length === 0) {
    content = isNarrowed(filters) ? (
      <EmptyState title="Nothing matches these filters" actions={<button type="button" className={buttonClass("secondary")} onClick={clearFilters}>Clear filters</button>}>
        {filters.unread ? "No unread posts from the people these filters pick." : "No posts or updates from the people these filters pick. Try another circle, tag or source."}
      </EmptyState>
    ) : filters.unread ? (
      <EmptyState title="You’re all caught up" actions={<button type="button" className={buttonClass("secondary")} onClick={() => setFilter("unread", false)}>Show everything</button>}>
        Everything in your feed is read. New posts show up here after the next sync.
      </EmptyState>
    ) : (
      <EmptyState
        title="Nothing in your feed yet"
        actions={
          <Link href="/people" className={buttonClass("primary")}>
            Go to People
          </Link>
        }
      >
        Your feed shows what your people post on Mastodon, Bluesky, GitHub, their blogs and websites. Open someone’s page and choose Link a profile under Elsewhere; their posts appear here after the first sync.
      </EmptyState>
    );
  } else {
    content = (
      <FeedItems
        query={list}
        label="Feed"
        variant="feed"
        showContact
        keyboard
        busy={list.isPlaceholderData || reloading}
        actionOptions={{ allowMute: true, onShowOnly: filters.contactId ? undefined : showOnly, refreshServer: false }}
      />
    );
  }

  return (
    <div className="mx-auto flex min-w-0 max-w-2xl flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Feed</h1>
        <button type="button" disabled={marking || list.isPlaceholderData || unreadLoaded.length === 0} onClick={() => void markAllRead()} className={buttonClass("secondary", "px-3")}>
          {marking ? "Marking…" : "Mark all as read"}
        </button>
      </div>
      <p className="sr-only text-xs text-stone-500 sm:not-sr-only dark:text-stone-400">
        Keys: <kbd>j</kbd> and <kbd>k</kbd> move to the next and previous item, <kbd>o</kbd> opens the original.
      </p>

      <div className="flex flex-wrap items-center gap-2">
        <button type="button" aria-pressed={filters.unread} onClick={() => setFilter("unread", !filters.unread)} className={buttonClass(filters.unread ? "primary" : "secondary", "px-3")}>
          Unread only
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setShowFilters(true)} className={buttonClass("secondary", "px-3")}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
            <path d="M4 6h16M7 12h10M10 18h4" />
          </svg>
          Filters{chips.length > 0 && ` (${chips.length})`}
        </button>
      </div>

      {chips.length > 0 && (
        <ul aria-label="Active filters" className="flex min-w-0 flex-wrap items-center gap-2">
          {chips.map((chip) => (
            <li key={chip.key} className="min-w-0 max-w-full">
              <button
                type="button"
                aria-label={`Remove filter ${chip.label}: ${chip.name}`}
                onClick={() => setFilter(chip.key, null)}
                className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-stone-300 bg-white pl-3 pr-2 text-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
              >
                <span className="text-stone-500 dark:text-stone-400">{chip.label}:</span>
                {chip.key === "tagId" ? (
                  <TagChip name={chip.name} colour={options.tags.find((tag) => tag.id === filters.tagId)?.colour ?? "stone"} />
                ) : (
                  <span className="min-w-0 truncate font-medium">{chip.name}</span>
                )}
                <CloseIcon />
              </button>
            </li>
          ))}
          {chips.length > 1 && (
            <li>
              <button type="button" onClick={() => setFilters({ ...NO_FEED_FILTERS, unread: filters.unread })} className={buttonClass("ghost", "px-3")}>
                Clear filters
              </button>
            </li>
          )}
        </ul>
      )}

      {/* No height of its own: the pill floats over the list instead of pushing it down. */}
      <div className="sticky top-16 z-20 h-0">
        {newCount > 0 && (
          <div className="flex justify-center">
            <button type="button" onClick={() => void showNewItems()} className="inline-flex min-h-11 items-center gap-2 rounded-full bg-brand-600 px-4 text-sm font-semibold text-white shadow-lg hover:bg-brand-700">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                <path d="M12 19V5M5 12l7-7 7 7" />
              </svg>
              {newPostsLabel(newCount)}
            </button>
          </div>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {newCount > 0 ? `${newPostsLabel(newCount)} at the top of the feed.` : ""}
      </p>

      {content}

      <Sheet open={showFilters} title="Filter the feed" onClose={() => setShowFilters(false)}>
        <div className="grid grid-cols-1 gap-3">
          {select("feed-circle", "Circle", filters.circleId, "Any circle", options.circles, (value) => setFilter("circleId", value))}
          {select("feed-tag", "Tag", filters.tagId, "Any tag", options.tags, (value) => setFilter("tagId", value))}
          {select(
            "feed-kind",
            "Source",
            filters.kind,
            "Any source",
            SOURCE_KINDS.map((kind) => ({ id: kind, name: SOURCE_LABELS[kind] })),
            (value) => setFilter("kind", (value as SourceKind | null) ?? null),
          )}
          <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-medium">
            <input type="checkbox" checked={filters.unread} onChange={(event) => setFilter("unread", event.target.checked)} className="h-5 w-5 accent-brand-600" />
            Unread only
          </label>
        </div>
        <div className="flex justify-end gap-2">
          {(chips.length > 0 || filters.unread) && (
            <button type="button" className={buttonClass("ghost")} onClick={clearFilters}>
              Clear filters
            </button>
          )}
          <button type="button" className={buttonClass("primary")} onClick={() => setShowFilters(false)}>
            Done
          </button>
        </div>
      </Sheet>
    </div>
  );
}
