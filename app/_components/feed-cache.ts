import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { FeedItemRef } from "@/server/feed/schemas";
import type { FeedItem, FeedPage } from "@/server/feed/service";

type FeedData = InfiniteData<FeedPage, unknown>;

function isFeedData(value: unknown): value is FeedData {
  return typeof value === "object" && value !== null && Array.isArray((value as { pages?: unknown }).pages);
}

/**
 * Changes items in every loaded feed list (the feed page's, a contact's) without refetching them:
 * a refetch would reorder the pages under the reader and drop what an "unread only" list showed.
 * `change` returns the new item, the same one, or null to take it out.
 */
export function patchFeedItems(queryClient: QueryClient, listKey: QueryKey, change: (item: FeedItem) => FeedItem | null): void {
  queryClient.setQueriesData<unknown>({ queryKey: listKey }, (old: unknown) => {
    if (!isFeedData(old)) return old;
    return {
      ...old,
      pages: old.pages.map((page) => ({ ...page, items: page.items.map(change).filter((item): item is FeedItem => item !== null) })),
    };
  });
}

const refKey = (ref: FeedItemRef) => `${ref.type}:${ref.id}`;

/** Sets the read state of the given items everywhere they are shown. */
export function setReadInCache(queryClient: QueryClient, listKey: QueryKey, refs: readonly FeedItemRef[], read: boolean): void {
  const keys = new Set(refs.map(refKey));
  const readAt = read ? new Date() : null;
  patchFeedItems(queryClient, listKey, (item) => (keys.has(refKey(item)) && (item.readAt !== null) !== read ? { ...item, readAt } : item));
}

export function refOf(item: FeedItem): FeedItemRef {
  return { type: item.type, id: item.id };
}

/** Splits a long list of items into chunks the server takes in one call. */
export function chunked<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
