import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeBluesky, fakeFacet } from "@/e2e/fake-sources/bluesky";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { UserInputError } from "@/server/errors";
import { HostPacer } from "@/server/net/host-pacer";
import { blueskyAdapter, richTextToHtml } from "@/server/sources/bluesky";
import { SourceHttp, SourceRateLimitedError, SourceUnavailableError, type Validators } from "@/server/sources/http";
import type { Json, SourcesConfig } from "@/server/sources/types";

let server: FakeServer;
const fake = fakeBluesky();
const { state } = fake;

const config = (): SourcesConfig => ({ blueskyAppViewUrl: server.origin, githubApiUrl: server.origin, githubToken: undefined, allowPrivateNetwork: true });
const makeHttp = (validators?: Record<string, Validators>) => new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), validators });

async function sync(input: string, cursor: Json = null, { http = makeHttp(), limit = 20 }: { http?: SourceHttp; limit?: number } = {}) {
  const context = { http, config: config(), limit };
  const source = { input: blueskyAdapter.parseInput(input, config()), cursor };
  const first = server.requests.length;
  const profile = await blueskyAdapter.fetchProfile(context, source);
  // Results travel between steps as JSON.
  const carry = JSON.parse(JSON.stringify(profile.carry)) as Json;
  const updates = profile.state === "ok" ? await blueskyAdapter.fetchUpdates(context, source, carry) : null;
  return { profile, updates, http, requests: server.requests.slice(first), cursor: (updates ? JSON.parse(JSON.stringify(updates.cursor)) : cursor) as Json };
}

beforeAll(async () => {
  server = await startFakeServer([fake.handler]);
});
afterAll(async () => {
  await server.close();
});

describe("parseInput", () => {
  const parse = (input: string) => blueskyAdapter.parseInput(input, {} as SourcesConfig);

  it.each([
    ["ana.bsky.social", "ana.bsky.social"],
    ["  @Ana.Bsky.Social ", "ana.bsky.social"],
    ["ana.example.com", "ana.example.com"],
    ["did:plc:anaoyelaran2nunez4maps5x", "did:plc:anaoyelaran2nunez4maps5x"],
    ["did:web:ana.example.com", "did:web:ana.example.com"],
    ["https://bsky.app/profile/ana.bsky.social", "ana.bsky.social"],
    ["bsky.app/profile/@Ana.bsky.social/", "ana.bsky.social"],
    ["https://bsky.app/profile/did:plc:anaoyelaran2nunez4maps5x/post/3lbq2xkzmfs2c", "did:plc:anaoyelaran2nunez4maps5x"],
    ["https://bsky.app/profile/did%3Aplc%3Aanaoyelaran2nunez4maps5x", "did:plc:anaoyelaran2nunez4maps5x"],
    ["at://ana.bsky.social/app.bsky.feed.post/3lbq2xkzmfs2c", "ana.bsky.social"],
  ])("accepts %j as %j", (input, canonical) => {
    expect(parse(input)).toBe(canonical);
  });

  it.each(["", "ana", "@ana", "ana@bsky.social", "@ana@mastodon.social", "https://example.com/ana", "https://bsky.app/search?q=ana", "https://bsky.app/profile/", "did:key:z6Mkabc", "did:plc:short", "ana.local", "handle.invalid", "ana..bsky.social", "-ana.bsky.social"])(
    "rejects %j and says what to type",
    (input) => {
      expect(() => parse(input)).toThrow(UserInputError);
      expect(() => parse(input)).toThrow("Type a Bluesky handle like ana.bsky.social, a DID, or the bsky.app profile address.");
    },
  );
});

