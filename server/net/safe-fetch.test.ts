import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchFailedError, FetchRefusedError, safeFetch } from "./safe-fetch";

let server: Server;
let base: string;
let otherServer: Server;
let otherBase: string;
const seen: { path: string; userAgent: string | undefined; authorization: string | undefined }[] = [];

function listen(handler: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const created = createServer(handler);
  return new Promise((resolve) => {
    created.listen(0, "127.0.0.1", () => resolve([created, `http://127.0.0.1:${(created.address() as AddressInfo).port}`]));
  });
}

function close(target: Server): Promise<void> {
  target.closeAllConnections();
  return new Promise((resolve) => target.close(() => resolve()));
}

beforeAll(async () => {
  [otherServer, otherBase] = await listen((request, response) => {
    seen.push({ path: request.url ?? "", userAgent: request.headers["user-agent"], authorization: request.headers.authorization });
    response.end("other server");
  });
  [server, base] = await listen((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    seen.push({ path: url.pathname, userAgent: request.headers["user-agent"], authorization: request.headers.authorization });
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const left = Number(chain[1]);
      if (left === 0) return response.end("end of chain");
      response.writeHead(302, { location: `/chain/${left - 1}` });
      return response.end();
    }
    switch (url.pathname) {
      case "/hello":
        response.writeHead(200, { "content-type": "text/plain; charset=utf-8", "x-custom": "yes" });
        return response.end("hello, kith ✓");
      case "/latin1":
        response.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" });
        return response.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      case "/gzip":
        response.writeHead(200, { "content-encoding": "gzip", "content-type": "text/html" });
        return response.end(gzipSync("<p>compressed</p>"));
      case "/br":
        response.writeHead(200, { "content-encoding": "br" });
        return response.end(brotliCompressSync("brotli body"));
      case "/bomb":
        // About 2 KB on the wire, 2 MB once decompressed.
        response.writeHead(200, { "content-encoding": "gzip" });
        return response.end(gzipSync(Buffer.alloc(2 * 1024 * 1024)));
      case "/big":
        return response.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
      case "/never":
        return; // keeps the connection open and never answers
      case "/to-metadata":
        response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
        return response.end();
      case "/to-other":
        response.writeHead(307, { location: `${otherBase}/landed` });
        return response.end();
      case "/to-file":
        response.writeHead(301, { location: "file:///etc/passwd" });
        return response.end();
      case "/to-localhost":
        response.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/hello` });
        return response.end();
      default:
        response.writeHead(404);
        return response.end("not found");
    }
  });
});

afterAll(async () => {
  await Promise.all([close(server), close(otherServer)]);
});

const local = { allowPrivateNetwork: true };

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error("expected the fetch to fail");
  return error;
}

describe("safeFetch", () => {
  it("fetches a local server with allowPrivateNetwork, with status, lower-cased headers, body and text", async () => {
    const response = await safeFetch(`${base}/hello`, local);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${base}/hello`);
    expect(response.headers["x-custom"]).toBe("yes");
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(response.text()).toBe("hello, kith ✓");
    expect(seen.at(-1)?.userAgent).toBe("Kith/0.1 (personal network manager)");
  });

  it("returns non-2xx responses rather than throwing", async () => {
    const response = await safeFetch(`${base}/missing`, local);
    expect(response.status).toBe(404);
    expect(response.text()).toBe("not found");
  });

  it("decodes text in the charset the content-type names", async () => {
    expect((await safeFetch(`${base}/latin1`, local)).text()).toBe("café");
  });

  it("decompresses gzip and brotli bodies", async () => {
    expect((await safeFetch(`${base}/gzip`, local)).text()).toBe("<p>compressed</p>");
    expect((await safeFetch(`${base}/br`, local)).text()).toBe("brotli body");
  });

  it("HEAD returns headers and no body", async () => {
    const response = await safeFetch(`${base}/hello`, { ...local, method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });

  it("caps the body after decompression, so a small gzip bomb is stopped", async () => {
    const error = await failure(safeFetch(`${base}/bomb`, { ...local, maxBytes: 1024 * 1024 }));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe("response larger than 1 MB");
    const sameBodyUnderCap = await safeFetch(`${base}/bomb`, { ...local, maxBytes: 3 * 1024 * 1024 });
    expect(sameBodyUnderCap.body.length).toBe(2 * 1024 * 1024);
  });

  it("caps an uncompressed body", async () => {
    const error = await failure(safeFetch(`${base}/big`, { ...local, maxBytes: 1024 * 1024 }));
    expect(error.message).toBe("response larger than 1 MB");
  });

  it("times out on a server that never answers", async () => {
    const started = Date.now();
    const error = await failure(safeFetch(`${base}/never`, { ...local, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe("timed out after 0.3 s");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("follows a chain of 3 redirects and refuses a 4th", async () => {
    const response = await safeFetch(`${base}/chain/3`, local);
    expect(response.text()).toBe("end of chain");
    expect(response.url).toBe(`${base}/chain/0`);
    const error = await failure(safeFetch(`${base}/chain/4`, local));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe("too many redirects (more than 3)");
    expect((await failure(safeFetch(`${base}/chain/1`, { ...local, maxRedirects: 0 }))).message).toBe("too many redirects (more than 0)");
  });

  it("refuses a redirect to the cloud metadata address even with allowPrivateNetwork", async () => {
    const error = await failure(safeFetch(`${base}/to-metadata`, local));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toBe("refused: 169.254.169.254 is a link-local address");
  });

  it("re-checks the address on every hop: a policy allowing only the first hop refuses the redirect target", async () => {
    const firstHopOnly = (_ip: string, hop: number) => (hop === 0 ? undefined : "off limits after a redirect");
    const before = seen.length;
    const error = await failure(safeFetch(`${base}/to-other`, { policy: firstHopOnly }));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toBe("refused: 127.0.0.1 is off limits after a redirect");
    expect(seen.slice(before).map((entry) => entry.path)).toEqual(["/to-other"]);
  });

  it("re-checks names on every hop: a redirect to localhost is refused at lookup", async () => {
    const firstHopOnly = (_ip: string, hop: number) => (hop === 0 ? undefined : "off limits after a redirect");
    const error = await failure(safeFetch(`${base}/to-localhost`, { policy: firstHopOnly }));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toMatch(/^refused: (127\.0\.0\.1|::1) is off limits after a redirect$/);
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const error = await failure(safeFetch(`${base}/to-file`, local));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toBe("refused: only http and https URLs can be fetched (got file:)");
  });

  it("drops the authorization header on a cross-origin redirect", async () => {
    const before = seen.length;
    const response = await safeFetch(`${base}/to-other`, { ...local, headers: { Authorization: "Bearer secret" } });
    expect(response.text()).toBe("other server");
    expect(seen.slice(before).map((entry) => [entry.path, entry.authorization])).toEqual([
      ["/to-other", "Bearer secret"],
      ["/landed", undefined],
    ]);
  });

  it("refuses the local server without allowPrivateNetwork, by literal and by name, without connecting", async () => {
    const before = seen.length;
    const literal = await failure(safeFetch(`${base}/hello`));
    expect(literal).toBeInstanceOf(FetchRefusedError);
    expect(literal.message).toBe("refused: 127.0.0.1 is a loopback address");
    const byName = await failure(safeFetch(base.replace("127.0.0.1", "localhost") + "/hello"));
    expect(byName).toBeInstanceOf(FetchRefusedError);
    expect(byName.message).toMatch(/^refused: (127\.0\.0\.1|::1) is a loopback address$/);
    expect(seen.length).toBe(before);
  });

  it.each([
    ["decimal", (port: string) => `http://2130706433:${port}/hello`],
    ["hex short form", (port: string) => `http://0x7f.1:${port}/hello`],
    ["IPv4-mapped IPv6", (port: string) => `http://[::ffff:127.0.0.1]:${port}/hello`],
  ])("refuses the local server written as a %s literal without connecting", async (_form, makeUrl) => {
    const before = seen.length;
    const error = await failure(safeFetch(makeUrl(new URL(base).port)));
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.message).toMatch(/^refused: (127\.0\.0\.1|::ffff:7f00:1) is a loopback address$/);
    expect(seen.length).toBe(before);
  });

  it("reports a closed port as a failure, not a refusal", async () => {
    const [closing, closedBase] = await listen((_request, response) => response.end());
    await close(closing);
    const error = await failure(safeFetch(`${closedBase}/`, local));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe(`connection refused by ${closedBase.slice("http://".length)}`);
  });
});
