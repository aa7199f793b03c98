"use client";

import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, type ReactNode } from "react";
import { useTRPC } from "@/app/_lib/trpc";
import type { FeedPage } from "@/server/feed/service";
import { useFeedActions, type FeedActionOptions } from "./feed-actions";
import { FEED_PAGE_SIZE, feedQueryInput, groupStarts, NO_FEED_FILTERS, type FeedViewFilters } from "./feed-format";
import { FeedItemRow, type FeedListVariant } from "./feed-item";
import { buttonClass, EmptyState, Skeleton } from "./ui";


/**
 * The feed's pages for the filters, newest first, continued by cursor. The first page can come
 * from the server render. Loaded pages are not refetched when the window regains focus: new items
 * are announced instead ("5 new posts"), so nothing moves under the reader.
 */
export function useFeedList(filters: FeedViewFilters, initialPage: FeedPage | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { ...feedQueryInput(filters), limit: FEED_PAGE_SIZE };
  const queryKey = trpc.feed.list.infiniteQueryKey(input);

  // A newer first page from the server (the page re-rendered after a sync) with other items than
  // the loaded one replaces what is loaded; the same items keep the pages and their local changes.
  const serverItems = initialPage ? itemsKey(initialPage) : null;
  const serverAsOf = initialPage?.asOf;
  useEffect(() => {
    if (!initialPage || serverItems === null || serverAsOf === undefined) return;
    const cached = queryClient.getQueryData(queryKey);
    const first = cached?.pages[0];
    if (first && itemsKey(first) !== serverItems && serverAsOf > first.asOf) queryClient.setQueryData(queryKey, { pages: [initialPage], pageParams: [null] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new server page matters, not a new object for the same one
  }, [serverItems, serverAsOf]);

  return useInfiniteQuery(
    trpc.feed.list.infiniteQueryOptions(
      input,
      {
        getNextPageParam: (page) => page.nextCursor,
        initialData: initialPage ? { pages: [initialPage], pageParams: [null] } : undefined,
        placeholderData: keepPreviousData,
        refetchOnWindowFocus: false,
      },
    ),
  );
}

function itemsKey(page: FeedPage): string {
  return page.items.map((item) => `${item.type}:${item.id}`).join(",");
}

export type FeedListQuery = ReturnType<typeof useFeedList>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

function SkeletonRow() {
  return (
    <div className="grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-3 px-4 py-3">
      <Skeleton className="h-10 w-10 rounded-full" />
      <div className="flex flex-col gap-2">
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="h-3 w-1/4" />
        <Skeleton className="h-12 w-full" />
      </div>
    </div>
  );
}

/**
 * The loaded items as a list, with the next pages coming by infinite scroll and by a real "Load
 * more" button, skeleton rows below the list while a page loads, the action sheet, and (on the
 * feed page) j / k to move between items and o to open the original.
 */
export function FeedItems({
  query,
  label,
  variant,
  showContact,
  keyboard = false,
  busy = false,
  actionOptions,
}: {
  query: FeedListQuery;
  label: string;
  variant: FeedListVariant;
  /** The contact's avatar and name above each group; a contact's own page leaves them out. */
  showContact: boolean;
  keyboard?: boolean;
  busy?: boolean;
  actionOptions: FeedActionOptions;
}) {
  const { actions, sheet } = useFeedActions(actionOptions);
  const list = useRef<HTMLUListElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  // Grouping leaves out the repeated name; a contact's own page names no one, so each item stands alone.
  const starts = showContact ? groupStarts(items) : items.map(() => true);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: "600px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  useEffect(() => {
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const rows = Array.from(list.current?.querySelectorAll<HTMLElement>(":scope > [data-feed-item]") ?? []);
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        const next = current < 0 ? 0 : event.key === "j" ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
        const row = rows[next];
        row?.focus({ preventScroll: true });
        row?.scrollIntoView({ block: "nearest" });
        if (event.key === "j" && next >= rows.length - 3 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
        return;
      }
      const opensOriginal = event.key === "o" || (event.key === "Enter" && current >= 0 && event.target === rows[current]);
      const url = current >= 0 ? rows[current]?.dataset.url : undefined;
      if (opensOriginal && url) {
        event.preventDefault();
        window.open(url, "_blank", "noopener,noreferrer");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [keyboard, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const listClass =
    variant === "feed"
      ? "overflow-hidden rounded-2xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
      : "-my-3";

  return (
    <>
      <ul ref={list} aria-label={label} aria-busy={busy || undefined} className={`${listClass} transition-opacity ${busy ? "opacity-60" : ""}`}>
        {items.map((item, index) => (
          <FeedItemRow key={`${item.type}:${item.id}`} item={item} startsGroup={starts[index] ?? true} showContact={showContact} variant={variant} actions={actions} />
        ))}
      </ul>
      <div ref={sentinel} />
      {isFetchingNextPage && (
        <div aria-hidden="true" className="flex flex-col">
          <SkeletonRow />
          <SkeletonRow />
        </div>
      )}
      {query.isFetchNextPageError && <p className="text-center text-sm text-red-600 dark:text-red-400">Could not load more. Check your connection and try again.</p>}
      {hasNextPage && (
        <div className="mt-3 flex justify-center">
          <button type="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()} className={buttonClass("secondary")}>
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        </div>
      )}
      {sheet}
    </>
  );
}

/** A contact's posts and updates from every linked profile, with the same actions as the feed. */
export function ContactFeed({ contactId, initialPage, label, empty }: { contactId: string; initialPage: FeedPage; label: string; empty: ReactNode }) {
  const query = useFeedList({ ...NO_FEED_FILTERS, contactId }, initialPage);
  if (query.isError && !query.data) {
    return (
      <EmptyState title="Could not load the posts" actions={<button type="button" className={buttonClass("secondary")} onClick={() => void query.refetch()}>Try again</button>}>
        {query.error.message}
      </EmptyState>
    );
  }
  if ((query.data?.pages.reduce((count, page) => count + page.items.length, 0) ?? 0) === 0) return <>{empty}</>;
  return <FeedItems query={query} label={label} variant="card" showContact={false} actionOptions={{ allowMute: false, refreshServer: true }} />;
}