describe("rich text", () => {
  it("links facets by UTF-8 byte offsets, even after emoji", () => {
    const text = "🗺️✨ map: example.com/x & more";
    const facets = [fakeFacet(text, "example.com/x", { $type: "app.bsky.richtext.facet#link", uri: "https://example.com/x" })];
    expect(richTextToHtml(text, facets)).toBe('<p>🗺️✨ map: <a href="https://example.com/x" rel="nofollow noopener noreferrer ugc" target="_blank">example.com/x</a> &amp; more</p>');
  });

  it("skips facets that point outside the text or cut a character in half", () => {
    const text = "héllo";
    const html = richTextToHtml(text, [
      { index: { byteStart: 2, byteEnd: 4 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://a.example/" }] },
      { index: { byteStart: 3, byteEnd: 99 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://b.example/" }] },
    ]);
    expect(html).toBe("<p>héllo</p>");
  });
});

describe("the seeded account", () => {
  it("reads the profile and the latest posts on the first sync", async () => {
    const { profile, updates, requests } = await sync("@ana.bsky.social");
    expect(profile.state).toBe("ok");
    expect(profile.profile).toEqual({
      displayName: "Ana Oyelaran-Núñez 🌻",
      handle: "ana.bsky.social",
      url: "https://bsky.app/profile/ana.bsky.social",
      avatarUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/img\/avatar\/plain\/did:plc:anaoyelaran2nunez4maps5x\//),
      bio: "Cartógrafa & <b>bread</b> person 🍞\nMaps, rivers, sourdough. She/her.",
      location: null,
      company: null,
      title: null,
      links: ["https://ana-maps.example/"],
      verifiedLinks: [],
    });
    expect(profile.suggestions).toEqual([{ kind: "website", input: "https://ana-maps.example/" }]);
    expect(requests.map((request) => request.path.split("?")[0])).toEqual([
      "/xrpc/com.atproto.identity.resolveHandle",
      "/xrpc/app.bsky.actor.getProfile",
      "/xrpc/app.bsky.feed.getAuthorFeed",
    ]);
    expect(requests[2]?.path).toContain("actor=did%3Aplc%3Aanaoyelaran2nunez4maps5x&limit=20&filter=posts_no_replies");

    const posts = updates?.updates ?? [];
    expect(posts.map((post) => post.text)).toEqual([
      "Weekend bike club ride: 42 km, one flat tire.",
      "Good read on old river charts",
      "🗺️✨ New map is up: ana-maps.example/rivers — thanks @bo.bsky.social for the ride data!",
      "Morning walk by the river 🌊",
      "Hi! I draw maps of rivers. Commissions open 🗺️",
    ]);
    const [repost, card, facets, image] = posts;
    expect(repost?.isRepost).toBe(true);
    expect(repost?.url).toMatch(/^https:\/\/bsky\.app\/profile\/bo\.bsky\.social\/post\/[a-z2-7]{13}$/);
    expect(repost?.externalId).toMatch(/^repost:at:\/\/did:plc:bobikeclub2weekend3ride4\/app\.bsky\.feed\.post\/\w+:/);
    expect(card?.media).toEqual([{ url: "https://charts.example/old-rivers", alt: "Old river charts, redrawn", kind: "link" }]);
    expect(facets?.html).toContain('<a href="https://ana-maps.example/rivers" rel="nofollow noopener noreferrer ugc" target="_blank">ana-maps.example/rivers</a>');
    expect(facets?.html).toContain('<a href="https://bsky.app/profile/did:plc:bobikeclub2weekend3ride4" rel="nofollow noopener noreferrer ugc" target="_blank">@bo.bsky.social</a>');
    expect(image?.media).toEqual([{ url: expect.stringContaining("/img/feed_fullsize/plain/did:plc:anaoyelaran2nunez4maps5x/"), alt: "Fog over the river at dawn", kind: "image" }]);
    expect(image?.url).toMatch(/^https:\/\/bsky\.app\/profile\/ana\.bsky\.social\/post\/[a-z2-7]{13}$/);
    expect(image?.isRepost).toBe(false);
    expect(image?.editedAt).toBeNull();
    expect(new Date(image?.publishedAt ?? "").toISOString()).toBe(image?.publishedAt);
  });

  it("costs two conditional requests, both 304, when nothing changed", async () => {
    const first = await sync("ana.bsky.social");
    const again = await sync("ana.bsky.social", first.cursor, { http: makeHttp(first.http.validators) });
    expect(again.requests).toHaveLength(2);
    for (const request of again.requests) expect(request.headers["if-none-match"]).toBeTruthy();
    expect(again.profile).toMatchObject({ state: "ok", profile: null });
    expect(again.updates?.updates).toEqual([]);
    expect(again.cursor).toEqual(first.cursor);
  });
});

describe("incremental sync", () => {
  it("returns only the new posts, and reposts apart from the original", async () => {
    const actor = state.addActor({ handle: "lin.bsky.social", displayName: "林 Lin" });
    for (let index = 1; index <= 3; index++) state.post(actor.did, { text: `old ${index}` });
    const first = await sync("lin.bsky.social");
    expect(first.updates?.updates.map((post) => post.text)).toEqual(["old 3", "old 2", "old 1"]);

    const fresh = state.post(actor.did, { text: "new one" });
    state.repost(actor.did, fresh.uri);
    const second = await sync("lin.bsky.social", first.cursor, { http: makeHttp(first.http.validators) });
    const posts = second.updates?.updates ?? [];
    expect(posts.map((post) => [post.text, post.isRepost])).toEqual([
      ["new one", true],
      ["new one", false],
    ]);
    expect(posts[0]?.externalId).not.toBe(posts[1]?.externalId);
    expect(posts[1]?.externalId).toBe(fresh.uri);

    const third = await sync("lin.bsky.social", second.cursor, { http: makeHttp(second.http.validators) });
    expect(third.updates?.updates).toEqual([]);
  });

  it("does not bring old posts back when the newest one it saw was deleted", async () => {
    const actor = state.addActor({ handle: "mo.bsky.social" });
    state.post(actor.did, { text: "keep" });
    const newest = state.post(actor.did, { text: "soon deleted" });
    const first = await sync("mo.bsky.social");
    state.deletePost(newest.uri);
    state.post(actor.did, { text: "after" });
    const second = await sync("mo.bsky.social", first.cursor);
    expect(second.updates?.updates.map((post) => post.text)).toEqual(["after"]);
  });

  it("follows cursors across pages up to the limit, and stops at what it has seen", async () => {
    const actor = state.addActor({ handle: "pages.bsky.social" });
    for (let index = 1; index <= 130; index++) state.post(actor.did, { text: `post ${index}` });
    const first = await sync("pages.bsky.social", null, { limit: 120 });
    expect(first.updates?.updates).toHaveLength(120);
    expect(first.updates?.updates[0]?.text).toBe("post 130");
    expect(first.updates?.updates[119]?.text).toBe("post 11");
    const feedRequests = first.requests.filter((request) => request.path.includes("getAuthorFeed"));
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[1]?.path).toMatch(/cursor=/);

    for (let index = 131; index <= 133; index++) state.post(actor.did, { text: `post ${index}` });
    const second = await sync("pages.bsky.social", first.cursor, { limit: 120 });
    expect(second.updates?.updates.map((post) => post.text)).toEqual(["post 133", "post 132", "post 131"]);
    expect(second.requests.filter((request) => request.path.includes("getAuthorFeed"))).toHaveLength(1);
  });

  it("stops when the feed has no more pages", async () => {
    const actor = state.addActor({ handle: "short.bsky.social" });
    state.post(actor.did, { text: "one" });
    state.post(actor.did, { text: "two" });
    const { updates } = await sync("short.bsky.social", null, { limit: 2 });
    expect(updates?.updates.map((post) => post.text)).toEqual(["two", "one"]);
  });

  it("lists a pinned post once, and an old pin neither ends nor restarts the walk", async () => {
    const did = "did:plc:pinnedpinnedpinnedpinned";
    const item = (rkey: string, text: string, at: string, pinned = false) => ({
      post: { uri: `at://${did}/app.bsky.feed.post/${rkey}`, cid: `cid${rkey}`, author: { did, handle: "pin.bsky.social" }, record: { $type: "app.bsky.feed.post", createdAt: at, text }, indexedAt: at },
      ...(pinned ? { reason: { $type: "app.bsky.feed.defs#reasonPin" } } : {}),
    });
    const pin = item("3aaaaaaaaaaa2", "pinned long ago", "2024-01-01T00:00:00.000Z", true);
    const page = (items: unknown[]) => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ feed: items }) });
    const context = (http: SourceHttp) => ({ http, config: config(), limit: 10 });
    const carry = { did, handle: "pin.bsky.social" };

    server.fault("/xrpc/app.bsky.feed.getAuthorFeed", page([pin, item("3bbbbbbbbbbb2", "newer", "2025-02-01T00:00:00.000Z"), { ...pin, reason: undefined }]));
    const first = await blueskyAdapter.fetchUpdates(context(makeHttp()), { input: did, cursor: null }, carry);
    expect(first.updates.map((post) => post.text)).toEqual(["pinned long ago", "newer"]);
    expect(first.cursor).toMatchObject({ newest: { key: `at://${did}/app.bsky.feed.post/3bbbbbbbbbbb2` } });

    server.fault("/xrpc/app.bsky.feed.getAuthorFeed", page([pin, item("3cccccccccccc", "newest", "2025-03-01T00:00:00.000Z"), item("3bbbbbbbbbbb2", "newer", "2025-02-01T00:00:00.000Z")]));
    const second = await blueskyAdapter.fetchUpdates(context(makeHttp()), { input: did, cursor: first.cursor }, carry);
    expect(second.updates.map((post) => post.text)).toEqual(["newest"]);
  });

  it("leaves out replies to other people", async () => {
    const actor = state.addActor({ handle: "quiet.bsky.social" });
    const other = state.post("bo.bsky.social", { text: "anyone riding sunday?" });
    state.post(actor.did, { text: "me!", replyTo: other.uri });
    state.post(actor.did, { text: "my own post" });
    const { updates } = await sync("quiet.bsky.social");
    expect(updates?.updates.map((post) => post.text)).toEqual(["my own post"]);
  });
});

