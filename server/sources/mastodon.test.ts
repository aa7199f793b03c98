import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeMastodon, type FakeMastodonState } from "@/e2e/fake-sources/mastodon";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { UserInputError } from "@/server/errors";
import { HostPacer } from "@/server/net/host-pacer";
import { SourceHttp, SourceRateLimitedError, SourceUnavailableError, type Validators } from "./http";
import { compareIds, mastodonAdapter, nextLink } from "./mastodon";
import type { Json, ProfileStepResult, SourcesConfig, UpdatesStepResult } from "./types";

let server: FakeServer;
let state: FakeMastodonState;
let config: SourcesConfig;

beforeAll(async () => {
  const fake = fakeMastodon();
  state = fake.state;
  server = await startFakeServer([fake.handler]);
  config = { blueskyAppViewUrl: server.origin, githubApiUrl: server.origin, githubToken: undefined, allowPrivateNetwork: true };
});

afterAll(async () => {
  await server.close();
});

interface SyncResult {
  profile: ProfileStepResult;
  updates: UpdatesStepResult | null;
  cursor: Json;
  validators: Record<string, Validators>;
  /** The requests this sync sent to the fake. */
  requests: FakeServer["requests"];
}

/** One sync as the lead's job runs it: the profile, then (when ok) the updates. */
async function sync(input: string, previous?: SyncResult, limit = 20): Promise<SyncResult> {
  const before = server.requests.length;
  const cursor = previous?.cursor ?? null;
  const validators = previous?.validators ?? {};
  const profileHttp = new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), validators });
  const profile = await mastodonAdapter.fetchProfile({ http: profileHttp, config, limit }, { input, cursor });
  let updates: UpdatesStepResult | null = null;
  let nextValidators = { ...validators, ...profileHttp.validators };
  if (profile.state === "ok") {
    const updatesHttp = new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), validators: nextValidators });
    updates = await mastodonAdapter.fetchUpdates({ http: updatesHttp, config, limit }, { input, cursor }, profile.carry);
    nextValidators = { ...nextValidators, ...updatesHttp.validators };
  }
  return { profile, updates, cursor: updates?.cursor ?? cursor, validators: nextValidators, requests: server.requests.slice(before) };
}

const handle = (username: string) => `@${username}@${server.host}`;

describe("parseInput", () => {
  const parse = (input: string) => mastodonAdapter.parseInput(input, config);

  it("accepts handles and profile addresses, lower-casing the host", () => {
    expect(parse("@ana@Example.Social")).toBe("@ana@example.social");
    expect(parse("  ana@example.social ")).toBe("@ana@example.social");
    expect(parse("https://example.social/@ana")).toBe("@ana@example.social");
    expect(parse("https://EXAMPLE.social/@ana/")).toBe("@ana@example.social");
    expect(parse("https://example.social/users/ana")).toBe("@ana@example.social");
    expect(parse("http://127.0.0.1:4100/@ana")).toBe("@ana@127.0.0.1:4100");
    expect(parse("@ana@127.0.0.1:4100")).toBe("@ana@127.0.0.1:4100");
    expect(parse("https://mastodon.social/@Ana_L.x")).toBe("@Ana_L.x@mastodon.social");
  });

  it("keeps a remote account seen from another server as that account", () => {
    expect(parse("https://mastodon.social/@bea@pixel.example")).toBe("@bea@pixel.example");
  });

  it.each(["ana", "@ana", "example.social", "https://example.social/", "https://example.social/@ana/123456", "https://github.com/ana/repo", "@ana@@example.social", "@ana@example", "ana lima@example.social", "mailto:ana@example.social", ""])(
    "rejects %j with a message saying what to type",
    (input) => {
      expect(() => parse(input)).toThrow(UserInputError);
      expect(() => parse(input)).toThrow("Type a Mastodon handle like @ana@example.social, or the profile's address.");
    },
  );
});

