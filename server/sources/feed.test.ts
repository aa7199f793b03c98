import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeFeeds, type FakeFeedsState } from "@/e2e/fake-sources/feeds";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { UserInputError } from "@/server/errors";
import { HostPacer } from "@/server/net/host-pacer";
import { feedAdapter, parseFeedDocument, rootElement } from "./feed";
import { SourceHttp, SourceRateLimitedError, SourceUnavailableError } from "./http";
import type { Json, ProfileStepResult, SourcesConfig, StatusUpdate } from "./types";

let fake: FakeServer;
let state: FakeFeedsState;
let config: SourcesConfig;

beforeEach(async () => {
  const feeds = fakeFeeds();
  state = feeds.state;
  fake = await startFakeServer([feeds.handler]);
  config = { blueskyAppViewUrl: fake.origin, githubApiUrl: fake.origin, githubToken: undefined, allowPrivateNetwork: true };
});

afterEach(async () => {
  await fake.close();
});

function newHttp(validators?: SourceHttp["validators"]): SourceHttp {
  return new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), ...(validators ? { validators } : {}) });
}

/** Both steps, as the sync runs them, with the carry and cursor travelling as JSON. */
async function sync(path: string, { cursor = null, http = newHttp(), limit = 20 }: { cursor?: Json; http?: SourceHttp; limit?: number } = {}) {
  const input = feedAdapter.parseInput(fake.origin + path, config);
  const context = { http, config, limit };
  const profileStep: ProfileStepResult = JSON.parse(JSON.stringify(await feedAdapter.fetchProfile(context, { input, cursor })));
  if (profileStep.state !== "ok") return { profileStep, updates: [] as StatusUpdate[], cursor, http };
  const updatesStep = JSON.parse(JSON.stringify(await feedAdapter.fetchUpdates(context, { input, cursor }, profileStep.carry))) as { updates: StatusUpdate[]; cursor: Json };
  return { profileStep, updates: updatesStep.updates, cursor: updatesStep.cursor, http };
}

function byId(updates: StatusUpdate[], id: string): StatusUpdate {
  const update = updates.find((candidate) => candidate.externalId === id);
  if (!update) throw new Error(`no update ${id} in ${updates.map((u) => u.externalId).join(", ")}`);
  return update;
}

describe("parseInput", () => {
  it("accepts feed addresses, adding https:// when the scheme is left out", () => {
    expect(feedAdapter.parseInput("https://ana.example/feed.xml", config)).toBe("https://ana.example/feed.xml");
    expect(feedAdapter.parseInput("  ana.example/feed.xml ", config)).toBe("https://ana.example/feed.xml");
    expect(feedAdapter.parseInput("http://blog.example/atom?tag=garden#top", config)).toBe("http://blog.example/atom?tag=garden");
    expect(feedAdapter.parseInput("https://blog.example", config)).toBe("https://blog.example/");
  });

  it.each(["", "not a feed", "ftp://files.example/feed.xml", "javascript:alert(1)", "localfeed", "https://ana:secret@blog.example/feed.xml"])(
    "rejects %j and says what to type",
    (input) => {
      expect(() => feedAdapter.parseInput(input, config)).toThrow(UserInputError);
      expect(() => feedAdapter.parseInput(input, config)).toThrow("Type the address of an RSS, Atom or JSON feed, like https://example.com/feed.xml.");
    },
  );
});