describe("profiles", () => {
  it("gives null, never undefined, for what the profile lacks, and suggests a custom-domain handle as a website", async () => {
    state.addActor({ handle: "noor.example.com" });
    const { profile } = await sync("https://bsky.app/profile/noor.example.com");
    expect(profile.profile).toMatchObject({ displayName: null, bio: null, avatarUrl: null, links: [], handle: "noor.example.com", url: "https://bsky.app/profile/noor.example.com" });
    expect(JSON.stringify(profile.profile)).not.toContain("undefined");
    expect(profile.suggestions).toEqual([{ kind: "website", input: "https://noor.example.com", verified: true }]);
  });

  it("follows the account by its DID after a change of handle", async () => {
    const actor = state.addActor({ handle: "old-name.bsky.social", displayName: "Renamer" });
    const first = await sync("old-name.bsky.social");
    state.update(actor.did, { handle: "new-name.bsky.social" });
    const second = await sync("old-name.bsky.social", first.cursor, { http: makeHttp(first.http.validators) });
    expect(second.profile.state).toBe("ok");
    expect(second.profile.profile?.handle).toBe("new-name.bsky.social");
    expect(second.requests.every((request) => request.path.includes(encodeURIComponent(actor.did)))).toBe(true);
  });

  it("stays ok with a note when the handle no longer verifies", async () => {
    const actor = state.addActor({ handle: "broken.example.org", displayName: "Broken" });
    state.post(actor.did, { text: "still here" });
    const first = await sync("broken.example.org");
    state.invalidateHandle(actor.did);
    const { profile, updates } = await sync("broken.example.org", first.cursor);
    expect(profile.state).toBe("ok");
    expect(profile.stateReason).toMatch(/could not verify/);
    expect(profile.profile).toMatchObject({ handle: null, url: `https://bsky.app/profile/${actor.did}` });
    expect(profile.suggestions).toEqual([]);
    expect(updates?.updates).toEqual([]);
  });
});