describe("first sync", () => {
  it("reads the seeded profile: name, handle, bio with emoji shortcodes, fields as location, links and suggestions", async () => {
    const result = await sync(handle("ana"));
    expect(result.profile.state).toBe("ok");
    expect(result.profile.stateReason).toBeNull();
    const profile = result.profile.profile;
    expect(profile).toMatchObject({
      displayName: "Ana Lima",
      handle: `@ana@${server.host}`,
      url: `${server.origin}/@ana`,
      avatarUrl: `${server.origin}/system/accounts/avatars/ana.png`,
      location: "Lisbon, Portugal",
      company: null,
      title: null,
    });
    expect(profile?.bio?.split(/\n+/)).toEqual(["Urbanist, cyclist and tram enthusiast :blobcat:", "Writing about #cities & public space."]);
    expect(profile?.links).toEqual(["https://ana-lima.example/", "https://github.com/ana-lima", `${server.origin}/@ana`]);
    expect(profile?.verifiedLinks).toEqual(["https://ana-lima.example/"]);
    expect(result.profile.suggestions).toEqual([
      { kind: "website", input: "https://ana-lima.example/", verified: true },
      { kind: "github", input: "ana-lima" },
    ]);
    // WebFinger, lookup, one page of statuses.
    expect(result.requests.map((request) => request.path.replace(/\?.*/, ""))).toEqual(["/.well-known/webfinger", "/api/v1/accounts/lookup", `/api/v1/accounts/${state.ana?.id}/statuses`]);
  });

  it("returns the newest posts with sanitised HTML, media with alt text and content warnings", async () => {
    const result = await sync(handle("ana"));
    const updates = result.updates?.updates ?? [];
    expect(updates).toHaveLength(3);
    const [tram, article, first] = updates;
    expect(tram).toMatchObject({
      text: "CW: tram photos\n\nCaught the 28 on the steepest bit of Graça.",
      isRepost: false,
      editedAt: null,
      media: [{ url: `${server.origin}/system/media_attachments/files/tram-28.jpg`, alt: "Tram 28 on a hill", kind: "image" }],
    });
    expect(tram?.html).toContain("CW: tram photos");
    expect(tram?.url).toMatch(new RegExp(`^${server.origin}/@ana/\\d+$`));
    expect(article?.text).toContain("https://ana-lima.example/2025/squares");
    expect(article?.html).toContain('href="https://ana-lima.example/2025/squares"');
    expect(first?.text).toBe("Bom dia! First post from my new server.");
    expect(new Set(updates.map((update) => update.externalId)).size).toBe(3);
    expect(result.cursor).toMatchObject({ apiOrigin: server.origin, accountId: state.ana?.id, domain: server.host, sinceId: tram?.externalId });
  });

  it("keeps unicode names, and gives null (never undefined) for what the account leaves out", async () => {
    state.addAccount({ username: "zoe", displayName: "  Zoë Ça’va 🌿​ ", note: "", avatar: null });
    const result = await sync(handle("zoe"));
    expect(result.profile.profile).toEqual({
      displayName: "Zoë Ça’va 🌿",
      handle: `@zoe@${server.host}`,
      url: `${server.origin}/@zoe`,
      avatarUrl: null,
      bio: null,
      location: null,
      company: null,
      title: null,
      links: [`${server.origin}/@zoe`],
      verifiedLinks: [],
    });
    expect(result.profile.suggestions).toEqual([]);
    expect(result.updates?.updates).toEqual([]);
    expect(result.cursor).toMatchObject({ sinceId: null });
  });

  it("maps fields named like a job or an employer, not pronouns, and suggests linked profiles", async () => {
    state.addAccount({
      username: "rui",
      displayName: "Rui :verified: Costa",
      emojis: ["verified"],
      note: '<p>Hi <img src="x" onerror="alert(1)"> <script>alert(1)</script>there</p>',
      fields: [
        { name: "Pronouns", value: "he/him" },
        { name: "Works at", value: "Tram &amp; Co" },
        { name: "Job title", value: "<p>Chief <b>Cartographer</b></p>" },
        { name: "Based in", value: "Porto" },
        { name: "Alt", value: '<span class="h-card"><a href="https://other.example/@rui" class="u-url mention" rel="nofollow noopener noreferrer" target="_blank">@<span>rui</span></a></span>' },
        { name: "Bluesky", value: '<a href="https://bsky.app/profile/rui.example" rel="me">bsky.app/profile/rui.example</a>', verifiedAt: "2025-01-01T00:00:00Z" },
        { name: "Blog", value: "https://rui.example/blog", verifiedAt: "2025-01-01T00:00:00Z" },
        { name: "Code", value: '<a href="https://github.com/rui-c">GitHub</a>', verifiedAt: "2025-01-01T00:00:00Z" },
      ],
    });
    const result = await sync(`${server.origin}/@rui`);
    const profile = result.profile.profile;
    expect(profile?.displayName).toBe("Rui :verified: Costa");
    expect(profile?.bio).toBe("Hi there");
    expect(profile).toMatchObject({ company: "Tram & Co", title: "Chief Cartographer", location: "Porto" });
    expect(profile?.verifiedLinks).toEqual(["https://bsky.app/profile/rui.example", "https://rui.example/blog", "https://github.com/rui-c"]);
    expect(result.profile.suggestions).toEqual([
      { kind: "mastodon", input: "@rui@other.example" },
      { kind: "bluesky", input: "rui.example", verified: true },
      { kind: "website", input: "https://rui.example/blog", verified: true },
      { kind: "github", input: "rui-c", verified: true },
    ]);
  });

  it("keeps only public and unlisted posts, skips replies to others, marks reblogs and edits, and strips scripts", async () => {
    const author = state.addAccount({ username: "caro", displayName: "Carolina" });
    const other = state.addAccount({ username: "dani" });
    const original = state.addStatus("dani", { content: "<p>Dani's <em>great</em> thread</p>" });
    const boost = state.addStatus("caro", { reblogOf: original.id });
    state.addStatus("caro", { content: "<p>followers only</p>", visibility: "private" });
    state.addStatus("caro", { content: "<p>a secret</p>", visibility: "direct" });
    const quiet = state.addStatus("caro", { content: "<p>quiet public</p>", visibility: "unlisted" });
    state.addStatus("caro", { content: "<p>@dani yes!</p>", inReplyToId: original.id, inReplyToAccountId: other.id });
    const edited = state.addStatus("caro", { content: '<p>Look <a href="javascript:alert(1)">here</a><script>alert("x")</script><iframe src="https://evil.example"></iframe></p>' });
    state.editStatus(edited.id, { content: '<p>Look <a href="javascript:alert(1)" onclick="steal()">here</a><script>alert("x")</script> (fixed)</p>' });

    const result = await sync(handle("caro"));
    const updates = result.updates?.updates ?? [];
    expect(updates.map((update) => update.externalId)).toEqual([edited.id, quiet.id, boost.id]);
    const [fixed, , reblog] = updates;
    expect(fixed?.editedAt).not.toBeNull();
    expect(fixed?.text).toBe("Look here (fixed)");
    expect(fixed?.html).not.toMatch(/script|javascript|onclick|iframe/i);
    expect(reblog).toMatchObject({ isRepost: true, text: "Dani's great thread", url: `${server.origin}/@dani/${original.id}` });
    expect(reblog?.html).toContain("<em>great</em>");
    expect(result.profile.carry).toMatchObject({ accountId: author.id });
  });

  it("follows Link rel=next pages until the limit is reached", async () => {
    const account = state.addAccount({ username: "prolific" });
    for (let index = 1; index <= 50; index++) state.addStatus("prolific", { content: `<p>post ${index}</p>` });
    const result = await sync(handle("prolific"), undefined, 45);
    const updates = result.updates?.updates ?? [];
    expect(updates).toHaveLength(45);
    expect(updates[0]?.text).toBe("post 50");
    expect(updates[44]?.text).toBe("post 6");
    const pages = result.requests.filter((request) => request.path.startsWith(`/api/v1/accounts/${account.id}/statuses`));
    expect(pages.map((request) => request.path)).toEqual([
      `/api/v1/accounts/${account.id}/statuses?limit=40&exclude_replies=true`,
      expect.stringMatching(/max_id=\d+/),
    ]);
  });
});

