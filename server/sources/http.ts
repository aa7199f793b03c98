import { parseHttpUrl } from "@/server/net/address-policy";
import { safeFetch, type SafeFetchOptions, type SafeResponse } from "@/server/net/safe-fetch";
import { hostPacer, type HostPacer } from "@/server/net/host-pacer";
import { decodeBody } from "@/server/net/decode";

/** What a source remembers of a URL to make the next request conditional. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The far end asked us to slow down (429; 503 with Retry-After; GitHub's 403 with an exhausted limit): try again after retryAfterMs. */
export class SourceRateLimitedError extends Error {
  override name = "SourceRateLimitedError";
  constructor(
    readonly host: string,
    readonly retryAfterMs: number,
  ) {
    super(`${host} asked Kith to slow down; trying again in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** The far end failed (5xx) or answered something unusable; worth retrying later. */
export class SourceUnavailableError extends Error {
  override name = "SourceUnavailableError";
}

export interface SourceResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** True on 304: the stored validators still hold and the body is empty. */
  notModified: boolean;
  headers: Record<string, string>;
  body: Buffer;
  /** The body as text, decoded by the charset the response declares (header, BOM, XML or HTML meta). */
  text(): string;
  /** The body parsed as JSON; a SourceUnavailableError when it is not JSON. */
  json<T>(): T;
}

export interface SourceGetOptions {
  accept?: string;
  headers?: Record<string, string>;
  /** Send the stored ETag / Last-Modified, and remember the new ones. Defaults to true. */
  conditional?: boolean;
  maxBytes?: number;
  /** Shorter than the usual limit for requests that are a bonus (checking a rel=me link back). */
  timeoutMs?: number;
}

export interface SourceHttpOptions {
  /** Validators from the source's last sync, by URL. */
  validators?: Record<string, Validators>;
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  pacer?: HostPacer;
  fetch?: (url: string, options: SafeFetchOptions) => Promise<SafeResponse>;
}

const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * When a rate-limit header says no requests are left, how long until the window resets.
 * Reset comes as epoch seconds (GitHub), an ISO timestamp (Mastodon) or seconds from now (IETF draft, Bluesky).
 */
export function rateLimitWaitMs(headers: Record<string, string>, now = Date.now()): number | undefined {
  const remaining = (headers["x-ratelimit-remaining"] ?? headers["ratelimit-remaining"] ?? "").trim();
  // Only a count of zero blocks: a missing, empty or unreadable count must not stop a source.
  if (!/^\d+$/.test(remaining) || Number(remaining) > 0) return undefined;
  const reset = (headers["x-ratelimit-reset"] ?? headers["ratelimit-reset"] ?? "").trim();
  if (/^\d+$/.test(reset)) {
    const number = Number(reset);
    // Epoch seconds are ~1.7e9; a window in seconds is far smaller.
    return number > 1e9 ? Math.max(0, number * 1000 - now) : number * 1000;
  }
  const date = Date.parse(reset);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}

/**
 * How an adapter talks to the far end: the safe fetch, conditional requests against the
 * validators the source stored last time, the host's pacing, and rate limits turned into errors
 * the job runner retries after the wait the server asked for.
 */
export class SourceHttp {
  readonly allowPrivateNetwork: boolean;
  private readonly previous: Record<string, Validators>;
  private readonly next: Record<string, Validators> = {};
  private readonly timeoutMs: number | undefined;
  private readonly pacer: HostPacer;
  private readonly fetchImpl: (url: string, options: SafeFetchOptions) => Promise<SafeResponse>;
  /** Requests sent, for the probe's and the benchmark's accounting. */
  requests = 0;

  constructor(options: SourceHttpOptions = {}) {
    this.previous = options.validators ?? {};
    this.allowPrivateNetwork = options.allowPrivateNetwork ?? false;
    this.timeoutMs = options.timeoutMs;
    this.pacer = options.pacer ?? hostPacer;
    this.fetchImpl = options.fetch ?? safeFetch;
  }

  /** The validators to store for next time: those of the URLs fetched in this sync. */
  get validators(): Record<string, Validators> {
    return { ...this.next };
  }

  async get(url: string, options: SourceGetOptions = {}): Promise<SourceResponse> {
    const conditional = options.conditional ?? true;
    const headers: Record<string, string> = { ...options.headers };
    if (options.accept) headers.accept = options.accept;
    const stored = conditional ? this.previous[url] : undefined;
    if (stored?.etag) headers["if-none-match"] = stored.etag;
    if (stored?.lastModified) headers["if-modified-since"] = stored.lastModified;

    // A URL that may never be fetched (not http(s), credentials) is refused before it takes a pacing slot.
    const host = parseHttpUrl(url).url.host;
    await this.pacer.wait(host);
    this.requests++;
    const response = await this.fetchImpl(url, {
      headers,
      allowPrivateNetwork: this.allowPrivateNetwork,
      ...((options.timeoutMs ?? this.timeoutMs) === undefined ? {} : { timeoutMs: options.timeoutMs ?? this.timeoutMs }),
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    });

    const limitedFor = rateLimitWaitMs(response.headers);
    if (limitedFor !== undefined) this.pacer.block(host, limitedFor);
    // GitHub answers an exhausted limit with 403 and x-ratelimit-remaining: 0, and a secondary limit with 403 and Retry-After.
    const retryAfterGiven = response.headers["retry-after"] !== undefined;
    const rateLimited =
      response.status === 429 || (response.status === 503 && retryAfterGiven) || (response.status === 403 && (retryAfterGiven || limitedFor !== undefined));
    if (rateLimited) {
      const wait = parseRetryAfter(response.headers["retry-after"]) ?? limitedFor ?? DEFAULT_RETRY_AFTER_MS;
      this.pacer.block(host, wait);
      throw new SourceRateLimitedError(host, wait);
    }
    if (response.status >= 500) throw new SourceUnavailableError(`${host} answered ${response.status}; Kith will try again later`);

    const notModified = response.status === 304;
    if (conditional) {
      if (notModified && stored) this.next[url] = stored;
      else if (response.status === 200) {
        const fresh: Validators = {};
        if (response.headers.etag) fresh.etag = response.headers.etag;
        if (response.headers["last-modified"]) fresh.lastModified = response.headers["last-modified"];
        if (fresh.etag || fresh.lastModified) this.next[url] = fresh;
      }
    }
    const contentType = response.headers["content-type"];
    return {
      url: response.url,
      status: response.status,
      notModified,
      headers: response.headers,
      body: response.body,
      text: () => decodeBody(response.body, contentType),
      json<T>(): T {
        try {
          return JSON.parse(decodeBody(response.body, contentType)) as T;
        } catch {
          throw new SourceUnavailableError(`${host} answered something that is not JSON (HTTP ${response.status})`);
        }
      },
    };
  }
}
