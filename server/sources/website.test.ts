import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakeWebsite, htmlPage, profilePage, websiteFixture, type FakeWebsiteState } from "@/e2e/fake-sources/website";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { UserInputError } from "@/server/errors";
import { HostPacer } from "@/server/net/host-pacer";
import { SourceHttp, SourceRateLimitedError, SourceUnavailableError, type SourceHttpOptions } from "./http";
import type { AdapterContext, Json, SourcesConfig } from "./types";
import { websiteAdapter, websiteSuggestions } from "./website";

let fake: FakeServer;
let site: FakeWebsiteState;
let config: SourcesConfig;

beforeAll(async () => {
  const { handler, state } = fakeWebsite();
  site = state;
  fake = await startFakeServer([handler]);
  config = { blueskyAppViewUrl: fake.origin, githubApiUrl: fake.origin, githubToken: undefined, allowPrivateNetwork: true };
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
});

function context(options: SourceHttpOptions = {}, limit = 20): AdapterContext {
  return { http: new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), ...options }), config, limit };
}

const home = () => `${fake.origin}/sites/ana/`;

function source(path: string, cursor: Json = null) {
  return { input: `${fake.origin}${path}`, cursor };
}

describe("parseInput", () => {
  const parse = (input: string, allowPrivateNetwork = false) => websiteAdapter.parseInput(input, { ...config, allowPrivateNetwork });

  it("accepts a website address in the forms people type it", () => {
    expect(parse("https://ana.example")).toBe("https://ana.example/");
    expect(parse("  ana.example/about ")).toBe("https://ana.example/about");
    expect(parse("HTTP://Ana.Example/Blog?lang=pt#top")).toBe("http://ana.example/Blog?lang=pt");
    expect(parse("https://josé.example/")).toBe("https://xn--jos-dma.example/");
  });

  it("reaches a local test server over plain http when typed without a scheme", () => {
    expect(parse("127.0.0.1:4100/sites/ana/", true)).toBe("http://127.0.0.1:4100/sites/ana/");
    expect(parse("127.0.0.1:4100/sites/ana/", false)).toBe("https://127.0.0.1:4100/sites/ana/");
  });

  it.each(["ana", "mailto:ana@ana.example", "ftp://ana.example/", "https://ana:secret@ana.example/", "@ana@example.social"])("rejects %s saying what to type", (input) => {
    expect(() => parse(input)).toThrow(UserInputError);
    expect(() => parse(input)).toThrow("Type the address of a personal website, like https://ana.example.");
  });
});

