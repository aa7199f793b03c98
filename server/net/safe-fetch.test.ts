import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forbiddenAddressReason } from "./address-policy";
import { FetchFailedError, FetchRefusedError, safeFetch, type SafeFetchOptions } from "./safe-fetch";

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
      case "/redirect":
        // The hostile-URL table's redirects: /redirect?to=<where>.
        response.writeHead(302, { location: url.searchParams.get("to") ?? "/" });
        return response.end();
      case "/loop":
        response.writeHead(302, { location: "/loop" });
        return response.end();
      case "/to-other":
        response.writeHead(307, { location: `${otherBase}/landed` });
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

  it("follows a chain of 3 redirects, and none when maxRedirects is 0", async () => {
    const response = await safeFetch(`${base}/chain/3`, local);
    expect(response.text()).toBe("end of chain");
    expect(response.url).toBe(`${base}/chain/0`);
    expect((await failure(safeFetch(`${base}/chain/1`, { ...local, maxRedirects: 0 }))).message).toBe("too many redirects (more than 0)");
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

  it("reports a closed port as a failure, not a refusal", async () => {
    const [closing, closedBase] = await listen((_request, response) => response.end());
    await close(closing);
    const error = await failure(safeFetch(`${closedBase}/`, local));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toBe(`connection refused by ${closedBase.slice("http://".length)}`);
  });
});

/**
 * Every hostile URL Kith must not fetch, through the real safeFetch. "{port}" is the port of the
 * local test server, so a literal that slipped through would actually reach it and show up in the
 * request log. Redirect rows are served by that server: the policy lets the first hop reach it on
 * 127.0.0.1 (as a public host would be) and judges every later hop like production does.
 */
type Setting = "production" | "first hop local" | "first hop local, names resolved" | "private network allowed";

interface HostileUrl {
  title: string;
  url: string;
  redirect: boolean;
  setting: Setting;
  error: typeof FetchRefusedError | typeof FetchFailedError;
  message: string | RegExp;
  /** Paths the local server saw: none when refused before connecting. */
  reached: string[];
}

const loopbackOnFirstHop = (ip: string, hop: number) => (hop === 0 && ip === "127.0.0.1" ? undefined : forbiddenAddressReason(ip));

const SETTINGS: Record<Setting, SafeFetchOptions> = {
  production: {},
  "first hop local": { policy: loopbackOnFirstHop },
  // The private-network switch lifts the check of local names, so the name reaches DNS and the connection-time check refuses what it resolves to.
  "first hop local, names resolved": { policy: loopbackOnFirstHop, allowPrivateNetwork: true },
  "private network allowed": { allowPrivateNetwork: true },
};

function direct(url: string, message: string | RegExp, error: HostileUrl["error"] = FetchRefusedError): HostileUrl {
  return { title: url, url, redirect: false, setting: "production", error, message, reached: [] };
}

function redirect(url: string, message: string | RegExp, setting: Setting = "first hop local", error: HostileUrl["error"] = FetchRefusedError): HostileUrl {
  return { title: `a redirect to ${url} (${setting})`, url, redirect: true, setting, error, message, reached: ["/redirect"] };
}

const loopback = "refused: 127.0.0.1 is a loopback address";
const metadata = "refused: 169.254.169.254 is a link-local address";
const credentials = "refused: URLs with a user name or password are not fetched";
const scheme = (name: string) => `refused: only http and https URLs can be fetched (got ${name}:)`;
const localName = (name: string) => `refused: ${name} is a name for this machine or the local network`;

