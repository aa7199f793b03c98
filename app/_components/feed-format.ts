import type { SourceKind } from "@/db/schema/vocabulary";
import { SOURCE_KINDS } from "@/db/schema/vocabulary";
import type { FeedItem } from "@/server/feed/service";

/** Items per page, the same for the server-rendered first page and the ones loaded after it. */
export const FEED_PAGE_SIZE = 20;
import type { MediaLink } from "@/server/sources/types";

/** The feed's filters as the page and the address hold them; every one narrows the others. */
export interface FeedViewFilters {
  circleId: string | null;
  tagId: string | null;
  kind: SourceKind | null;
  contactId: string | null;
  unread: boolean;
}

export const NO_FEED_FILTERS: FeedViewFilters = { circleId: null, tagId: null, kind: null, contactId: null, unread: false };

// The same names as the server's registry, which a client component cannot import (it pulls in the adapters).
export const SOURCE_LABELS: Record<SourceKind, string> = {
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  github: "GitHub",
  feed: "Feed",
  website: "Website",
};

const MEDIA_LABELS: Record<MediaLink["kind"], string> = { image: "Image", video: "Video", audio: "Audio", link: "Link" };

/** An id from the address, or null; the server answers an unknown one as not found. */
function idParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 100) : null;
}

function isSourceKind(value: string): value is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(value);
}

/** ?circle=…&tag=…&kind=mastodon&contact=…&unread=1 → filters; anything unreadable is left out. */
export function feedFiltersFromParams(params: Record<string, string | string[] | undefined>): FeedViewFilters {
  const kind = typeof params.kind === "string" && isSourceKind(params.kind) ? params.kind : null;
  return { circleId: idParam(params.circle), tagId: idParam(params.tag), kind, contactId: idParam(params.contact), unread: params.unread === "1" };
}

/** The address's query for the filters ("" when none), in a stable order. */
export function feedFiltersToSearch(filters: FeedViewFilters): string {
  const params = new URLSearchParams();
  if (filters.circleId) params.set("circle", filters.circleId);
  if (filters.tagId) params.set("tag", filters.tagId);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.contactId) params.set("contact", filters.contactId);
  if (filters.unread) params.set("unread", "1");
  return params.toString();
}

/** Whether anything but "unread only" narrows the feed. */
export function isNarrowed(filters: FeedViewFilters): boolean {
  return filters.circleId !== null || filters.tagId !== null || filters.kind !== null || filters.contactId !== null;
}

export function feedFiltersKey(filters: FeedViewFilters): string {
  return JSON.stringify([filters.circleId, filters.tagId, filters.kind, filters.contactId, filters.unread]);
}

/** The filters as feed.list and feed.newSince take them. */
export function feedQueryInput(filters: FeedViewFilters) {
  return {
    circleId: filters.circleId ?? undefined,
    tagId: filters.tagId ?? undefined,
    kind: filters.kind ?? undefined,
    contactId: filters.contactId ?? undefined,
    unread: filters.unread,
  };
}

/**
 * For each item, whether it starts a new group: a post continues the group of the item just above
 * when both are posts by the same contact from the same source. Events always stand alone.
 */
export function groupStarts(items: readonly FeedItem[]): boolean[] {
  return items.map((item, index) => {
    const previous = items[index - 1];
    if (!previous || item.type !== "post" || previous.type !== "post") return true;
    return previous.contact.id !== item.contact.id || previous.source.id !== item.source.id;
  });
}

/** The badge's text: the count, or "99+" (the server stops counting at 100). */
export function unreadBadgeText(count: number): string {
  return count > 99 ? "99+" : String(count);
}

/** "5 new posts", "1 new post". */
export function newPostsLabel(count: number): string {
  return count === 1 ? "1 new post" : `${count} new posts`;
}

/** The address when it is a web address; anything else is not made a link. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const protocol = new URL(url).protocol;
  return protocol === "http:" || protocol === "https:" ? url : null;
}

/** "Image: Tram 28 on a hill", or "Image (no description)" when the author gave none. */
export function mediaLabel(media: Pick<MediaLink, "kind" | "alt">): string {
  const kind = MEDIA_LABELS[media.kind];
  const alt = media.alt?.trim();
  return alt ? `${kind}: ${alt}` : `${kind} (no description)`;
}

const EXACT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "12 Mar 2026, 18:30 UTC": the same on the server and in the browser, for a title attribute. */
export function exactTime(date: Date): string {
  return `${EXACT.format(date)} UTC`;
}

/** "Marked 3 as read." */
export function markedLabel(count: number, read: boolean): string {
  return `Marked ${count} as ${read ? "read" : "unread"}.`;
}