describe("fetchProfile", () => {
  it("reads the owner's h-card, verifies rel=me links both ways and suggests the feed and accounts", async () => {
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/ana/"));
    expect(result.state).toBe("ok");
    expect(result.stateReason).toBeNull();
    expect(result.profile).toEqual({
      displayName: "Ana Lima",
      handle: null,
      url: home(),
      avatarUrl: `${fake.origin}/sites/ana/avatar.svg`,
      bio: "I build quiet software & bake bread 🍞.\n\nSay hi: ana@ana.example",
      location: "Lisbon",
      company: "Acme",
      title: "Engineer",
      // Absolute, once each (the head and the body both link the first), no xmpp:, not the page itself.
      links: [`${fake.origin}/elsewhere/ana-links-back/`, `${fake.origin}/elsewhere/ana-no-link/`, `${fake.origin}/@ana`],
      verifiedLinks: [`${fake.origin}/elsewhere/ana-links-back/`],
    });
    expect(result.suggestions).toEqual([
      { kind: "feed", input: `${fake.origin}/sites/ana/feed.xml` },
      { kind: "mastodon", input: `@ana@${fake.host}`, verified: false },
    ]);
    // The checks of the other ends are never conditional: their validators are not ours to keep.
    const checks = fake.requests.filter((request) => request.path !== "/sites/ana/");
    expect(checks.map((request) => request.path).sort()).toEqual(["/@ana", "/elsewhere/ana-links-back/", "/elsewhere/ana-no-link/"]);
    expect(checks.every((request) => request.headers["if-none-match"] === undefined)).toBe(true);
  });

  it("marks a suggested account verified when its page links back with rel=me", async () => {
    site.pages.set("/@ana", profilePage("Ana on Mastodon", ["https://ana.example/", "{{origin}}/sites/ana/"]));
    try {
      const result = await websiteAdapter.fetchProfile(context(), source("/sites/ana/"));
      expect(result.suggestions).toContainEqual({ kind: "mastodon", input: `@ana@${fake.host}`, verified: true });
      expect(result.profile?.verifiedLinks).toEqual([`${fake.origin}/@ana`, `${fake.origin}/elsewhere/ana-links-back/`]);
    } finally {
      site.pages.delete("/@ana");
    }
  });

  it("costs one conditional request answered 304 when nothing changed, with no profile, suggestions or updates", async () => {
    const first = context();
    const ref = source("/sites/ana/");
    const firstResult = await websiteAdapter.fetchProfile(first, ref);
    const firstUpdates = await websiteAdapter.fetchUpdates(first, ref, firstResult.carry);
    fake.requests.length = 0;

    const second = context({ validators: first.http.validators });
    const ref2 = { ...ref, cursor: firstUpdates.cursor };
    const result = await websiteAdapter.fetchProfile(second, ref2);
    expect(result).toEqual({ state: "ok", stateReason: null, profile: null, suggestions: [], carry: null });
    expect(await websiteAdapter.fetchUpdates(second, ref2, result.carry)).toEqual({ updates: [], cursor: firstUpdates.cursor });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers["if-none-match"]).toBeDefined();
    expect(second.http.validators).toEqual(first.http.validators);
  });

  it("sees an edited homepage on the next sync", async () => {
    site.pages.set("/sites/edited/", htmlPage(`<div class="h-card"><a class="p-name u-url" href="/sites/edited/">Bea</a></div>`));
    const first = context();
    await websiteAdapter.fetchProfile(first, source("/sites/edited/"));
    site.pages.set("/sites/edited/", htmlPage(`<div class="h-card"><a class="p-name u-url" href="/sites/edited/">Beatriz Sá</a> <span class="p-org">Globex</span></div>`));
    const result = await websiteAdapter.fetchProfile(context({ validators: first.http.validators }), source("/sites/edited/"));
    expect(result.profile?.displayName).toBe("Beatriz Sá");
    expect(result.profile?.company).toBe("Globex");
  });

  it("follows the redirect to the trailing slash and still recognises links back", async () => {
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/ana"));
    expect(result.profile?.url).toBe(home());
    expect(result.profile?.verifiedLinks).toEqual([`${fake.origin}/elsewhere/ana-links-back/`]);
  });

  it("reads a card without a url (unicode and emoji name, nested h-adr), leaving missing fields null", async () => {
    site.pages.set("/sites/joao/", htmlPage(websiteFixture("joao-no-url.html")));
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/joao/"));
    expect(result.profile).toEqual({
      displayName: "João Gonçalves 🌊",
      handle: null,
      url: `${fake.origin}/sites/joao/`,
      avatarUrl: `${fake.origin}/sites/joao/me.png`,
      bio: "Surfer, maker of things <3",
      location: "Porto, Portugal",
      company: null,
      title: null,
      links: [],
      verifiedLinks: [],
    });
    expect(result.suggestions).toEqual([]);
    expect(result.carry).toBeNull();
  });

  it("picks the card whose url is a rel=me link among several, even when its name is \"0\"", async () => {
    site.pages.set("/sites/zero/", htmlPage(websiteFixture("zero-name.html")));
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/zero/"));
    expect(result.state).toBe("ok");
    expect(result.profile).toMatchObject({
      displayName: "0",
      url: `${fake.origin}/elsewhere/zero/`,
      avatarUrl: `${fake.origin}/photo.jpg`,
      title: "Artist",
      location: "Somewhere by the sea",
      company: null,
      links: [`${fake.origin}/elsewhere/zero/`],
      // The linked page does not exist (404): not verified, and not a failure either.
      verifiedLinks: [],
    });
  });

  it("gives a page with no h-card as a profile of nulls at the page's address", async () => {
    site.pages.set("/sites/empty/", htmlPage(websiteFixture("no-card.html")));
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/empty/"));
    expect(result.profile).toEqual({
      displayName: null,
      handle: null,
      url: `${fake.origin}/sites/empty/`,
      avatarUrl: null,
      bio: null,
      location: null,
      company: null,
      title: null,
      links: [],
      verifiedLinks: [],
    });
    expect(result.suggestions).toEqual([]);
  });

  it("keeps the bio as plain text with scripts gone, and prefers a JSON Feed among the feeds", async () => {
    site.pages.set("/sites/mei/", htmlPage(websiteFixture("entries.html")));
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/mei/"));
    expect(result.profile?.displayName).toBe("Mei Chen 陈美");
    expect(result.profile?.bio).toBe("Notes & links.");
    expect(result.suggestions).toEqual([{ kind: "feed", input: `${fake.origin}/sites/mei/feed.json` }]);
  });

  it("does not fail the profile when linked pages fail, answer slowly or refuse", async () => {
    site.pages.set(
      "/sites/flaky/",
      htmlPage(`<div class="h-card"><a class="p-name u-url" href="/sites/flaky/">Flo</a></div>
        <a rel="me" href="/broken/">broken</a><a rel="me" href="/slow/">slow</a><a rel="me" href="/limited/">limited</a><a rel="me" href="/good/">good</a>`),
    );
    site.pages.set("/good/", profilePage("Flo", ["{{origin}}/sites/flaky/"]));
    fake.fault("/broken/", { status: 500 });
    fake.fault("/slow/", { status: 200, delayMs: 1500 });
    fake.fault("/limited/", { status: 429, headers: { "retry-after": "60" } });
    const result = await websiteAdapter.fetchProfile(context({ timeoutMs: 500 }), source("/sites/flaky/"));
    expect(result.state).toBe("ok");
    expect(result.profile?.displayName).toBe("Flo");
    expect(result.profile?.verifiedLinks).toEqual([`${fake.origin}/good/`]);
  });

  it("checks at most five rel=me links", async () => {
    const links = Array.from({ length: 8 }, (_, index) => `<a rel="me" href="/many/${index}/">${index}</a>`).join("");
    site.pages.set("/sites/many/", htmlPage(`<div class="h-card"><span class="p-name">Many</span></div>${links}`));
    const result = await websiteAdapter.fetchProfile(context(), source("/sites/many/"));
    expect(result.profile?.links).toHaveLength(8);
    expect(fake.requests.filter((request) => request.path.startsWith("/many/"))).toHaveLength(5);
  });

  it("reports a page that is not there as not found, and a removed one as gone", async () => {
    const missing = await websiteAdapter.fetchProfile(context(), source("/sites/nobody/"));
    expect(missing).toMatchObject({ state: "not_found", profile: null, suggestions: [] });
    expect(missing.stateReason).toContain("404");

    site.pages.set("/sites/gone/", { status: 410, body: "<h1>Gone</h1>" });
    const gone = await websiteAdapter.fetchProfile(context(), source("/sites/gone/"));
    expect(gone).toMatchObject({ state: "gone", profile: null, suggestions: [] });
    expect(gone.stateReason).toContain("410");
  });

  it("throws a retryable error on 429 with the wait asked for, and on 500", async () => {
    fake.fault("/sites/ana/", { status: 429, headers: { "retry-after": "120" } });
    const limited = websiteAdapter.fetchProfile(context(), source("/sites/ana/"));
    await expect(limited).rejects.toBeInstanceOf(SourceRateLimitedError);
    await expect(limited).rejects.toMatchObject({ retryAfterMs: 120_000 });

    fake.fault("/sites/ana/", { status: 500 });
    await expect(websiteAdapter.fetchProfile(context(), source("/sites/ana/"))).rejects.toBeInstanceOf(SourceUnavailableError);
  });

  it("explains a forbidden page and a feed given as a website", async () => {
    site.pages.set("/sites/private/", { status: 403, body: "<h1>Forbidden</h1>" });
    await expect(websiteAdapter.fetchProfile(context(), source("/sites/private/"))).rejects.toThrow(/HTTP 403/);
    await expect(websiteAdapter.fetchProfile(context(), source("/sites/ana/feed.xml"))).rejects.toThrow("is a feed, not a web page: link it as a feed instead.");
  });
});