const HOSTILE_URLS: HostileUrl[] = [
  // Loopback, however the address is spelled.
  direct("http://127.0.0.1:{port}/hello", loopback),
  direct("http://2130706433:{port}/hello", loopback),
  direct("http://0x7f000001:{port}/hello", loopback),
  direct("http://0x7f.1:{port}/hello", loopback),
  direct("http://0177.0.0.1:{port}/hello", loopback),
  direct("http://017700000001:{port}/hello", loopback),
  direct("http://127.1:{port}/hello", loopback),
  direct("http://127.000.000.001:{port}/hello", loopback),
  direct("http://127.0.0.1.:{port}/hello", loopback),
  direct("http://①②⑦.⓪.⓪.①:{port}/hello", loopback),
  direct("http://１２７.０.０.１:{port}/hello", loopback),
  direct("http://[::1]:{port}/hello", "refused: ::1 is a loopback address"),
  direct("http://[0:0:0:0:0:0:0:1]:{port}/hello", "refused: ::1 is a loopback address"),
  direct("http://[::ffff:127.0.0.1]:{port}/hello", "refused: ::ffff:7f00:1 is a loopback address"),
  direct("http://[::ffff:7f00:1]:{port}/hello", "refused: ::ffff:7f00:1 is a loopback address"),
  direct("http://[::127.0.0.1]:{port}/hello", "refused: ::7f00:1 is a loopback address"),
  direct("http://[64:ff9b::127.0.0.1]:{port}/hello", "refused: 64:ff9b::7f00:1 is a loopback address"),
  direct("http://[2002:7f00:1::]:{port}/hello", "refused: 2002:7f00:1:: is a loopback address"),
  // The unspecified address reaches this machine on Linux.
  direct("http://0.0.0.0:{port}/hello", "refused: 0.0.0.0 is an unspecified address"),
  direct("http://0:{port}/hello", "refused: 0.0.0.0 is an unspecified address"),
  direct("http://[::]:{port}/hello", "refused: :: is an unspecified address"),
  // Names for this machine or the local network, refused before they are looked up.
  direct("http://localhost:{port}/hello", localName("localhost")),
  direct("http://LOCALHOST.:{port}/hello", localName("localhost.")),
  direct("http://kith.localhost:{port}/hello", localName("kith.localhost")),
  direct("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:{port}/hello", localName("localhost")),
  direct("http://printer.local/", localName("printer.local")),
  direct("http://metadata.google.internal/computeMetadata/v1/", localName("metadata.google.internal")),
  direct("http://router.home.arpa/", localName("router.home.arpa")),
  // Cloud metadata and link-local.
  direct("http://169.254.169.254/latest/meta-data/", metadata),
  direct("http://0xa9fea9fe/latest/meta-data/", metadata),
  direct("http://2852039166/latest/meta-data/", metadata),
  direct("http://[::ffff:169.254.169.254]/latest/meta-data/", "refused: ::ffff:a9fe:a9fe is a link-local address"),
  direct("http://[fd00:ec2::254]/latest/meta-data/", "refused: fd00:ec2::254 is a private address"),
  direct("http://[fe80::1]/", "refused: fe80::1 is a link-local address"),
  direct("http://[fe80::1%25eth0]/", 'refused: "http://[fe80::1%25eth0]/" is not a URL'),
  // Private, shared and special-purpose ranges.
  direct("http://10.0.0.1/", "refused: 10.0.0.1 is a private address"),
  direct("http://0xa.0.0.1/", "refused: 10.0.0.1 is a private address"),
  direct("http://172.16.0.1/", "refused: 172.16.0.1 is a private address"),
  direct("http://172.31.255.255/", "refused: 172.31.255.255 is a private address"),
  direct("http://192.168.1.1/", "refused: 192.168.1.1 is a private address"),
  direct("http://3232235777/", "refused: 192.168.1.1 is a private address"),
  direct("http://0300.0250.0.1/", "refused: 192.168.0.1 is a private address"),
  direct("http://[::ffff:10.0.0.1]/", "refused: ::ffff:a00:1 is a private address"),
  direct("http://[fd00::1]/", "refused: fd00::1 is a private address"),
  direct("http://100.64.0.1/", "refused: 100.64.0.1 is a carrier-grade NAT address"),
  direct("http://198.18.0.1/", "refused: 198.18.0.1 is a benchmarking address"),
  direct("http://192.0.2.1/", "refused: 192.0.2.1 is a documentation address"),
  direct("http://224.0.0.1/", "refused: 224.0.0.1 is a multicast address"),
  direct("http://[ff02::1]/", "refused: ff02::1 is a multicast address"),
  direct("http://240.0.0.1/", "refused: 240.0.0.1 is a reserved address"),
  direct("http://255.255.255.255/", "refused: 255.255.255.255 is a broadcast address"),
  direct("http://[2001:0:4136:e378::1]/", "refused: 2001:0:4136:e378::1 is a Teredo address"),
  // User-info and fragment tricks that make the real host hard to see.
  direct("http://evil.com@127.0.0.1:{port}/hello", credentials),
  direct("http://user:pass@example.com/", credentials),
  direct("https://:secret@example.com/", credentials),
  direct("http://127.0.0.1:{port}#@evil.com/", loopback),
  direct("http://127.0.0.1:{port}\\@evil.com/", loopback),
  // Schemes other than http(s).
  direct("file:///etc/passwd", scheme("file")),
  direct("ftp://example.com/file", scheme("ftp")),
  direct("gopher://127.0.0.1:6379/_FLUSHALL", scheme("gopher")),
  direct("dict://127.0.0.1:11211/stat", scheme("dict")),
  direct("data:text/html,<script>alert(1)</script>", scheme("data")),
  direct("javascript:alert(document.cookie)", scheme("javascript")),
  direct("ws://example.com/socket", scheme("ws")),
  direct("not a url", 'refused: "not a url" is not a URL'),
  // Services that are not the web, on a public address.
  direct("http://8.8.8.8:25/", "refused: port 25 is for SMTP, not the web"),
  direct("https://1.1.1.1:22/", "refused: port 22 is for SSH, not the web"),
  direct("http://8.8.8.8:6379/", "refused: port 6379 is for Redis, not the web"),
  direct("http://8.8.8.8:5432/", "refused: port 5432 is for PostgreSQL, not the web"),
  // Redirects: every hop is judged again.
  redirect("http://127.0.0.1:{port}/hello", loopback),
  redirect("http://2130706433:{port}/hello", loopback),
  redirect("//127.0.0.1:{port}/hello", loopback),
  redirect("http://[::ffff:127.0.0.1]:{port}/hello", "refused: ::ffff:7f00:1 is a loopback address"),
  redirect("http://169.254.169.254/latest/meta-data/", metadata),
  redirect("http://169.254.169.254/latest/meta-data/", metadata, "private network allowed"),
  redirect("http://10.0.0.1/admin", "refused: 10.0.0.1 is a private address"),
  redirect("http://[fd00::1]/", "refused: fd00::1 is a private address"),
  redirect("http://localhost:{port}/hello", localName("localhost")),
  redirect("http://localhost:{port}/hello", /^refused: (127\.0\.0\.1|::1) is a loopback address$/, "first hop local, names resolved"),
  redirect("http://user:pass@127.0.0.1:{port}/hello", credentials),
  redirect("file:///etc/passwd", scheme("file"), "private network allowed"),
  redirect("gopher://127.0.0.1:6379/_FLUSHALL", scheme("gopher"), "private network allowed"),
  redirect("http://8.8.8.8:25/", "refused: port 25 is for SMTP, not the web"),
  redirect("http://[::1", "redirected to an invalid URL: http://[::1", "private network allowed", FetchFailedError),
  { title: "a redirect loop", url: "/loop", redirect: false, setting: "private network allowed", error: FetchFailedError, message: "too many redirects (more than 3)", reached: ["/loop", "/loop", "/loop", "/loop"] },
  { title: "a chain of 4 redirects", url: "/chain/4", redirect: false, setting: "private network allowed", error: FetchFailedError, message: "too many redirects (more than 3)", reached: ["/chain/4", "/chain/3", "/chain/2", "/chain/1"] },
];

describe("safeFetch refuses hostile URLs", () => {
  it("has at least 40 of them", () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_URLS)("$title", async ({ url, redirect: viaRedirect, setting, error: errorClass, message, reached }) => {
    const port = new URL(base).port;
    const target = url.replaceAll("{port}", port);
    const start = viaRedirect ? `${base}/redirect?to=${encodeURIComponent(target)}` : target.startsWith("/") ? `${base}${target}` : target;
    const before = seen.length;
    // Short, so a regression that lets a private address through fails here instead of hanging.
    const error = await failure(safeFetch(start, { ...SETTINGS[setting], timeoutMs: 2_000 }));
    expect(error).toBeInstanceOf(errorClass);
    if (typeof message === "string") expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(seen.slice(before).map((entry) => entry.path)).toEqual(reached);
  });
});
