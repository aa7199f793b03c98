import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny HTTP server on 127.0.0.1 that speaks the linked sources' APIs for tests, end-to-end
 * runs and the benchmark. Each API is a handler (e2e/fake-sources/<kind>.ts); the server adds
 * what every real server does to us: ETags and 304s, and faults on demand (429 with Retry-After,
 * 500, slow answers, oversized bodies, redirects to private addresses).
 */

/** Answers a request it knows (returns true), or passes (false) so the next handler may. */
export type FakeHandler = (request: IncomingMessage, response: ServerResponse, url: URL, server: FakeServer) => boolean | Promise<boolean>;

export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (a timeout test waits longer than the client will). */
  delayMs?: number;
  /** How many requests it applies to; Infinity for all. Defaults to 1. */
  times?: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `127.0.0.1:PORT` */
  host: string;
  /** Every request received, in order: method, path with query, request headers. */
  requests: { method: string; path: string; headers: IncomingMessage["headers"] }[];
  /** The next request(s) whose path starts with pathPrefix get this answer instead. */
  fault(pathPrefix: string, fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/**
 * Sends a body with a strong ETag computed from it, answering 304 when the request's
 * If-None-Match (or If-Modified-Since, against lastModified) shows the client has it already.
 */
export function sendCacheable(
  request: IncomingMessage,
  response: ServerResponse,
  body: string | Buffer,
  contentType: string,
  { status = 200, headers = {}, lastModified }: { status?: number; headers?: Record<string, string>; lastModified?: Date } = {},
): void {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const base: Record<string, string> = { etag, ...headers };
  if (lastModified) base["last-modified"] = lastModified.toUTCString();
  const ifNoneMatch = request.headers["if-none-match"];
  const ifModifiedSince = request.headers["if-modified-since"];
  const fresh = ifNoneMatch !== undefined ? ifNoneMatch.split(/\s*,\s*/).includes(etag) : lastModified !== undefined && ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Math.floor(lastModified.getTime() / 1000) * 1000;
  if (status === 200 && fresh) {
    response.writeHead(304, base).end();
    return;
  }
  response.writeHead(status, { "content-type": contentType, ...base }).end(body);
}

export function sendJson(request: IncomingMessage, response: ServerResponse, value: unknown, options: { status?: number; headers?: Record<string, string> } = {}): void {
  sendCacheable(request, response, JSON.stringify(value), "application/json; charset=utf-8", options);
}

export async function startFakeServer(handlers: FakeHandler[], { port = 0 }: { port?: number } = {}): Promise<FakeServer> {
  const faults: (Fault & { prefix: string; left: number })[] = [];
  const requests: FakeServer["requests"] = [];
  const holder: { fake?: FakeServer } = {};

  const server = createServer((request, response) => {
    void (async () => {
      const fake = holder.fake;
      if (!fake) throw new Error("The fake server answered before it started");
      const url = new URL(request.url ?? "/", fake.origin);
      requests.push({ method: request.method ?? "GET", path: url.pathname + url.search, headers: request.headers });
      const fault = faults.find((candidate) => candidate.left > 0 && url.pathname.startsWith(candidate.prefix));
      if (fault) {
        fault.left--;
        if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (response.destroyed) return;
        response.writeHead(fault.status ?? 500, { "content-type": "application/json", ...fault.headers }).end(fault.body ?? JSON.stringify({ error: "Injected fault" }));
        return;
      }
      for (const handler of handlers) if (await handler(request, response, url, fake)) return;
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "Record not found" }));
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  const fake: FakeServer = {
    origin: `http://127.0.0.1:${bound}`,
    host: `127.0.0.1:${bound}`,
    requests,
    fault(prefix, fault) {
      faults.push({ ...fault, prefix, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  holder.fake = fake;
  return fake;
}