describe("fetchUpdates", () => {
  it("has nothing for a homepage without h-entries", async () => {
    const ctx = context();
    const profile = await websiteAdapter.fetchProfile(ctx, source("/sites/ana/"));
    expect(await websiteAdapter.fetchUpdates(ctx, source("/sites/ana/"), profile.carry)).toEqual({ updates: [], cursor: null });
  });

  it("maps the page's h-entries, sanitised, newest first, at most limit; later only the new ones", async () => {
    site.pages.set("/sites/mei/", htmlPage(websiteFixture("entries.html")));
    const first = context({}, 2);
    const ref = source("/sites/mei/");
    const profile = await websiteAdapter.fetchProfile(first, ref);
    const firstUpdates = await websiteAdapter.fetchUpdates(first, ref, profile.carry);
    expect(firstUpdates.updates).toEqual([
      {
        externalId: `${fake.origin}/sites/mei/notes/3`,
        url: `${fake.origin}/sites/mei/notes/3`,
        publishedAt: "2024-06-03T08:00:00.000Z",
        editedAt: null,
        text: "Hello world 👋",
        html: `<p>Hello <a href="${fake.origin}/sites/mei/about" rel="nofollow noopener noreferrer ugc" target="_blank">world</a> 👋</p>`,
        isRepost: false,
        media: [{ url: `${fake.origin}/sites/mei/img/river.jpg`, alt: "The river at dusk", kind: "image" }],
      },
      {
        externalId: "tag:mei.example,2024:note-2",
        url: null,
        publishedAt: "2024-06-02T18:30:00.000Z",
        editedAt: "2024-06-02T19:00:00.000Z",
        text: "Plain text note with no markup allowed",
        html: "<p>Plain text note with no markup allowed</p>",
        isRepost: false,
        media: [],
      },
    ]);

    // A new note appears; the next sync brings only it (the repost was before the first sync's window).
    const page = websiteFixture("entries.html").replace(
      '<main class="h-feed">',
      '<main class="h-feed"><article class="h-entry"><a class="u-url" href="/sites/mei/notes/4"><time class="dt-published" datetime="2024-06-04T10:00:00Z">4 June</time></a><div class="e-content">New <img src="/x.png" onerror="alert(1)"></div></article>',
    );
    site.pages.set("/sites/mei/", htmlPage(page));
    const second = context({ validators: first.http.validators }, 2);
    const ref2 = { ...ref, cursor: firstUpdates.cursor };
    const changed = await websiteAdapter.fetchProfile(second, ref2);
    const secondUpdates = await websiteAdapter.fetchUpdates(second, ref2, changed.carry);
    expect(secondUpdates.updates.map((update) => update.externalId)).toEqual([`${fake.origin}/sites/mei/notes/4`]);
    expect(secondUpdates.updates[0]?.html).not.toContain("onerror");

    // Unchanged since: nothing new, and the cursor holds.
    const third = context({ validators: second.http.validators }, 2);
    const ref3 = { ...ref, cursor: secondUpdates.cursor };
    const unchanged = await websiteAdapter.fetchProfile(third, ref3);
    expect(await websiteAdapter.fetchUpdates(third, ref3, unchanged.carry)).toEqual({ updates: [], cursor: secondUpdates.cursor });
  });

  it("marks a repost and skips an entry with no date", async () => {
    site.pages.set("/sites/mei/", htmlPage(websiteFixture("entries.html")));
    const ctx = context();
    const profile = await websiteAdapter.fetchProfile(ctx, source("/sites/mei/"));
    const { updates } = await websiteAdapter.fetchUpdates(ctx, source("/sites/mei/"), profile.carry);
    expect(updates.map((update) => update.externalId)).toEqual([
      `${fake.origin}/sites/mei/notes/3`,
      "tag:mei.example,2024:note-2",
      `${fake.origin}/sites/mei/notes/1`,
    ]);
    expect(updates[2]?.isRepost).toBe(true);
    expect(updates.every((update) => !update.html.includes("<script"))).toBe(true);
  });
});

describe("websiteSuggestions", () => {
  it("suggests known profiles once each, verified only when the check passed", () => {
    const suggestions = websiteSuggestions(
      "https://ana.example/feed.json",
      ["https://github.com/ana-lima", "https://github.com/ana-lima/", "https://bsky.app/profile/ana.example", "https://www.linkedin.com/in/ana", "https://github.com/orgs/acme"],
      ["https://github.com/ana-lima/"],
    );
    expect(suggestions).toEqual([
      { kind: "feed", input: "https://ana.example/feed.json" },
      { kind: "github", input: "ana-lima", verified: true },
      { kind: "bluesky", input: "ana.example", verified: false },
    ]);
  });
});
