import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendCacheable, sendJson, startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { HostBlockedError, HostPacer } from "@/server/net/host-pacer";
import { FetchFailedError, FetchRefusedError } from "@/server/net/safe-fetch";
import { parseRetryAfter, rateLimitWaitMs, SourceHttp, SourceRateLimitedError, SourceUnavailableError } from "./http";

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Zoë's notes</title></channel></rss>`;
const FEED_MODIFIED = new Date("2025-02-03T10:20:30Z");
// "Привет" in KOI8-R, in a feed that declares its encoding only in the XML declaration.
const KOI8_FEED = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="KOI8-R"?><rss><channel><title>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), Buffer.from("</title></channel></rss>")]);

let server: FakeServer;

function route(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
  switch (url.pathname) {
    case "/feed.xml":
      sendCacheable(request, response, FEED, "application/rss+xml; charset=utf-8", { lastModified: FEED_MODIFIED });
      return true;
    case "/other.xml":
      sendCacheable(request, response, "<rss/>", "application/rss+xml", { lastModified: FEED_MODIFIED });
      return true;
    case "/koi8.xml":
      sendCacheable(request, response, KOI8_FEED, "application/rss+xml");
      return true;
    case "/profile.json":
      sendJson(request, response, { handle: "zoe.example", displayName: "Zoë 🌱" });
      return true;
    case "/page.html":
      sendCacheable(request, response, "<!doctype html><p>Not JSON</p>", "text/html; charset=utf-8");
      return true;
    case "/big":
      sendCacheable(request, response, Buffer.alloc(100_000, 0x61), "text/plain");
      return true;
    default:
      return false;
  }
}

beforeAll(async () => {
  server = await startFakeServer([route]);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.clearFaults();
});

function client(options: { validators?: SourceHttp["validators"]; pacer?: HostPacer; timeoutMs?: number } = {}): SourceHttp {
  return new SourceHttp({ allowPrivateNetwork: true, pacer: new HostPacer({ minIntervalMs: 0 }), ...options });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error("expected the request to fail");
  return error;
}

const lastRequest = () => server.requests.at(-1);

describe("SourceHttp conditional requests", () => {
  it("sends the stored ETag and Last-Modified the next sync, and reports the feed unchanged", async () => {
    const url = `${server.origin}/feed.xml`;
    const first = client();
    const fresh = await first.get(url, { accept: "application/rss+xml" });
    expect(fresh).toMatchObject({ status: 200, notModified: false, url });
    expect(fresh.text()).toBe(FEED);
    expect(lastRequest()?.headers).toMatchObject({ accept: "application/rss+xml", "user-agent": "Kith/0.1 (personal network manager)" });
    expect(lastRequest()?.headers["if-none-match"]).toBeUndefined();
    const stored = first.validators[url];
    expect(stored?.etag).toMatch(/^".+"$/);
    expect(stored?.lastModified).toBe(FEED_MODIFIED.toUTCString());

    const second = client({ validators: first.validators });
    const again = await second.get(url);
    expect(lastRequest()?.headers).toMatchObject({ "if-none-match": stored?.etag, "if-modified-since": stored?.lastModified });
    expect(again).toMatchObject({ status: 304, notModified: true });
    expect(again.body.length).toBe(0);
    // Unchanged validators are carried forward for the sync after.
    expect(second.validators).toEqual({ [url]: stored });
  });

  it("gets a 304 from Last-Modified alone, for servers without ETags", async () => {
    const url = `${server.origin}/feed.xml`;
    const response = await client({ validators: { [url]: { lastModified: FEED_MODIFIED.toUTCString() } } }).get(url);
    expect(lastRequest()?.headers["if-none-match"]).toBeUndefined();
    expect(response.notModified).toBe(true);
  });

  it("downloads again, and stores the new validators, when the stored ETag is stale", async () => {
    const url = `${server.origin}/feed.xml`;
    const http = client({ validators: { [url]: { etag: '"stale"' } } });
    const response = await http.get(url);
    expect(response).toMatchObject({ status: 200, notModified: false });
    expect(response.text()).toContain("Zoë's notes");
    expect(http.validators[url]?.etag).not.toBe('"stale"');
  });

  it("keeps validators only for the URLs fetched in this sync, and not for errors", async () => {
    const feed = `${server.origin}/feed.xml`;
    const gone = `${server.origin}/gone.xml`;
    const removed = `${server.origin}/removed-from-profile.xml`;
    const http = client({ validators: { [removed]: { etag: '"old"' }, [gone]: { etag: '"older"' } } });
    await http.get(feed);
    expect((await http.get(gone)).status).toBe(404);
    expect(Object.keys(http.validators)).toEqual([feed]);
  });

  it("sends no validators and stores none when conditional is off", async () => {
    const url = `${server.origin}/feed.xml`;
    const http = client({ validators: { [url]: { etag: '"x"', lastModified: FEED_MODIFIED.toUTCString() } } });
    const response = await http.get(url, { conditional: false });
    expect(lastRequest()?.headers["if-none-match"]).toBeUndefined();
    expect(lastRequest()?.headers["if-modified-since"]).toBeUndefined();
    expect(response.status).toBe(200);
    expect(http.validators).toEqual({});
  });
});