describe("Atom: Ana's notes", () => {
  it("reads the profile from the feed head, resolving xml:base", async () => {
    const { profileStep } = await sync("/feeds/ana.atom");
    expect(profileStep.state).toBe("ok");
    expect(profileStep.profile).toEqual({
      displayName: "Ana Ribeiro",
      handle: null,
      url: `${fake.origin}/ana/`,
      avatarUrl: `${fake.origin}/ana/avatar.png`,
      bio: "Gardens, code & slow mornings 🌱",
      location: null,
      company: null,
      title: null,
      links: [`${fake.origin}/ana/`],
      verifiedLinks: [],
    });
    expect(profileStep.suggestions).toEqual([{ kind: "website", input: `${fake.origin}/ana/` }]);
    const request = fake.requests.find((candidate) => candidate.path === "/feeds/ana.atom");
    expect(request?.headers.accept).toContain("application/feed+json");
    expect(request?.headers.accept).toContain("application/atom+xml");
  });

  it("turns entries into posts, newest first, with scripts and handlers gone and links absolute", async () => {
    const { updates } = await sync("/feeds/ana.atom");
    expect(updates.map((update) => update.externalId)).toEqual(["tag:ana.example,2025:notes/3", "tag:ana.example,2025:notes/2", "tag:ana.example,2025:notes/1"]);

    const swap = byId(updates, "tag:ana.example,2025:notes/3");
    expect(swap.url).toBe(`${fake.origin}/ana/2025/05/seed-swap`);
    expect(swap.publishedAt).toBe("2025-05-10T09:00:00.000Z");
    expect(swap.editedAt).toBeNull();
    expect(swap.isRepost).toBe(false);
    expect(swap.html).not.toMatch(/script|onclick|document\.cookie|evil/i);
    expect(swap.html).toContain(`href="${fake.origin}/ana/swap.html"`);
    expect(swap.html).toContain("<strong>Seed swap on Saturday 🌻</strong>");
    expect(swap.text).toBe("Seed swap on Saturday 🌻\n\nBring seeds, take seeds. Details\n\nSee you there!");

    const compost = byId(updates, "tag:ana.example,2025:notes/2");
    expect(compost.publishedAt).toBe("2025-04-02T17:30:00.000Z");
    expect(compost.editedAt).toBe("2025-04-03T08:00:00.000Z");
    expect(compost.html).toContain(`href="${fake.origin}/compost/"`);
    expect(compost.text).toContain("Warm & steaming.");
    expect(compost.media).toEqual([{ url: `${fake.origin}/ana/photos/compost.jpg`, alt: "The bin in April", kind: "image" }]);

    // The title is only the opening of the text: not repeated.
    const hello = byId(updates, "tag:ana.example,2025:notes/1");
    expect(hello.text).toBe("Hello from the garden! First post here.\n\nMore soon.");
    expect(hello.html).toBe("<p>Hello from the garden! First post here.</p><p>More soon.</p>");
    expect(hello.media).toEqual([]);
  });

  it("resyncs an unchanged feed with one conditional request that gets 304, and no updates", async () => {
    const first = await sync("/feeds/ana.atom");
    fake.requests.length = 0;
    const second = await sync("/feeds/ana.atom", { cursor: first.cursor, http: newHttp(first.http.validators) });
    expect(fake.requests).toHaveLength(1);
    for (const request of fake.requests) {
      expect(request.headers["if-none-match"]).toBeDefined();
      expect(request.headers["if-modified-since"]).toBeDefined();
    }
    expect(second.profileStep.profile).toBeNull();
    expect(second.updates).toEqual([]);
    expect(second.cursor).toEqual(first.cursor);
    expect(second.http.validators).toEqual(first.http.validators);
  });

  it("after a change, returns only the new and the edited entries", async () => {
    const first = await sync("/feeds/ana.atom");
    state.addEntry("ana.atom", { id: "tag:ana.example,2025:notes/4", title: "Tomatoes!", link: "2025/06/tomatoes", html: "<p>First red one.</p>", published: "2025-06-02T06:00:00Z" });
    state.editEntry("ana.atom", "tag:ana.example,2025:notes/1", { text: "Hello from the garden! First post here.\n\nMore soon (typo fixed).", updated: "2025-06-02T07:00:00Z" });

    const second = await sync("/feeds/ana.atom", { cursor: first.cursor, http: newHttp(first.http.validators) });
    expect(second.profileStep.profile?.displayName).toBe("Ana Ribeiro");
    expect(second.updates.map((update) => update.externalId)).toEqual(["tag:ana.example,2025:notes/4", "tag:ana.example,2025:notes/1"]);
    const edited = byId(second.updates, "tag:ana.example,2025:notes/1");
    expect(edited.editedAt).toBe("2025-06-02T07:00:00.000Z");
    expect(edited.publishedAt).toBe("2025-03-01T07:15:00.000Z");
    expect(edited.text).toContain("typo fixed");

    const third = await sync("/feeds/ana.atom", { cursor: second.cursor, http: newHttp(second.http.validators) });
    expect(third.profileStep.profile).toBeNull();
    expect(third.updates).toEqual([]);
  });

  it("takes only the newest `limit` entries on the first sync, and not the older ones later", async () => {
    const first = await sync("/feeds/ana.atom", { limit: 2 });
    expect(first.updates.map((update) => update.externalId)).toEqual(["tag:ana.example,2025:notes/3", "tag:ana.example,2025:notes/2"]);
    state.addEntry("ana.atom", { id: "tag:ana.example,2025:notes/4", title: "Rain", text: "Rain at last.", published: "2025-06-05T06:00:00Z" });
    const second = await sync("/feeds/ana.atom", { cursor: first.cursor, http: newHttp(first.http.validators), limit: 2 });
    expect(second.updates.map((update) => update.externalId)).toEqual(["tag:ana.example,2025:notes/4"]);
  });

  it("follows a temporary redirect and resolves relative links against where the feed really is", async () => {
    const viaRedirect = await sync("/feeds/moved-302.atom");
    expect(viaRedirect.profileStep.profile?.displayName).toBe("Ana Ribeiro");
    expect(viaRedirect.updates).toHaveLength(3);

    state.feeds["plain.atom"] = {
      format: "atom",
      title: "Plain",
      lastModified: new Date("2025-01-01T00:00:00Z"),
      entries: [{ id: "p1", title: "One", link: "posts/one", html: `<p>See <a href="two">two</a>.</p>`, published: "2025-01-01T00:00:00Z" }],
    };
    state.redirects["/old/blog/feed.atom"] = { status: 307, location: "/feeds/plain.atom" };
    const { updates } = await sync("/old/blog/feed.atom");
    expect(updates[0]?.url).toBe(`${fake.origin}/feeds/posts/one`);
    // No xml:base: the body's links are relative to the entry's page.
    expect(updates[0]?.html).toContain(`href="${fake.origin}/feeds/posts/two"`);
  });

  it("gives null, never undefined, for what a bare feed leaves out", async () => {
    state.feeds["bare.atom"] = {
      format: "atom",
      title: "Untitled thoughts",
      lastModified: new Date("2025-01-01T00:00:00Z"),
      entries: [{ id: "b1", published: "2025-01-01T00:00:00Z" }],
    };
    const { profileStep, updates } = await sync("/feeds/bare.atom");
    expect(profileStep.profile).toMatchObject({ displayName: "Untitled thoughts", url: null, avatarUrl: null, bio: null, links: [] });
    expect(profileStep.suggestions).toEqual([]);
    expect(updates).toEqual([{ externalId: "b1", url: null, publishedAt: "2025-01-01T00:00:00.000Z", editedAt: null, text: "", html: "", isRepost: false, media: [] }]);
  });
});