describe("account states", () => {
  it("reports a suspended account", async () => {
    const actor = state.addActor({ handle: "banned.bsky.social" });
    const first = await sync("banned.bsky.social");
    state.takedown(actor.did);
    const { profile, updates } = await sync("banned.bsky.social", first.cursor);
    expect(profile).toMatchObject({ state: "suspended", profile: null, stateReason: "Bluesky has suspended banned.bsky.social." });
    expect(updates).toBeNull();
  });

  it("reports a deactivated account as gone, even on the first sync", async () => {
    const actor = state.addActor({ handle: "away.bsky.social" });
    state.deactivate(actor.did);
    const { profile } = await sync("away.bsky.social");
    expect(profile).toMatchObject({ state: "gone", stateReason: "The owner of away.bsky.social has deactivated the account." });
  });

  it("reports a deleted account and an unknown handle as not found", async () => {
    const actor = state.addActor({ handle: "deleted.bsky.social" });
    const first = await sync("deleted.bsky.social");
    state.remove(actor.did);
    expect((await sync("deleted.bsky.social", first.cursor)).profile).toMatchObject({ state: "not_found", stateReason: "No Bluesky account deleted.bsky.social exists." });
    expect((await sync("nobody-here.bsky.social")).profile).toMatchObject({ state: "not_found", stateReason: "No Bluesky account nobody-here.bsky.social exists." });
    expect((await sync("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa")).profile.state).toBe("not_found");
  });
});