describe("SourceHttp bodies", () => {
  it("parses JSON, and counts the requests sent", async () => {
    const http = client();
    expect((await http.get(`${server.origin}/profile.json`)).json<{ displayName: string }>().displayName).toBe("Zoë 🌱");
    expect(http.requests).toBe(1);
  });

  it("says clearly when a body is not JSON", async () => {
    const response = await client().get(`${server.origin}/page.html`);
    const error = (() => {
      try {
        response.json();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as Error).message).toBe(`${server.host} answered something that is not JSON (HTTP 200)`);
  });

  it("decodes text by the encoding the XML declaration names", async () => {
    expect((await client().get(`${server.origin}/koi8.xml`)).text()).toContain("<title>Привет</title>");
  });

  it("refuses a body larger than maxBytes", async () => {
    const error = await failure(client().get(`${server.origin}/big`, { maxBytes: 10_000 }));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe("response larger than 10 KB");
  });

  it("gives up on a server slower than timeoutMs", async () => {
    server.fault("/feed.xml", { status: 200, body: FEED, delayMs: 2_000 });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 300 }).get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe("timed out after 0.3 s");
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe("SourceHttp failures and rate limits", () => {
  it("turns a 500 into SourceUnavailableError", async () => {
    server.fault("/feed.xml", { status: 500 });
    const error = await failure(client().get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error.message).toBe(`${server.host} answered 500; Kith will try again later`);
  });

  it("turns a 502 without Retry-After into SourceUnavailableError too", async () => {
    server.fault("/feed.xml", { status: 502, body: "<html>Bad gateway</html>", headers: { "content-type": "text/html" } });
    expect(await failure(client().get(`${server.origin}/feed.xml`))).toBeInstanceOf(SourceUnavailableError);
  });

  it("turns a 429 with Retry-After in seconds into SourceRateLimitedError, and blocks the host meanwhile", async () => {
    server.fault("/feed.xml", { status: 429, headers: { "retry-after": "120" }, body: '{"error":"Too many requests"}' });
    const pacer = new HostPacer({ minIntervalMs: 0, maxWaitMs: 1_000 });
    const http = client({ pacer });
    const error = await failure(http.get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect(error).toMatchObject({ host: server.host, retryAfterMs: 120_000, message: `${server.host} asked Kith to slow down; trying again in 120 s` });

    const sent = server.requests.length;
    const blocked = await failure(http.get(`${server.origin}/other.xml`));
    expect(blocked).toBeInstanceOf(HostBlockedError);
    expect((blocked as HostBlockedError).retryAfterMs).toBeGreaterThan(118_000);
    expect(server.requests.length).toBe(sent);
  });

  it("reads Retry-After as an HTTP date", async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 90_000);
    server.fault("/feed.xml", { status: 429, headers: { "retry-after": at.toUTCString() } });
    const error = await failure(client().get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    const wait = (error as SourceRateLimitedError).retryAfterMs;
    expect(wait).toBeGreaterThan(85_000);
    expect(wait).toBeLessThanOrEqual(90_000);
  });

  it("waits a minute on a 429 that does not say how long", async () => {
    server.fault("/feed.xml", { status: 429 });
    expect(await failure(client().get(`${server.origin}/feed.xml`))).toMatchObject({ retryAfterMs: 60_000 });
  });

  it("treats a 503 with Retry-After as a rate limit", async () => {
    server.fault("/feed.xml", { status: 503, headers: { "retry-after": "30" } });
    expect(await failure(client().get(`${server.origin}/feed.xml`))).toMatchObject({ name: "SourceRateLimitedError", retryAfterMs: 30_000 });
  });

  async function blockedFor(headers: Record<string, string>, status = 200): Promise<{ response?: number; error?: Error; blockedMs: number | undefined }> {
    server.fault("/profile.json", { status, headers, body: "{}" });
    const pacer = new HostPacer({ minIntervalMs: 0, maxWaitMs: 1_000 });
    const http = client({ pacer });
    const outcome = await http.get(`${server.origin}/profile.json`).then(
      (response) => ({ response: response.status }),
      (error: unknown) => ({ error: error as Error }),
    );
    const next = await http.get(`${server.origin}/profile.json`).then(
      () => undefined,
      (error: unknown) => error,
    );
    return { ...outcome, blockedMs: next instanceof HostBlockedError ? next.retryAfterMs : undefined };
  }

  it("blocks the host until the reset when GitHub says no requests are left (reset in epoch seconds)", async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    const { response, blockedMs } = await blockedFor({ "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "x-ratelimit-resource": "core" });
    expect(response).toBe(200);
    expect(blockedMs).toBeGreaterThan(595_000);
    expect(blockedMs).toBeLessThanOrEqual(600_000);
  });

  it("turns GitHub's 403 with no requests left into SourceRateLimitedError, not a permission error", async () => {
    const reset = Math.floor(Date.now() / 1000) + 300;
    const { error, blockedMs } = await blockedFor({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, 403);
    expect(error).toBeInstanceOf(SourceRateLimitedError);
    expect((error as SourceRateLimitedError).retryAfterMs).toBeGreaterThan(295_000);
    expect(blockedMs).toBeGreaterThan(295_000);
  });

  it("turns GitHub's secondary-limit 403 with Retry-After into SourceRateLimitedError", async () => {
    const { error } = await blockedFor({ "retry-after": "45" }, 403);
    expect(error).toMatchObject({ name: "SourceRateLimitedError", retryAfterMs: 45_000 });
  });

  it("blocks the host until the reset when Mastodon says no requests are left (reset as an ISO timestamp)", async () => {
    const reset = new Date(Date.now() + 300_000).toISOString();
    const { response, blockedMs } = await blockedFor({ "x-ratelimit-limit": "300", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset });
    expect(response).toBe(200);
    expect(blockedMs).toBeGreaterThan(295_000);
    expect(blockedMs).toBeLessThanOrEqual(300_000);
  });

  it("blocks the host for the window when the IETF draft headers (Bluesky) say no requests are left (reset in seconds)", async () => {
    const { blockedMs } = await blockedFor({ "ratelimit-limit": "3000", "ratelimit-remaining": "0", "ratelimit-reset": "30", "ratelimit-policy": "3000;w=300" });
    expect(blockedMs).toBeGreaterThan(28_000);
    expect(blockedMs).toBeLessThanOrEqual(30_000);
  });

  it("does not block the host while requests are left, or when the count is unreadable", async () => {
    expect((await blockedFor({ "x-ratelimit-remaining": "59", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 600) })).blockedMs).toBeUndefined();
    expect((await blockedFor({ "x-ratelimit-remaining": "unknown", "x-ratelimit-reset": "600" })).blockedMs).toBeUndefined();
    expect((await blockedFor({ "x-ratelimit-remaining": "", "x-ratelimit-reset": "600" })).blockedMs).toBeUndefined();
  });

  it("spaces requests to one host by the pacer's interval", async () => {
    const http = client({ pacer: new HostPacer({ minIntervalMs: 200 }) });
    const started = Date.now();
    await http.get(`${server.origin}/profile.json`);
    await http.get(`${server.origin}/profile.json`);
    await http.get(`${server.origin}/profile.json`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });
});

describe("SourceHttp safety", () => {
  it("refuses the local server when private addresses are not allowed, without sending anything", async () => {
    const sent = server.requests.length;
    const error = await failure(new SourceHttp({ pacer: new HostPacer({ minIntervalMs: 0 }) }).get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toBe("refused: 127.0.0.1 is a loopback address");
    expect(server.requests.length).toBe(sent);
  });

  it("refuses a redirect to the cloud metadata address even with private addresses allowed", async () => {
    server.fault("/feed.xml", { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/iam/" } });
    const error = await failure(client().get(`${server.origin}/feed.xml`));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toBe("refused: 169.254.169.254 is a link-local address");
  });

  it("refuses what is not an http(s) URL with FetchRefusedError, before pacing or sending", async () => {
    const http = client();
    for (const [url, message] of [
      ["not a url", 'refused: "not a url" is not a URL'],
      ["file:///etc/passwd", "refused: only http and https URLs can be fetched (got file:)"],
    ]) {
      const error = await failure(http.get(url ?? ""));
      expect(error).toBeInstanceOf(FetchRefusedError);
      expect(error.message).toBe(message);
    }
    expect(http.requests).toBe(0);
  });
});

describe("parseRetryAfter and rateLimitWaitMs", () => {
  const now = Date.parse("2025-03-01T12:00:00Z");

  it("reads seconds and HTTP dates, and ignores nonsense", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Sat, 01 Mar 2025 12:01:30 GMT", now)).toBe(90_000);
    expect(parseRetryAfter("Sat, 01 Mar 2025 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("reads the reset as epoch seconds, an ISO timestamp or seconds from now", () => {
    expect(rateLimitWaitMs({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 600) }, now)).toBe(600_000);
    expect(rateLimitWaitMs({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "2025-03-01T12:05:00.000Z" }, now)).toBe(300_000);
    expect(rateLimitWaitMs({ "ratelimit-remaining": "0", "ratelimit-reset": "30" }, now)).toBe(30_000);
    expect(rateLimitWaitMs({ "x-ratelimit-remaining": "0" }, now)).toBe(60_000);
    expect(rateLimitWaitMs({ "x-ratelimit-remaining": "1", "x-ratelimit-reset": "30" }, now)).toBeUndefined();
    expect(rateLimitWaitMs({}, now)).toBeUndefined();
  });
});
