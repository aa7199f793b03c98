import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakeGitHub, type FakeGitHubState } from "@/e2e/fake-sources/github";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { UserInputError } from "@/server/errors";
import { HostPacer } from "@/server/net/host-pacer";
import { safeFetch } from "@/server/net/safe-fetch";
import { compareEventIds, githubAdapter, nextLink, normalizeBlog, readCursor, updateFromEvent, type GitHubEvent } from "./github";
import { SourceHttp, SourceRateLimitedError, SourceUnavailableError, type Validators } from "./http";
import type { Json, SourcesConfig } from "./types";

let server: FakeServer;
let fake: FakeGitHubState;
let config: SourcesConfig;

beforeAll(async () => {
  const github = fakeGitHub();
  fake = github.state;
  server = await startFakeServer([github.handler]);
  config = { blueskyAppViewUrl: server.origin, githubApiUrl: server.origin, githubToken: undefined, allowPrivateNetwork: true };
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.clearFaults();
  fake.refillRateLimit();
});

/** A SourceHttp on a fresh pacer, noting the status of every answer. */
function makeHttp(validators?: Record<string, Validators>) {
  const statuses: number[] = [];
  const http = new SourceHttp({
    allowPrivateNetwork: true,
    pacer: new HostPacer({ minIntervalMs: 0 }),
    ...(validators ? { validators } : {}),
    fetch: async (url, options) => {
      const response = await safeFetch(url, options);
      statuses.push(response.status);
      return response;
    },
  });
  return { http, statuses };
}

async function sync(input: string, { cursor = null, limit = 20, validators, token }: { cursor?: Json; limit?: number; validators?: Record<string, Validators>; token?: string } = {}) {
  const { http, statuses } = makeHttp(validators);
  const context = { http, config: { ...config, githubToken: token }, limit };
  const canonical = githubAdapter.parseInput(input, config);
  const profile = await githubAdapter.fetchProfile(context, { input: canonical, cursor });
  const updates = profile.state === "ok" ? await githubAdapter.fetchUpdates(context, { input: canonical, cursor }, profile.carry) : null;
  return { profile, updates, http, statuses, cursor: updates?.cursor ?? cursor };
}

const requestsSince = (mark: number) => server.requests.slice(mark);

describe("parseInput", () => {
  it.each([
    ["octocat", "octocat"],
    ["@OctoCat", "octocat"],
    ["  mona-lisa-42 ", "mona-lisa-42"],
    ["https://github.com/Octocat", "octocat"],
    ["https://github.com/octocat/", "octocat"],
    ["github.com/octocat", "octocat"],
    ["http://www.github.com/octocat?tab=repositories", "octocat"],
    ["a".repeat(39), "a".repeat(39)],
  ])("accepts %j as %j", (input, expected) => {
    expect(githubAdapter.parseInput(input, config)).toBe(expected);
  });

  it.each([
    "",
    "-octocat",
    "octocat-",
    "octo--cat",
    "octo_cat",
    "octo cat",
    "a".repeat(40),
    "https://github.com/octocat/hello-world",
    "https://github.com/settings",
    "https://github.com/",
    "https://gitlab.com/octocat",
    "octocat@github.com",
  ])("rejects %j, saying what to type", (input) => {
    expect(() => githubAdapter.parseInput(input, config)).toThrow(new UserInputError("Type a GitHub username like octocat, or the profile's address."));
  });
});