describe("later syncs", () => {
  it("costs one conditional request answered 304 when nothing changed", async () => {
    state.addAccount({ username: "eva", displayName: "Eva", note: "<p>hi</p>" });
    state.addStatus("eva", { content: "<p>one</p>" });
    const first = await sync(handle("eva"));
    const second = await sync(handle("eva"), first);
    expect(second.profile).toMatchObject({ state: "ok", profile: null, suggestions: [] });
    expect(second.updates?.updates).toEqual([]);
    expect(second.cursor).toEqual(first.cursor);
    expect(second.requests).toHaveLength(1);
    for (const request of second.requests) expect(request.headers["if-none-match"]).toBeTruthy();
    expect(second.requests[0]?.path).toMatch(/^\/api\/v1\/accounts\/\d+$/);
    const third = await sync(handle("eva"), second);
    expect(third.requests).toHaveLength(1);
    expect(third.profile.profile).toBeNull();
  });

  it("returns only the posts that are new since last time, and then goes quiet again", async () => {
    state.addAccount({ username: "fil" });
    state.addStatus("fil", { content: "<p>old one</p>" });
    const old = state.addStatus("fil", { content: "<p>old two</p>" });
    const first = await sync(handle("fil"));
    expect(first.updates?.updates).toHaveLength(2);

    const fresh = state.addStatus("fil", { content: "<p>brand new</p>" });
    const second = await sync(handle("fil"), first);
    expect(second.profile.profile).not.toBeNull();
    expect(second.updates?.updates.map((update) => update.text)).toEqual(["brand new"]);
    expect(second.requests.find((request) => request.path.includes("/statuses"))?.path).toContain(`since_id=${old.id}`);
    expect(second.cursor).toMatchObject({ sinceId: fresh.id });
    // No WebFinger nor lookup once the account is known.
    expect(second.requests.some((request) => request.path.startsWith("/.well-known") || request.path.includes("lookup"))).toBe(false);

    const third = await sync(handle("fil"), second);
    expect(third.requests).toHaveLength(1);
    expect(third.updates?.updates).toEqual([]);
  });

  it("notices a suspension even though the account's ETag was once fresh, and every sync after it", async () => {
    state.addAccount({ username: "gil", displayName: "Gil" });
    const first = await sync(handle("gil"));
    state.suspend("gil");
    const second = await sync(handle("gil"), first);
    expect(second.profile).toMatchObject({ state: "suspended", profile: null });
    expect(second.profile.stateReason).toContain("suspended");
    // The lead keeps the cursor when fetchUpdates is not called.
    const third = await sync(handle("gil"), { ...second, cursor: first.cursor });
    expect(third.profile.state).toBe("suspended");
    state.suspend("gil", false);
    const fourth = await sync(handle("gil"), { ...third, cursor: first.cursor });
    expect(fourth.profile).toMatchObject({ state: "ok", profile: null });
  });

  it("reports an account deleted since the last sync as not found, or gone on a 410", async () => {
    state.addAccount({ username: "hugo" });
    state.addAccount({ username: "ines" });
    const hugo = await sync(handle("hugo"));
    const ines = await sync(handle("ines"));
    state.remove("hugo", 404);
    state.remove("ines", 410);
    expect((await sync(handle("hugo"), hugo)).profile).toMatchObject({ state: "not_found", profile: null });
    expect((await sync(handle("ines"), ines)).profile).toMatchObject({ state: "gone", profile: null });
  });
});

