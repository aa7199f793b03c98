import { request } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendCacheable, sendJson, startFakeServer, type FakeServer } from "./server";

const MODIFIED = new Date("2025-02-03T10:20:30Z");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain node:http request, so the harness is tested without Kith's own client in between. */
function get(origin: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

let server: FakeServer;

beforeAll(async () => {
  server = await startFakeServer([
    () => false, // takes nothing, so the next handler (or the 404) answers
    (request, response, url) => {
      if (url.pathname === "/note.txt") {
        sendCacheable(request, response, "Zoë's note 🌱", "text/plain; charset=utf-8", { lastModified: MODIFIED, headers: { "x-extra": "1" } });
        return true;
      }
      if (url.pathname === "/profile.json") {
        sendJson(request, response, { name: "Zoë" });
        return true;
      }
      if (url.pathname === "/gone") {
        sendJson(request, response, { error: "gone" }, { status: 410 });
        return true;
      }
      if (url.pathname === "/async") {
        return new Promise<boolean>((resolve) => {
          setTimeout(() => {
            response.writeHead(200).end("later");
            resolve(true);
          }, 10);
        });
      }
      if (url.pathname === "/throws") throw new Error("handler bug");
      return false;
    },
  ]);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.clearFaults();
});

describe("startFakeServer", () => {
  it("listens on 127.0.0.1 on a free port and says where", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.host).toBe(server.origin.slice("http://".length));
  });

  it("answers with the first handler that takes the request, and a JSON 404 when none does", async () => {
    expect((await get(server.origin, "/profile.json")).body).toBe('{"name":"Zoë"}');
    expect(await get(server.origin, "/async")).toMatchObject({ status: 200, body: "later" });
    const missing = await get(server.origin, "/no-such-thing");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error: "Record not found" });
  });

  it("answers 500 with the error when a handler throws", async () => {
    expect(await get(server.origin, "/throws")).toMatchObject({ status: 500, body: "Error: handler bug" });
  });

  it("logs every request in order: method, path with query, headers", async () => {
    const before = server.requests.length;
    await get(server.origin, "/profile.json?fields=name&lang=pt", { "user-agent": "test-agent" });
    await get(server.origin, "/note.txt", {}, "HEAD");
    expect(server.requests.slice(before)).toMatchObject([
      { method: "GET", path: "/profile.json?fields=name&lang=pt", headers: { "user-agent": "test-agent" } },
      { method: "HEAD", path: "/note.txt" },
    ]);
  });

  it("closes, refusing connections afterwards", async () => {
    const other = await startFakeServer([]);
    await other.close();
    await expect(get(other.origin, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});

describe("sendCacheable", () => {
  it("sends a strong ETag derived from the body, the Last-Modified and extra headers", async () => {
    const first = await get(server.origin, "/note.txt");
    expect(first).toMatchObject({ status: 200, body: "Zoë's note 🌱" });
    expect(first.headers).toMatchObject({ "content-type": "text/plain; charset=utf-8", "last-modified": MODIFIED.toUTCString(), "x-extra": "1" });
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect((await get(server.origin, "/note.txt")).headers.etag).toBe(first.headers.etag);
    expect((await get(server.origin, "/profile.json")).headers.etag).not.toBe(first.headers.etag);
  });

  it("answers 304 with no body to a matching If-None-Match, also in a list", async () => {
    const etag = String((await get(server.origin, "/note.txt")).headers.etag);
    const again = await get(server.origin, "/note.txt", { "if-none-match": etag });
    expect(again).toMatchObject({ status: 304, body: "" });
    expect(again.headers.etag).toBe(etag);
    expect((await get(server.origin, "/note.txt", { "if-none-match": `"other", ${etag}` })).status).toBe(304);
  });

  it("answers 200 to a stale If-None-Match even when If-Modified-Since would match", async () => {
    const answer = await get(server.origin, "/note.txt", { "if-none-match": '"stale"', "if-modified-since": MODIFIED.toUTCString() });
    expect(answer).toMatchObject({ status: 200, body: "Zoë's note 🌱" });
  });

  it("answers 304 to If-Modified-Since at or after Last-Modified, and 200 before it", async () => {
    expect((await get(server.origin, "/note.txt", { "if-modified-since": MODIFIED.toUTCString() })).status).toBe(304);
    expect((await get(server.origin, "/note.txt", { "if-modified-since": new Date(MODIFIED.getTime() + 60_000).toUTCString() })).status).toBe(304);
    expect((await get(server.origin, "/note.txt", { "if-modified-since": new Date(MODIFIED.getTime() - 1_000).toUTCString() })).status).toBe(200);
  });

  it("ignores If-Modified-Since when the resource has no Last-Modified", async () => {
    expect((await get(server.origin, "/profile.json", { "if-modified-since": new Date().toUTCString() })).status).toBe(200);
  });

  it("never answers 304 for an error status", async () => {
    const gone = await get(server.origin, "/gone");
    expect(gone.status).toBe(410);
    expect((await get(server.origin, "/gone", { "if-none-match": String(gone.headers.etag) })).status).toBe(410);
  });
});

describe("faults", () => {
  it("answers the next request under the prefix with the fault, once by default, then normally", async () => {
    server.fault("/profile", { status: 429, headers: { "retry-after": "120" }, body: '{"error":"Too many requests"}' });
    const limited = await get(server.origin, "/profile.json");
    expect(limited).toMatchObject({ status: 429, body: '{"error":"Too many requests"}' });
    expect(limited.headers).toMatchObject({ "retry-after": "120", "content-type": "application/json" });
    expect((await get(server.origin, "/profile.json")).status).toBe(200);
  });

  it("defaults to a JSON 500", async () => {
    server.fault("/note", {});
    const failed = await get(server.origin, "/note.txt");
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({ error: "Injected fault" });
  });

  it("applies to as many requests as times says, and only under its prefix", async () => {
    server.fault("/note", { status: 503, times: 2 });
    expect((await get(server.origin, "/profile.json")).status).toBe(200);
    expect((await get(server.origin, "/note.txt")).status).toBe(503);
    expect((await get(server.origin, "/note.txt?again")).status).toBe(503);
    expect((await get(server.origin, "/note.txt")).status).toBe(200);
  });

  it("applies to every request with times Infinity, until cleared", async () => {
    server.fault("/", { status: 500, times: Infinity });
    for (let i = 0; i < 3; i++) expect((await get(server.origin, `/profile.json?i=${i}`)).status).toBe(500);
    server.clearFaults();
    expect((await get(server.origin, "/profile.json")).status).toBe(200);
  });

  it("can redirect, with its own headers replacing the content type", async () => {
    server.fault("/profile", { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/", "content-type": "text/plain" }, body: "" });
    const moved = await get(server.origin, "/profile.json");
    expect(moved).toMatchObject({ status: 302, body: "" });
    expect(moved.headers).toMatchObject({ location: "http://169.254.169.254/latest/meta-data/", "content-type": "text/plain" });
  });

  it("delays its answer by delayMs", async () => {
    server.fault("/note", { status: 200, body: "slow", delayMs: 300 });
    const started = Date.now();
    expect(await get(server.origin, "/note.txt")).toMatchObject({ status: 200, body: "slow" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("logs faulted requests like any other", async () => {
    server.fault("/profile", { status: 500 });
    const before = server.requests.length;
    await get(server.origin, "/profile.json?x=1");
    expect(server.requests.slice(before).map((entry) => entry.path)).toEqual(["/profile.json?x=1"]);
  });
});