describe("profile", () => {
  it("maps a full profile: organisation without @, blog made absolute, Twitter link, unicode and emoji kept", async () => {
    const mark = server.requests.length;
    const { profile } = await sync("https://github.com/Sofia-Lindqvist");
    expect(profile.state).toBe("ok");
    expect(profile.stateReason).toBeNull();
    expect(profile.profile).toEqual({
      displayName: "Sofia Lindqvist",
      handle: "sofia-lindqvist",
      url: "https://github.com/sofia-lindqvist",
      avatarUrl: `${server.origin}/avatars/u/5550001?v=4`,
      bio: "Builds small tools 🛠️ for <people> & plain text. Mostly TypeScript.",
      location: "Göteborg, Sverige",
      company: "kith-labs",
      title: null,
      links: ["https://sofia-lindqvist.example/notes", "https://twitter.com/sofia_builds"],
      verifiedLinks: [],
    });
    expect(profile.suggestions).toEqual([{ kind: "website", input: "https://sofia-lindqvist.example/notes" }]);
    const [request] = requestsSince(mark);
    expect(request?.path).toBe("/users/sofia-lindqvist");
    expect(request?.headers.accept).toBe("application/vnd.github+json");
    expect(request?.headers["x-github-api-version"]).toBe("2022-11-28");
    expect(request?.headers.authorization).toBeUndefined();
  });

  it("sends the token when one is configured", async () => {
    const mark = server.requests.length;
    await sync("sofia-lindqvist", { token: "ghp_test123" });
    expect(requestsSince(mark).map((request) => request.headers.authorization)).toEqual(["Bearer ghp_test123", "Bearer ghp_test123"]);
  });

  it("gives null, never undefined or empty strings, for missing fields", async () => {
    const { profile, updates } = await sync("zhang-wei-42");
    expect(profile.profile).toEqual({
      displayName: "张伟",
      handle: "zhang-wei-42",
      url: "https://github.com/zhang-wei-42",
      avatarUrl: `${server.origin}/avatars/u/5550002?v=4`,
      bio: null,
      location: null,
      company: null,
      title: null,
      links: [],
      verifiedLinks: [],
    });
    expect(profile.suggestions).toEqual([]);
    expect(updates?.updates).toEqual([]);
  });

  it("suggests a blog that is a Mastodon profile as Mastodon, and drops a blog that is no web address", async () => {
    fake.addUser({ login: "blog-mastodon", blog: "https://social.example/@ines" });
    fake.addUser({ login: "blog-junk", blog: "javascript:alert(1)", twitter_username: "not a handle!" });
    expect((await sync("blog-mastodon")).profile.suggestions).toEqual([{ kind: "mastodon", input: "@ines@social.example" }]);
    const junk = await sync("blog-junk");
    expect(junk.profile.profile?.links).toEqual([]);
    expect(junk.profile.suggestions).toEqual([]);
  });

  it("says not_found for a login nobody has, with GitHub's own 404 body", async () => {
    const { profile, updates } = await sync("nobody-here-404");
    expect(profile).toMatchObject({ state: "not_found", profile: null, stateReason: "No GitHub account is called nobody-here-404." });
    expect(updates).toBeNull();
    const response = await fetch(`${server.origin}/users/nobody-here-404`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('{"message":"Not Found","documentation_url":"https://docs.github.com/rest/users/users#get-a-user","status":"404"}');
    expect(response.headers.get("x-ratelimit-resource")).toBe("core");
  });

  it("says moved, and suggests the new login, when the account was renamed", async () => {
    fake.addUser({ login: "old-name", name: "Renata" });
    const first = await sync("old-name");
    expect(readCursor(first.cursor).userId).toBeTypeOf("number");
    fake.renameUser("old-name", "Renata-New");
    const { profile } = await sync("old-name", { cursor: first.cursor });
    expect(profile).toMatchObject({ state: "moved", stateReason: "renamed to Renata-New on GitHub", profile: null, suggestions: [{ kind: "github", input: "renata-new" }] });
  });

  it("says gone when the account was deleted, even if someone else took the login since", async () => {
    fake.addUser({ login: "short-lived" });
    const first = await sync("short-lived");
    fake.deleteUser("short-lived");
    expect((await sync("short-lived", { cursor: first.cursor })).profile).toMatchObject({ state: "gone", stateReason: "The GitHub account short-lived was deleted." });
    fake.addUser({ login: "Short-Lived", name: "A stranger" });
    const { profile } = await sync("short-lived", { cursor: first.cursor });
    expect(profile).toMatchObject({ state: "gone", profile: null });
  });
});

describe("updates", () => {
  it("summarises each kind of event in words, with links, sanitised", async () => {
    const { updates } = await sync("sofia-lindqvist");
    const list = updates?.updates ?? [];
    expect(list.map((update) => update.text.split("\n")[0])).toEqual([
      "released v1.2.0 of sofia-lindqvist/plain-notes",
      "forked kith-labs/handbook to sofia-lindqvist/handbook",
      "merged pull request #13 in marek-nowak/tiny-calendar: Use ISO weeks",
      "commented on issue #12 in marek-nowak/tiny-calendar: Week numbers are off by one in January",
      "opened issue #12 in marek-nowak/tiny-calendar: Week numbers are off by one in January",
      "starred marek-nowak/tiny-calendar",
      "pushed 2 commits to sofia-lindqvist/plain-notes on main",
      "created repository sofia-lindqvist/plain-notes",
    ]);
    const byKind = (start: string) => list.find((update) => update.text.startsWith(start));
    const push = byKind("pushed");
    expect(push?.text).toBe("pushed 2 commits to sofia-lindqvist/plain-notes on main\n\nAdd search\nFix the å/ä/ö sorting");
    expect(push?.url).toBe("https://github.com/sofia-lindqvist/plain-notes/compare/1a2b3c4d5e6f...9b2f6a0c1d3e");
    expect(push?.html).toContain('<a href="https://github.com/sofia-lindqvist/plain-notes" rel="nofollow noopener noreferrer ugc" target="_blank">sofia-lindqvist/plain-notes</a>');
    expect(byKind("merged")?.url).toBe("https://github.com/marek-nowak/tiny-calendar/pull/13");
    expect(byKind("starred")?.url).toBe("https://github.com/marek-nowak/tiny-calendar");
    expect(byKind("released")?.url).toBe("https://github.com/sofia-lindqvist/plain-notes/releases/tag/v1.2.0");
    const comment = byKind("commented");
    expect(comment?.url).toBe("https://github.com/marek-nowak/tiny-calendar/issues/12#issuecomment-2400000001");
    expect(comment?.text).toContain("<script>alert('hi')</script> 🙏");
    expect(comment?.html).not.toContain("<script");
    expect(comment?.html).toContain("&lt;script&gt;");
    for (const update of list) {
      expect(update.externalId).toMatch(/^\d+$/);
      expect(Number.isNaN(Date.parse(update.publishedAt))).toBe(false);
      expect(update).toMatchObject({ editedAt: null, isRepost: false, media: [] });
    }
    expect(updates?.cursor).toEqual({ userId: 5550001, newestEventId: list[0]?.externalId, pollIntervalSeconds: 60 });
  });

  it("costs two conditional requests answered 304 on an unchanged resync, and gives nothing", async () => {
    const first = await sync("sofia-lindqvist");
    const mark = server.requests.length;
    const second = await sync("sofia-lindqvist", { cursor: first.cursor, validators: first.http.validators });
    expect(second.statuses).toEqual([304, 304]);
    const requests = requestsSince(mark);
    expect(requests).toHaveLength(2);
    for (const request of requests) expect(request.headers["if-none-match"]).toMatch(/^".+"$/);
    expect(second.profile).toMatchObject({ state: "ok", profile: null });
    expect(second.updates?.updates).toEqual([]);
    expect(second.cursor).toEqual(first.cursor);
  });

  it("returns only the events since the last sync, and a changed profile", async () => {
    fake.addUser({ login: "inc-user", name: "Before" });
    fake.addEvent("inc-user", { type: "WatchEvent", repo: "a/one", payload: { action: "started" } });
    const first = await sync("inc-user");
    expect(first.updates?.updates).toHaveLength(1);
    fake.addEvent("inc-user", { type: "PublicEvent", repo: "inc-user/secret-sauce", payload: {} });
    fake.addEvent("inc-user", { type: "CreateEvent", repo: "inc-user/secret-sauce", payload: { ref: "feature/ü", ref_type: "branch" } });
    fake.editUser("inc-user", { name: "After" });
    const second = await sync("inc-user", { cursor: first.cursor, validators: first.http.validators });
    expect(second.profile.profile?.displayName).toBe("After");
    expect(second.updates?.updates.map((update) => [update.text, update.url])).toEqual([
      ["created branch feature/ü in inc-user/secret-sauce", "https://github.com/inc-user/secret-sauce/tree/feature/%C3%BC"],
      ["made inc-user/secret-sauce public", "https://github.com/inc-user/secret-sauce"],
    ]);
    const third = await sync("inc-user", { cursor: second.cursor, validators: second.http.validators });
    expect(third.updates?.updates).toEqual([]);
  });

  it("follows Link pages on a first sync until it has the limit, then stops at what it already has", async () => {
    const bee = fake.addUser({ login: "busy-bee" });
    for (let i = 0; i < 130; i++) fake.addEvent("busy-bee", { type: "WatchEvent", repo: `someone/repo-${i}`, payload: { action: "started" } });
    let mark = server.requests.length;
    const first = await sync("busy-bee", { limit: 120 });
    expect(requestsSince(mark).map((request) => request.path)).toEqual(["/users/busy-bee", "/users/busy-bee/events/public?per_page=100", `/user/${bee.id}/events/public?per_page=100&page=2`]);
    const texts = first.updates?.updates.map((update) => update.text) ?? [];
    expect(texts).toHaveLength(120);
    expect(texts[0]).toBe("starred someone/repo-129");
    expect(texts[119]).toBe("starred someone/repo-10");

    for (let i = 130; i < 133; i++) fake.addEvent("busy-bee", { type: "WatchEvent", repo: `someone/repo-${i}`, payload: { action: "started" } });
    mark = server.requests.length;
    const second = await sync("busy-bee", { limit: 120, cursor: first.cursor, validators: first.http.validators });
    expect(second.updates?.updates.map((update) => update.text)).toEqual(["starred someone/repo-132", "starred someone/repo-131", "starred someone/repo-130"]);
    expect(requestsSince(mark)).toHaveLength(2);
  });

  it("asks for no more than the limit on a small first sync", async () => {
    const mark = server.requests.length;
    const { updates } = await sync("busy-bee", { limit: 5 });
    expect(updates?.updates).toHaveLength(5);
    expect(requestsSince(mark).map((request) => request.path)).toEqual(["/users/busy-bee", "/users/busy-bee/events/public?per_page=5"]);
  });
});

describe("trouble", () => {
  it("turns GitHub's 403 with no requests left into a rate limit with the wait until the reset", async () => {
    fake.exhaustRateLimit({ resetInSeconds: 120 });
    const error = await sync("sofia-lindqvist").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBeGreaterThan(100_000);
    expect((error as SourceRateLimitedError).retryAfterMs).toBeLessThanOrEqual(121_000);
  });

  it("treats the 429 form of an exhausted limit the same way", async () => {
    fake.exhaustRateLimit({ resetInSeconds: 600, status: 429 });
    const error = await sync("sofia-lindqvist").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBeGreaterThan(590_000);
  });

  it("waits as long as a 429's Retry-After says", async () => {
    server.fault("/users/", { status: 429, headers: { "retry-after": "30" }, body: '{"message":"You have exceeded a secondary rate limit."}' });
    const error = await sync("sofia-lindqvist").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBe(30_000);
  });

  it("waits as long as a secondary limit's 403 with Retry-After says", async () => {
    server.fault("/users/", { status: 403, headers: { "retry-after": "45", "x-ratelimit-remaining": "4000" }, body: '{"message":"You have exceeded a secondary rate limit."}' });
    const error = await sync("sofia-lindqvist").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBe(45_000);
  });

  it("throws SourceUnavailableError on a 500, and on a 403 that is no rate limit", async () => {
    server.fault("/users/", { status: 500 });
    await expect(sync("sofia-lindqvist")).rejects.toBeInstanceOf(SourceUnavailableError);
    server.fault("/users/", { status: 403, body: '{"message":"Forbidden"}' });
    await expect(sync("sofia-lindqvist")).rejects.toThrow("GitHub refused to answer (HTTP 403: Forbidden)");
  });

  it("throws SourceUnavailableError when the events answer 500", async () => {
    server.fault("/users/sofia-lindqvist/events", { status: 502 });
    await expect(sync("sofia-lindqvist")).rejects.toBeInstanceOf(SourceUnavailableError);
  });
});

describe("pure helpers", () => {
  const event = (type: string, payload: Record<string, unknown>): GitHubEvent => ({ id: "1", type, repo: { name: "o/r" }, payload, created_at: "2026-01-02T03:04:05Z" });

  it.each([
    [event("PushEvent", { ref: "refs/heads/dev", head: "abc", before: "0000000000000000000000000000000000000000" }), "pushed to o/r on dev", "https://github.com/o/r/commit/abc"],
    [event("PushEvent", { ref: "refs/heads/main", size: 1 }), "pushed 1 commit to o/r on main", "https://github.com/o/r"],
    [event("CreateEvent", { ref: "v2.0", ref_type: "tag" }), "created tag v2.0 in o/r", "https://github.com/o/r/tree/v2.0"],
    [event("DeleteEvent", { ref: "old", ref_type: "branch" }), "deleted branch old in o/r", "https://github.com/o/r"],
    [event("IssuesEvent", { action: "closed", issue: { number: 7, title: "Bug" } }), "closed issue #7 in o/r: Bug", "https://github.com/o/r/issues/7"],
    [event("PullRequestEvent", { action: "opened", number: 3, pull_request: { title: "Feat", body: "Adds **it**" } }), "opened pull request #3 in o/r: Feat\n\nAdds **it**", "https://github.com/o/r/pull/3"],
    [event("PullRequestEvent", { action: "closed", number: 4, pull_request: { merged: false } }), "closed pull request #4 in o/r", "https://github.com/o/r/pull/4"],
    [event("PullRequestReviewEvent", { action: "created", review: { state: "approved", html_url: "https://github.com/o/r/pull/3#r1" }, pull_request: { number: 3 } }), "approved pull request #3 in o/r", "https://github.com/o/r/pull/3#r1"],
    [event("ReleaseEvent", { action: "published", release: { tag_name: "v1.2" } }), "released v1.2 of o/r", "https://github.com/o/r/releases/tag/v1.2"],
    [event("MemberEvent", { action: "added", member: { login: "bo" } }), "added bo as a collaborator on o/r", "https://github.com/o/r"],
    [event("SponsorshipEvent", {}), "sponsorship activity in o/r", "https://github.com/o/r"],
  ])("summarises %#", (input, text, url) => {
    const update = updateFromEvent(input);
    expect(update.text).toBe(text);
    expect(update.url).toBe(url);
  });

  it("normalises the blog field", () => {
    expect(normalizeBlog("ana.example")).toBe("https://ana.example/");
    expect(normalizeBlog(" http://ana.example/blog ")).toBe("http://ana.example/blog");
    expect(normalizeBlog("")).toBeNull();
    expect(normalizeBlog(null)).toBeNull();
    expect(normalizeBlog("mailto:ana@ana.example")).toBeNull();
    expect(normalizeBlog("just words")).toBeNull();
  });

  it("compares big event ids exactly and reads only same-origin next links", () => {
    expect(compareEventIds("41000000010", "9999999999")).toBeGreaterThan(0);
    expect(compareEventIds("41000000010", "41000000011")).toBeLessThan(0);
    const base = "https://api.github.com";
    expect(nextLink('<https://api.github.com/user/1/events/public?page=2>; rel="next", <https://api.github.com/user/1/events/public?page=3>; rel="last"', base)).toBe("https://api.github.com/user/1/events/public?page=2");
    expect(nextLink('<https://evil.example/x?page=2>; rel="next"', base)).toBeNull();
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"', base)).toBeNull();
    expect(nextLink(undefined, base)).toBeNull();
  });
});