describe("JSON Feed: Jun's microblog", () => {
  it("reads unicode names, emoji, avatars and attachments", async () => {
    const { profileStep, updates } = await sync("/feeds/jun.json");
    expect(profileStep.profile).toMatchObject({
      displayName: "朴준",
      url: `${fake.origin}/jun/`,
      avatarUrl: `${fake.origin}/jun/avatar.jpg`,
      bio: "짧은 글 — short notes 🐢",
    });
    const turtle = byId(updates, "jun-2");
    expect(turtle.publishedAt).toBe("2025-05-30T22:00:00.000Z");
    expect(turtle.text).toBe("Found this turtle by the river.");
    expect(turtle.media).toEqual([{ url: `${fake.origin}/jun/turtle.jpg`, alt: "A small turtle on a rock", kind: "image" }]);
    const moving = byId(updates, "jun-1");
    expect(moving.text).toBe("Moving my notes here from the old site.");
    expect(moving.editedAt).toBeNull();
    const tea = byId(updates, "jun-3");
    expect(tea.html).toBe("<p>Tea, rain, a good book. 🍵</p>");
  });

  it("dates an undated post when first seen, and keeps that date on later syncs", async () => {
    const before = Date.now();
    const first = await sync("/feeds/jun.json");
    const tea = byId(first.updates, "jun-3");
    expect(Date.parse(tea.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(first.updates[0]?.externalId).toBe("jun-3");

    state.editEntry("jun.json", "jun-3", { text: "Tea, rain, a good book. 🍵 (and a cat)" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await sync("/feeds/jun.json", { cursor: first.cursor, http: newHttp(first.http.validators) });
    expect(second.updates.map((update) => update.externalId)).toEqual(["jun-3"]);
    expect(byId(second.updates, "jun-3").publishedAt).toBe(tea.publishedAt);
  });
});

describe("RSS: Zoë's log", () => {
  it("reads a WordPress-style feed: item authors, HTML in the description, the channel image", async () => {
    const { profileStep } = await sync("/feeds/zoe.rss");
    expect(profileStep.profile).toMatchObject({
      displayName: "Zoë Ångström",
      url: `${fake.origin}/zoe`,
      avatarUrl: `${fake.origin}/zoe/avatar.jpg`,
      bio: "Zoë Ångström's notes on boats & bikes ⛵",
    });
  });

  it("sanitises content:encoded and keeps enclosures", async () => {
    const { updates } = await sync("/feeds/zoe.rss");
    expect(updates.map((update) => update.externalId)).toEqual([`${fake.origin}/zoe/?p=412`, `${fake.origin}/zoe/?p=398`, `${fake.origin}/zoe/2025/04/01/hej`]);

    const harbour = byId(updates, `${fake.origin}/zoe/?p=412`);
    expect(harbour.url).toBe(`${fake.origin}/zoe/2025/06/03/harbour`);
    expect(harbour.text).toBe("Morning at the harbour");
    expect(harbour.html).not.toMatch(/onerror|<img/);
    expect(harbour.html).toContain(`href="${fake.origin}/zoe/uploads/harbour.jpg"`);
    expect(harbour.html).toContain("Fog over the harbour");

    const bike = byId(updates, `${fake.origin}/zoe/?p=398`);
    expect(bike.publishedAt).toBe("2025-05-20T15:45:10.000Z");
    expect(bike.text).toBe("Fixing the old bike\n\nNew chain, new brakes. It’s alive! click parts list");
    expect(bike.html).toContain("<p><strong>Fixing the old bike</strong></p>");
    expect(bike.html).not.toMatch(/javascript:|iframe|evil|style=/i);
    expect(bike.html).toContain(`href="${fake.origin}/zoe/2025/05/20/parts.html"`);
    expect(bike.media).toEqual([{ url: `${fake.origin}/zoe/uploads/bell.mp3`, alt: null, kind: "audio" }]);

    // No guid: the link is the id.
    const hej = byId(updates, `${fake.origin}/zoe/2025/04/01/hej`);
    expect(hej.text).toBe("Hej världen! First post 🎉");
  });

  it("follows a 307 to the feed", async () => {
    const { profileStep, updates } = await sync("/feeds/moved-307.rss");
    expect(profileStep.profile?.displayName).toBe("Zoë Ångström");
    expect(updates).toHaveLength(3);
  });

  it("decodes a KOI8-R feed whose charset is named only in the XML declaration", async () => {
    const { profileStep, updates } = await sync("/feeds/koi8r.xml");
    expect(profileStep.profile?.displayName).toBe("Заметки Алёны");
    expect(profileStep.profile?.bio).toBe("Пишу о книгах и чае");
    expect(updates[0]?.text).toBe("Как перевести книгу\n\nЗдравствуйте, друзья! Сегодня о переводе.");
    expect(updates[0]?.publishedAt).toBe("2025-06-01T15:00:00.000Z");
  });
});

describe("what is not a feed", () => {
  it("says a web page is a web page", async () => {
    await expect(sync("/ana/")).rejects.toThrow(new SourceUnavailableError(`${fake.origin}/ana/ is a web page, not a feed: link it as a website instead, or use its feed address.`));
  });

  it.each([
    ["/feeds/truncated.xml", "it is cut short"],
    ["/feeds/broken.json", "its JSON is malformed or cut short"],
    ["/feeds/empty.xml", "the response is empty"],
    ["/feeds/not-a-feed.json", "it is JSON, but not a JSON Feed"],
  ])("says %s is not a valid feed, and why", async (path, reason) => {
    const error: unknown = await sync(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as Error).message).toBe(`${fake.origin}${path} is not a valid RSS, Atom or JSON feed (${reason}).`);
  });

  it("never reads a file through an external entity (XXE)", async () => {
    const error: unknown = await sync("/feeds/xxe.xml").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as Error).message).toContain("external entities");
    expect((error as Error).message).not.toMatch(/root:|\/bin\/|nologin/);

    // Straight through the parser too, with the entity used everywhere text can go.
    const payload = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title><item><title>&x;</title><description>&x;</description></item></channel></rss>`;
    let parsed: unknown;
    try {
      parsed = parseFeedDocument(payload, "https://xxe.example/feed.xml");
    } catch (caught) {
      parsed = caught instanceof Error ? caught.message : caught;
    }
    expect(JSON.stringify(parsed)).not.toMatch(/root:|\/bin\/|nologin/);
  });

  it("does not expand nested entities (billion laughs)", async () => {
    const started = Date.now();
    const { profileStep, updates } = await sync("/feeds/billion-laughs.xml");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(profileStep.profile?.displayName?.length ?? 0).toBeLessThan(100);
    expect(JSON.stringify(updates).length).toBeLessThan(5000);
    expect(JSON.stringify(updates)).not.toContain("lollollol");
  });

  it("finds the root element past the prolog", () => {
    expect(rootElement(`<?xml version="1.0"?>\n<!-- hi -->\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">`)).toBe("rss");
    expect(rootElement(`<!DOCTYPE feed [<!ENTITY a "b">]><feed xmlns="http://www.w3.org/2005/Atom">`)).toBe("feed");
    expect(rootElement(`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">`)).toBe("html");
  });
});

describe("states and transient trouble", () => {
  it("reports a feed that is not there as not found", async () => {
    state.feeds["ana.atom"] = { ...state.feeds["ana.atom"]!, status: 404 };
    const { profileStep, updates } = await sync("/feeds/ana.atom");
    expect(profileStep).toMatchObject({ state: "not_found", profile: null, stateReason: `There is no feed at ${fake.origin}/feeds/ana.atom any more (HTTP 404).` });
    expect(updates).toEqual([]);
  });

  it("reports a feed taken down for good as gone", async () => {
    const { profileStep } = await sync("/feeds/gone.xml");
    expect(profileStep).toMatchObject({ state: "gone", profile: null, stateReason: `The feed at ${fake.origin}/feeds/gone.xml was taken down for good (HTTP 410).` });
  });

  it("turns 429 into a rate-limit error with the server's wait", async () => {
    fake.fault("/feeds/ana.atom", { status: 429, headers: { "retry-after": "30" } });
    const error: unknown = await sync("/feeds/ana.atom").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBe(30_000);
  });

  it("turns 500 into a retryable unavailable error", async () => {
    fake.fault("/feeds/ana.atom", { status: 500 });
    await expect(sync("/feeds/ana.atom")).rejects.toBeInstanceOf(SourceUnavailableError);
  });

  it("keeps the old cursor when fetchUpdates gets an unchanged carry", async () => {
    const context = { http: newHttp(), config, limit: 20 };
    const cursor = { seen: { a: "x" }, firstSeen: {} };
    const result = await feedAdapter.fetchUpdates(context, { input: `${fake.origin}/feeds/ana.atom`, cursor }, { unchanged: true, updates: [], cursor: null });
    expect(result).toEqual({ updates: [], cursor });
  });
});
