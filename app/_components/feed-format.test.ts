import { describe, expect, it } from "vitest";
import type { FeedEvent, FeedPost } from "@/server/feed/service";
import { feedFiltersFromParams, feedFiltersToSearch, groupStarts, mediaLabel, newPostsLabel, unreadBadgeText, webUrl } from "./feed-format";

const contact = (id: string) => ({ id, displayName: `Person ${id}`, photoUrl: null });

function post(id: string, contactId: string, sourceId: string): FeedPost {
  return {
    type: "post",
    id,
    at: new Date("2026-03-01T10:00:00Z"),
    contact: contact(contactId),
    source: { id: sourceId, kind: "mastodon", name: "@ana@example.social", url: null },
    url: null,
    editedAt: null,
    text: "Hello",
    html: "<p>Hello</p>",
    isRepost: false,
    media: [],
    readAt: null,
    replyId: null,
  };
}

function event(id: string, contactId: string): FeedEvent {
  return { type: "event", id, at: new Date("2026-03-01T10:00:00Z"), contact: contact(contactId), kind: "moved_city", title: "Moved to Lisbon", body: null, sourceKind: "mastodon", readAt: null };
}

describe("feed filters in the address", () => {
  it("reads the filters a shared link carries and writes them back the same", () => {
    const filters = feedFiltersFromParams({ circle: "c1", tag: "t1", kind: "bluesky", contact: "p1", unread: "1" });
    expect(filters).toEqual({ circleId: "c1", tagId: "t1", kind: "bluesky", contactId: "p1", unread: true });
    expect(feedFiltersToSearch(filters)).toBe("circle=c1&tag=t1&kind=bluesky&contact=p1&unread=1");
  });

  it("drops a source kind Kith does not know and repeated parameters, keeping the feed unfiltered", () => {
    expect(feedFiltersFromParams({ kind: "myspace", circle: ["a", "b"], unread: "yes" })).toEqual({ circleId: null, tagId: null, kind: null, contactId: null, unread: false });
    expect(feedFiltersToSearch({ circleId: null, tagId: null, kind: null, contactId: null, unread: false })).toBe("");
  });
});

describe("grouping consecutive posts", () => {
  it("shows the name once for a run of posts by the same person from the same profile", () => {
    const items = [post("1", "ana", "masto"), post("2", "ana", "masto"), post("3", "ana", "blog"), post("4", "bo", "blog"), event("5", "bo"), post("6", "bo", "blog")];
    expect(groupStarts(items)).toEqual([true, false, true, true, true, true]);
  });
});

describe("labels", () => {
  it("caps the unread badge at 99+", () => {
    expect(unreadBadgeText(5)).toBe("5");
    expect(unreadBadgeText(99)).toBe("99");
    expect(unreadBadgeText(100)).toBe("99+");
  });

  it("counts new posts in words", () => {
    expect(newPostsLabel(1)).toBe("1 new post");
    expect(newPostsLabel(5)).toBe("5 new posts");
  });

  it("names an image by its description, or says it has none", () => {
    expect(mediaLabel({ kind: "image", alt: " Tram 28 on a hill " })).toBe("Image: Tram 28 on a hill");
    expect(mediaLabel({ kind: "image", alt: null })).toBe("Image (no description)");
  });

  it("links only web addresses", () => {
    expect(webUrl("https://example.social/@ana/1")).toBe("https://example.social/@ana/1");
    expect(webUrl("javascript:alert(1)")).toBeNull();
    expect(webUrl("not a url")).toBeNull();
  });
});