describe("posts", () => {
  it("keeps text as text and makes HTML and script harmless", async () => {
    const actor = state.addActor({ handle: "tricky.bsky.social" });
    const text = "<script>alert(1)</script> <b>bold?</b> 😈 click me";
    state.post(actor.did, { text, facets: [fakeFacet(text, "click me", { $type: "app.bsky.richtext.facet#link", uri: "javascript:alert(2)" })] });
    const { updates } = await sync("tricky.bsky.social");
    const post = updates?.updates[0];
    expect(post?.text).toBe(text);
    expect(post?.html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold?&lt;/b&gt; 😈 click me</p>");
  });

  it("links mentions and tags, keeps line breaks", async () => {
    const actor = state.addActor({ handle: "tags.bsky.social" });
    const text = "Café ☕ with @bo.bsky.social\n\nTrying #latteart";
    state.post(actor.did, {
      text,
      facets: [fakeFacet(text, "#latteart", { $type: "app.bsky.richtext.facet#tag", tag: "latteart" }), fakeFacet(text, "@bo.bsky.social", { $type: "app.bsky.richtext.facet#mention", did: "did:plc:bobikeclub2weekend3ride4" })],
    });
    const { updates } = await sync("tags.bsky.social");
    expect(updates?.updates[0]?.html).toBe(
      '<p>Café ☕ with <a href="https://bsky.app/profile/did:plc:bobikeclub2weekend3ride4" rel="nofollow noopener noreferrer ugc" target="_blank">@bo.bsky.social</a></p><p>Trying <a href="https://bsky.app/hashtag/latteart" rel="nofollow noopener noreferrer ugc" target="_blank">#latteart</a></p>',
    );
  });

  it("lists images, a video and a quoted post with media", async () => {
    const actor = state.addActor({ handle: "media.bsky.social" });
    const quoted = state.post("bo.bsky.social", { text: "route map" });
    state.post(actor.did, { text: "", images: [{ alt: "A heron" }, {}] });
    state.post(actor.did, { text: "look", quote: quoted.uri, images: [{ alt: "Trail" }] });
    state.post(actor.did, { text: "clip", video: { alt: "Waves" } });
    const posts = (await sync("media.bsky.social")).updates?.updates ?? [];
    const [video, quote, images] = posts;
    expect(video?.media).toEqual([{ url: expect.stringMatching(/playlist\.m3u8$/), alt: "Waves", kind: "video" }]);
    expect(quote?.media).toEqual([
      { url: expect.stringContaining("/img/feed_fullsize/"), alt: "Trail", kind: "image" },
      { url: `https://bsky.app/profile/bo.bsky.social/post/${quoted.uri.split("/").pop()}`, alt: null, kind: "link" },
    ]);
    expect(images?.media.map((media) => media.alt)).toEqual(["A heron", null]);
    expect(images?.html).toBe("");
  });
});

describe("trouble at the far end", () => {
  it("turns a 429 into a rate-limit error with the wait asked for", async () => {
    server.fault("/xrpc/app.bsky.actor.getProfile", { status: 429, headers: { "retry-after": "30" }, body: JSON.stringify({ error: "RateLimitExceeded", message: "Rate Limit Exceeded" }) });
    const error = await sync("did:plc:anaoyelaran2nunez4maps5x").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBe(30_000);
  });

  it("turns a 500 into an unavailable error", async () => {
    server.fault("/xrpc/app.bsky.feed.getAuthorFeed", { status: 500, body: JSON.stringify({ error: "InternalServerError", message: "Internal Server Error" }) });
    await expect(sync("did:plc:anaoyelaran2nunez4maps5x")).rejects.toBeInstanceOf(SourceUnavailableError);
  });

  it("says so when the answer is not a profile", async () => {
    server.fault("/xrpc/app.bsky.actor.getProfile", { status: 200, body: "<html>maintenance</html>" });
    await expect(sync("did:plc:anaoyelaran2nunez4maps5x")).rejects.toThrow(SourceUnavailableError);
  });
});