describe("account states", () => {
  it("says suspended for a suspended account", async () => {
    state.addAccount({ username: "jo" });
    state.suspend("jo");
    const result = await sync(handle("jo"));
    expect(result.profile).toMatchObject({ state: "suspended", profile: null, suggestions: [] });
    expect(result.updates).toBeNull();
  });

  it("says moved, with where to, and suggests the new account", async () => {
    state.addAccount({ username: "kim", displayName: "Kim" });
    state.move("kim", "@kim@new.example");
    const result = await sync(handle("kim"));
    expect(result.profile).toMatchObject({ state: "moved", stateReason: "moved to @kim@new.example", suggestions: [{ kind: "mastodon", input: "@kim@new.example" }] });
    state.addAccount({ username: "kim2" });
    state.move("kim", "kim2");
    expect((await sync(handle("kim"))).profile.stateReason).toBe(`moved to @kim2@${server.host}`);
  });

  it("says not found for an account the server does not know", async () => {
    const result = await sync(handle("nobody"));
    expect(result.profile).toMatchObject({ state: "not_found", profile: null });
    expect(result.profile.stateReason).toContain(`@nobody@${server.host}`);
  });

  it("says not found when WebFinger knows the account but the API does not", async () => {
    server.fault("/api/v1/accounts/lookup", { status: 404, body: JSON.stringify({ error: "Record not found" }) });
    expect((await sync(handle("ana"))).profile.state).toBe("not_found");
  });

  it("explains a server that only shows profiles to signed-in users", async () => {
    state.requireAuth = true;
    try {
      const failure = sync(handle("ana"));
      await expect(failure).rejects.toThrow(SourceUnavailableError);
      await expect(failure).rejects.toThrow(`${server.host} only shows profiles to signed-in users`);
    } finally {
      state.requireAuth = false;
    }
  });
});

