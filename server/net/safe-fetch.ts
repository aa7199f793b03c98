import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchRefusedError, forbiddenAddressReason, parseHttpUrl, refuseLocalNameOrPort } from "./address-policy";

export { FetchRefusedError } from "./address-policy";

/** The fetch was attempted and did not succeed: network error, timeout, oversized body, too many redirects. */
export class FetchFailedError extends Error {
  override name = "FetchFailedError";
}

/** Decides, per redirect hop (0 = the URL asked for), why an address is refused, or undefined to allow it. */
export type AddressPolicy = (ip: string, hop: number) => string | undefined;

export interface SafeFetchOptions {
  method?: "GET" | "HEAD";
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Cap on the body after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  allowPrivateNetwork?: boolean;
  /** Overrides the address check derived from allowPrivateNetwork. */
  policy?: AddressPolicy;
  userAgent?: string;
}

export interface SafeResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  text(): string;
}

const DEFAULT_USER_AGENT = "Kith/0.1 (personal network manager)";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MB = 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Resolves every address of a name and refuses the connection if any one is forbidden, so a rebinding DNS answer cannot slip through between check and connect. */
function guardedLookup(check: (ip: string) => string | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((address) => check(address.address) !== undefined);
      if (refused) return callback(new FetchRefusedError(`refused: ${refused.address} is ${check(refused.address)}`), "", 0);
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new FetchFailedError(`could not resolve ${hostname}`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

function charsetOf(contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
  return charset ?? "utf-8";
}

function describeNetworkError(error: unknown, url: URL): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `could not resolve ${url.hostname}`;
  if (code === "ECONNREFUSED") return `connection refused by ${url.host}`;
  return `could not fetch ${url.host}: ${message.split("\n")[0]}`;
}

interface Hop {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function fetchOnce(target: URL, method: "GET" | "HEAD", headers: Record<string, string>, lookup: LookupFunction, maxBytes: number, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const hostname = target.hostname.replace(/^\[(.*)\]$/, "$1");
    const options: RequestOptions & { servername?: string } = {
      method,
      headers: { ...headers, "accept-encoding": "gzip, deflate, br" },
      lookup,
      signal,
      // A fresh connection per request, so every hop goes through the guarded lookup.
      agent: false,
    };
    if (target.protocol === "https:" && !isIP(hostname)) options.servername = hostname;
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const fail = (error: unknown) => {
      if (error instanceof FetchRefusedError || error instanceof FetchFailedError) reject(error);
      else if (signal.aborted) reject(signal.reason);
      else reject(new FetchFailedError(describeNetworkError(error, target)));
    };
    const request = send(target, options, (response) => {
      const status = response.statusCode ?? 0;
      const responseHeaders = flattenHeaders(response.headers);
      if (method === "HEAD" || (REDIRECT_STATUSES.has(status) && responseHeaders.location)) {
        response.resume();
        resolve({ status, headers: responseHeaders, body: Buffer.alloc(0) });
        return;
      }
      const tooLarge = () => new FetchFailedError(`response larger than ${formatBytes(maxBytes)}`);
      const declared = Number(responseHeaders["content-length"]);
      if (!responseHeaders["content-encoding"] && Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        reject(tooLarge());
        return;
      }
      const stream = decoded(response);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          response.destroy();
          stream.destroy();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      stream.on("end", () => resolve({ status, headers: responseHeaders, body: Buffer.concat(chunks) }));
      stream.on("error", fail);
      response.on("error", fail);
    });
    request.on("error", fail);
    request.end();
  });
}

/**
 * The one way Kith fetches from the internet: http(s) only, no private or special addresses (checked on
 * every resolved address at connection time and on every redirect hop), capped size and time.
 */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeResponse> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * MB;
  const maxRedirects = options.maxRedirects ?? 3;
  const policy: AddressPolicy = options.policy ?? ((ip) => forbiddenAddressReason(ip, { allowPrivateNetwork: options.allowPrivateNetwork }));
  const method = options.method ?? "GET";
  let headers: Record<string, string> = { "user-agent": options.userAgent ?? DEFAULT_USER_AGENT };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchFailedError(`timed out after ${formatSeconds(timeoutMs)}`)), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      // IP literals are never looked up, so they are judged here; names are judged as they resolve.
      const target = parseHttpUrl(current);
      if (!options.allowPrivateNetwork) refuseLocalNameOrPort(target);
      if (target.ip) {
        const reason = policy(target.ip, hop);
        if (reason) throw new FetchRefusedError(`refused: ${target.ip} is ${reason}`);
      }
      const lookup = guardedLookup((ip) => policy(ip, hop));
      const result = await fetchOnce(target.url, method, headers, lookup, maxBytes, controller.signal);
      const location = result.headers.location;
      if (!REDIRECT_STATUSES.has(result.status) || !location) {
        const contentType = result.headers["content-type"];
        return {
          url: target.url.href,
          status: result.status,
          headers: result.headers,
          body: result.body,
          text() {
            try {
              return new TextDecoder(charsetOf(contentType)).decode(result.body);
            } catch {
              return new TextDecoder("utf-8").decode(result.body);
            }
          },
        };
      }
      if (hop >= maxRedirects) throw new FetchFailedError(`too many redirects (more than ${maxRedirects})`);
      if (!URL.canParse(location, target.url)) throw new FetchFailedError(`redirected to an invalid URL: ${location.slice(0, 100)}`);
      const next = new URL(location, target.url);
      if (next.origin !== target.url.origin) {
        const { authorization: _authorization, cookie: _cookie, ...rest } = headers;
        headers = rest;
      }
      current = next.href;
    }
  } finally {
    clearTimeout(timer);
  }
}