describe("trouble", () => {
  it("turns a 429 into a rate-limit error with the wait the server asked for", async () => {
    server.fault("/api/v1/accounts", { status: 429, headers: { "retry-after": "7" }, body: JSON.stringify({ error: "Too many requests" }) });
    const failure = sync(handle("ana"));
    await expect(failure).rejects.toThrow(SourceRateLimitedError);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 7000 });
  });

  it("turns a 500 into an unavailable error", async () => {
    server.fault("/.well-known/webfinger", { status: 500 });
    await expect(sync(handle("ana"))).rejects.toThrow(SourceUnavailableError);
  });

  it("says so when a server's WebFinger names no profile", async () => {
    server.fault("/.well-known/webfinger", { status: 200, body: JSON.stringify({ subject: `acct:ana@${server.host}`, links: [{ rel: "salmon", href: "https://x.example/salmon" }] }) });
    await expect(sync(handle("ana"))).rejects.toThrow("does not seem to run Mastodon");
  });
});

describe("account domain served from another host", () => {
  let accountDomain: FakeServer;
  let webDomain: FakeServer;
  let split: FakeMastodonState;

  beforeAll(async () => {
    const fake = fakeMastodon();
    split = fake.state;
    accountDomain = await startFakeServer([fake.handler]);
    webDomain = await startFakeServer([fake.handler]);
    split.localDomain = accountDomain.host;
    split.webOrigin = webDomain.origin;
  });

  afterAll(async () => {
    await Promise.all([accountDomain.close(), webDomain.close()]);
  });

  it("asks WebFinger on the account's domain and the API on the server it names", async () => {
    const http = new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }) });
    const result = await mastodonAdapter.fetchProfile({ http, config, limit: 20 }, { input: `@ana@${accountDomain.host}`, cursor: null });
    expect(result.profile?.handle).toBe(`@ana@${accountDomain.host}`);
    expect(accountDomain.requests.map((request) => request.path.replace(/\?.*/, ""))).toEqual(["/.well-known/webfinger"]);
    expect(webDomain.requests.map((request) => request.path.replace(/\?.*/, ""))).toEqual(["/api/v1/accounts/lookup"]);
    expect(result.carry).toMatchObject({ apiOrigin: webDomain.origin, domain: accountDomain.host });
  });

  it("names the account by its WebFinger subject when given the web domain's address, once the subject's domain confirms it", async () => {
    const http = new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }) });
    const input = mastodonAdapter.parseInput(`${webDomain.origin}/@ana`, config);
    const result = await mastodonAdapter.fetchProfile({ http, config, limit: 20 }, { input, cursor: null });
    expect(result.profile?.handle).toBe(`@ana@${accountDomain.host}`);
  });
});

describe("helpers", () => {
  it("finds the next page in a Link header, only on the API's own origin", () => {
    const header = '<https://mastodon.example/api/v1/endpoint?max_id=7163058>; rel="next", <https://mastodon.example/api/v1/endpoint?min_id=7275607>; rel="prev"';
    expect(nextLink(header, "https://mastodon.example")).toBe("https://mastodon.example/api/v1/endpoint?max_id=7163058");
    expect(nextLink(header, "https://elsewhere.example")).toBeUndefined();
    expect(nextLink('<https://mastodon.example/x?min_id=1>; rel="prev"', "https://mastodon.example")).toBeUndefined();
  });

  it("orders snowflake ids numerically", () => {
    expect(compareIds("99", "100")).toBeLessThan(0);
    expect(compareIds("109000000000000002", "109000000000000001")).toBeGreaterThan(0);
  });
});
