import { z } from "zod";
import { UserInputError } from "@/server/errors";
import { sanitizeHtml } from "@/server/sources/html";
import { SourceUnavailableError, type SourceResponse } from "@/server/sources/http";
import { parseWebUrl } from "@/server/sources/origin";
import type {
  AdapterContext,
  Json,
  MediaLink,
  ProfileSnapshot,
  ProfileStepResult,
  SourceAdapter,
  SourceRef,
  SourceSuggestion,
  SourcesConfig,
  StatusUpdate,
  UpdatesStepResult,
} from "@/server/sources/types";

const INPUT_HELP = "Type a Bluesky handle like ana.bsky.social, a DID, or the bsky.app profile address.";
const WEB = "https://bsky.app";
const JSON_ACCEPT = "application/json";
const INVALID_HANDLE = "handle.invalid";
const MAX_PAGE_SIZE = 100;
/** A guard against a far end that hands out cursors forever. */
const MAX_PAGES = 30;

const HANDLE = /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z](?:[a-z\d-]{0,61}[a-z\d])?$/;
/** TLDs the AT Protocol refuses for handles. */
const DISALLOWED_TLDS = new Set(["alt", "arpa", "internal", "invalid", "local", "localhost", "onion"]);
const DID_PLC = /^did:plc:[a-z2-7]{24}$/;
const DID_WEB = /^did:web:(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]+$|^did:web:localhost%3a\d+$/;
/** Handles on shared hosts: the domain is the host's, not the person's, so it is no website of theirs. */
const SHARED_HANDLE_SUFFIXES = [".bsky.social", ".brid.gy"];

// ---------------------------------------------------------------------------------------------
// Input

function canonicalIdentifier(raw: string): string | undefined {
  const value = raw.trim().replace(/^@/, "").toLowerCase();
  if (value.startsWith("did:")) return DID_PLC.test(value) || DID_WEB.test(value) ? value : undefined;
  if (!HANDLE.test(value)) return undefined;
  const tld = value.slice(value.lastIndexOf(".") + 1);
  return DISALLOWED_TLDS.has(tld) ? undefined : value;
}

/** The handle or DID inside a bsky.app profile/post address or an at:// URI; null when it is such an address without one. */
function identifierFromAddress(input: string): string | null | undefined {
  if (/^at:\/\//i.test(input)) return input.slice(5).split("/")[0] ?? null;
  if (!/^(?:https?:\/\/)?(?:www\.|staging\.)?bsky\.app(?:[/?#]|$)/i.test(input)) return undefined;
  const url = parseWebUrl(input);
  if (!url) return null;
  const [first, second] = url.pathname.split("/").filter(Boolean);
  if (first !== "profile" || !second) return null;
  try {
    return decodeURIComponent(second);
  } catch {
    return null;
  }
}

/** The canonical form of a Bluesky source: a lower-cased handle without @, or a DID. */
export function parseBlueskyInput(input: string): string {
  const trimmed = input.trim();
  const fromAddress = identifierFromAddress(trimmed);
  const identifier = fromAddress === undefined ? trimmed : fromAddress;
  const canonical = identifier === null ? undefined : canonicalIdentifier(identifier);
  if (!canonical) throw new UserInputError(INPUT_HELP);
  return canonical;
}

// ---------------------------------------------------------------------------------------------
// Cursor and carry

interface FeedMark {
  /** The feed item's externalId. */
  key: string;
  /** When the item entered the feed (the post's or the repost's indexedAt). */
  indexedAt: string;
}

interface BlueskyCursor {
  did: string | null;
  handle: string | null;
  newest: FeedMark | null;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function readCursor(value: unknown): BlueskyCursor {
  const object = asObject(value);
  const newest = asObject(object?.newest);
  const key = asString(newest?.key);
  const indexedAt = asString(newest?.indexedAt);
  return {
    did: asString(object?.did) ?? null,
    handle: asString(object?.handle) ?? null,
    newest: key && indexedAt ? { key, indexedAt } : null,
  };
}

function cursorJson(cursor: BlueskyCursor): Json {
  return { did: cursor.did, handle: cursor.handle, newest: cursor.newest ? { ...cursor.newest } : null };
}

// ---------------------------------------------------------------------------------------------
// XRPC

function appViewBase(config: SourcesConfig): string {
  return config.blueskyAppViewUrl.replace(/\/+$/, "");
}

function xrpcUrl(base: string, method: string, params: Record<string, string | number | undefined>): string {
  const url = new URL(`${base}/xrpc/${method}`);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url.href;
}

interface XrpcError {
  status: number;
  error: string;
  message: string;
}

function xrpcError(response: SourceResponse): XrpcError {
  let body: Record<string, unknown> | undefined;
  try {
    body = asObject(JSON.parse(response.text()));
  } catch {
    body = undefined;
  }
  return { status: response.status, error: asString(body?.error) ?? "", message: asString(body?.message) ?? "" };
}

function unreadable(what: string, error: XrpcError): SourceUnavailableError {
  const detail = [error.error, error.message].filter(Boolean).join(": ");
  return new SourceUnavailableError(`Bluesky could not give ${what} (HTTP ${error.status}${detail ? `, ${detail}` : ""}); Kith will try again later`);
}

type DeadState = Pick<ProfileStepResult, "state" | "stateReason">;

/** The XRPC errors that mean the account is not (or no longer) there, as a state; undefined for anything else. */
export function deadStateOf(error: Pick<XrpcError, "error" | "message">, who: string): DeadState | undefined {
  if (error.error === "AccountTakedown") return { state: "suspended", stateReason: `Bluesky has suspended ${who}.` };
  if (error.error === "AccountDeactivated") return { state: "gone", stateReason: `The owner of ${who} has deactivated the account.` };
  if (error.error === "HandleNotFound" || error.error === "ActorNotFound" || /not found|unable to resolve/i.test(error.message)) {
    return { state: "not_found", stateReason: `No Bluesky account ${who} exists.` };
  }
  return undefined;
}

function deadResult(dead: DeadState): ProfileStepResult {
  return { ...dead, profile: null, suggestions: [], carry: null };
}

// ---------------------------------------------------------------------------------------------
// Profile

const profileViewSchema = z.object({
  did: z.string().min(1),
  handle: z.string().min(1),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  avatar: z.string().nullish(),
  website: z.string().nullish(),
});
type ProfileView = z.infer<typeof profileViewSchema>;

function httpUrl(value: string | null | undefined): string | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function profilePath(handleOrDid: string): string {
  return `${WEB}/profile/${handleOrDid}`;
}

/** The person's own domain, when their handle is one (handles are verified by the domain's DNS or well-known file). */
function handleDomain(handle: string): string | null {
  if (handle === INVALID_HANDLE || SHARED_HANDLE_SUFFIXES.some((suffix) => handle.endsWith(suffix))) return null;
  return `https://${handle}`;
}

export function toProfile(view: ProfileView): ProfileSnapshot {
  const handle = view.handle.toLowerCase();
  const valid = handle !== INVALID_HANDLE;
  const website = view.website ? (parseWebUrl(view.website)?.href ?? null) : null;
  const domain = valid ? handleDomain(handle) : null;
  return {
    displayName: text(view.displayName),
    handle: valid ? handle : null,
    url: profilePath(valid ? handle : view.did),
    avatarUrl: httpUrl(view.avatar),
    bio: text(view.description),
    location: null,
    company: null,
    title: null,
    links: website ? [website] : [],
    verifiedLinks: domain ? [new URL(domain).href] : [],
  };
}

export function profileSuggestions(profile: ProfileSnapshot): SourceSuggestion[] {
  const suggestions: SourceSuggestion[] = profile.links.map((url) => ({ kind: "website", input: url }));
  for (const url of profile.verifiedLinks) {
    const existing = suggestions.find((suggestion) => suggestion.input === url);
    if (existing) existing.verified = true;
    else suggestions.push({ kind: "website", input: url.replace(/\/$/, ""), verified: true });
  }
  return suggestions;
}

async function resolveHandle(context: AdapterContext, base: string, handle: string): Promise<{ did: string } | DeadState> {
  const response = await context.http.get(xrpcUrl(base, "com.atproto.identity.resolveHandle", { handle }), { accept: JSON_ACCEPT, conditional: false });
  if (response.status === 200) {
    const did = asString(asObject(response.json<unknown>())?.did);
    if (did) return { did };
    throw new SourceUnavailableError("Bluesky answered a handle lookup without a DID; Kith will try again later");
  }
  const error = xrpcError(response);
  const dead = error.status === 400 ? deadStateOf(error, handle) : undefined;
  if (dead) return dead;
  throw unreadable(`the account behind ${handle}`, error);
}

async function fetchProfile(context: AdapterContext, source: SourceRef): Promise<ProfileStepResult> {
  const base = appViewBase(context.config);
  const saved = readCursor(source.cursor);
  let did = saved.did ?? (source.input.startsWith("did:") ? source.input : null);
  // The first sync turns a handle into the DID once, so every later request has the same (conditional) URL
  // and survives a change of handle.
  if (!did) {
    const resolved = await resolveHandle(context, base, source.input);
    if ("state" in resolved) return deadResult(resolved);
    did = resolved.did;
  }

  const response = await context.http.get(xrpcUrl(base, "app.bsky.actor.getProfile", { actor: did }), { accept: JSON_ACCEPT });
  if (response.notModified) {
    return { state: "ok", stateReason: null, profile: null, suggestions: [], carry: { did, handle: saved.handle } };
  }
  if (response.status !== 200) {
    const error = xrpcError(response);
    const dead = error.status === 400 ? deadStateOf(error, saved.handle ?? source.input) : undefined;
    if (dead) return deadResult(dead);
    throw unreadable("this profile", error);
  }
  const parsed = profileViewSchema.safeParse(response.json<unknown>());
  if (!parsed.success) throw new SourceUnavailableError("Bluesky answered a profile Kith cannot read; Kith will try again later");
  const profile = toProfile(parsed.data);
  return {
    state: "ok",
    stateReason: profile.handle ? null : "Bluesky could not verify this account's handle, so it shows as handle.invalid for now.",
    profile,
    suggestions: profileSuggestions(profile),
    carry: { did: parsed.data.did, handle: profile.handle },
  };
}

// ---------------------------------------------------------------------------------------------
// Rich text

interface Facet {
  byteStart: number;
  byteEnd: number;
  href: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function facetHref(features: unknown): string | undefined {
  if (!Array.isArray(features)) return undefined;
  for (const feature of features) {
    const object = asObject(feature);
    const type = asString(object?.$type);
    if (type === "app.bsky.richtext.facet#link") {
      const href = httpUrl(asString(object?.uri));
      if (href) return href;
    } else if (type === "app.bsky.richtext.facet#mention") {
      const did = asString(object?.did);
      if (did?.startsWith("did:")) return profilePath(did);
    } else if (type === "app.bsky.richtext.facet#tag") {
      const tag = asString(object?.tag);
      if (tag) return `${WEB}/hashtag/${encodeURIComponent(tag)}`;
    }
  }
  return undefined;
}

/** A UTF-8 continuation byte: an index there would cut a character in half. */
const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

function readFacets(facets: unknown, bytes: Uint8Array): Facet[] {
  if (!Array.isArray(facets)) return [];
  const result: Facet[] = [];
  for (const facet of facets) {
    const object = asObject(facet);
    const index = asObject(object?.index);
    const byteStart = index?.byteStart;
    const byteEnd = index?.byteEnd;
    if (!Number.isInteger(byteStart) || !Number.isInteger(byteEnd)) continue;
    const start = byteStart as number;
    const end = byteEnd as number;
    if (start < 0 || end <= start || end > bytes.length || isContinuation(bytes[start]) || isContinuation(bytes[end])) continue;
    const href = facetHref(object?.features);
    if (href) result.push({ byteStart: start, byteEnd: end, href });
  }
  return result.sort((a, b) => a.byteStart - b.byteStart);
}

/**
 * A post's text as HTML, its facets (links, mentions, tags) turned into links. Facets index the
 * text's UTF-8 bytes, not JavaScript's UTF-16 string, so the text is cut as bytes.
 */
export function richTextToHtml(postText: string, facets: unknown): string {
  if (!postText) return "";
  const bytes = encoder.encode(postText);
  const slice = (start: number, end?: number) => escapeHtml(decoder.decode(bytes.subarray(start, end)));
  let html = "";
  let at = 0;
  for (const facet of readFacets(facets, bytes)) {
    if (facet.byteStart < at) continue;
    html += slice(at, facet.byteStart);
    html += `<a href="${escapeHtml(facet.href)}">${slice(facet.byteStart, facet.byteEnd).replace(/\n/g, "<br />")}</a>`;
    at = facet.byteEnd;
  }
  html += slice(at);
  // Links carry no newlines any more, so splitting paragraphs never cuts one.
  const paragraphs = html
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br />")}</p>`)
    .join("");
  return sanitizeHtml(paragraphs, WEB);
}

// ---------------------------------------------------------------------------------------------
// Posts

const authorSchema = z.object({ did: z.string().min(1), handle: z.string().min(1) });
const feedItemSchema = z.object({
  post: z.object({
    uri: z.string().startsWith("at://"),
    author: authorSchema,
    record: z.object({ text: z.string().nullish(), facets: z.unknown().optional(), createdAt: z.string().nullish() }),
    embed: z.unknown().optional(),
    indexedAt: z.string().nullish(),
  }),
  reason: z.object({ $type: z.string(), indexedAt: z.string().nullish() }).nullish(),
});
type FeedItem = z.infer<typeof feedItemSchema>;
const feedPageSchema = z.object({ cursor: z.string().nullish(), feed: z.array(z.unknown()) });

const REPOST = "app.bsky.feed.defs#reasonRepost";
const PIN = "app.bsky.feed.defs#reasonPin";

function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function postUrl(author: { did: string; handle: string }, uri: string): string {
  const rkey = uri.split("/").pop() ?? "";
  const handle = author.handle.toLowerCase();
  return `${profilePath(handle === INVALID_HANDLE ? author.did : handle)}/post/${encodeURIComponent(rkey)}`;
}

function quotedPost(record: unknown): MediaLink[] {
  const view = asObject(record);
  const author = asObject(view?.author);
  const uri = asString(view?.uri);
  const did = asString(author?.did);
  const handle = asString(author?.handle);
  if (asString(view?.$type) !== "app.bsky.embed.record#viewRecord" || !uri || !did || !handle) return [];
  return [{ url: postUrl({ did, handle }, uri), alt: null, kind: "link" }];
}

/** What a post embeds (its hydrated #view form): images, a link card, a video, a quoted post. */
export function mediaOf(embed: unknown): MediaLink[] {
  const view = asObject(embed);
  switch (asString(view?.$type)) {
    case "app.bsky.embed.images#view":
      return (Array.isArray(view?.images) ? view.images : []).flatMap((image: unknown) => {
        const object = asObject(image);
        const url = httpUrl(asString(object?.fullsize) ?? asString(object?.thumb));
        return url ? [{ url, alt: text(asString(object?.alt)), kind: "image" as const }] : [];
      });
    case "app.bsky.embed.external#view": {
      const external = asObject(view?.external);
      const url = httpUrl(asString(external?.uri));
      return url ? [{ url, alt: text(asString(external?.title)), kind: "link" }] : [];
    }
    case "app.bsky.embed.video#view": {
      const url = httpUrl(asString(view?.playlist));
      return url ? [{ url, alt: text(asString(view?.alt)), kind: "video" }] : [];
    }
    case "app.bsky.embed.record#view":
      return quotedPost(view?.record);
    case "app.bsky.embed.recordWithMedia#view":
      return [...mediaOf(view?.media), ...quotedPost(asObject(view?.record)?.record)];
    default:
      return [];
  }
}

function isRepost(item: FeedItem): boolean {
  return item.reason?.$type === REPOST;
}

/** The item's place in the author's feed: its id and when it entered the feed. */
export function feedMark(item: FeedItem): FeedMark {
  const post = item.post;
  const indexedAt = isoDate(item.reason?.indexedAt) ?? isoDate(post.indexedAt) ?? isoDate(post.record.createdAt) ?? new Date(0).toISOString();
  return { key: externalIdOf(item), indexedAt };
}

function externalIdOf(item: FeedItem): string {
  if (!isRepost(item)) return item.post.uri;
  return `repost:${item.post.uri}:${item.reason?.indexedAt ?? item.post.indexedAt ?? ""}`;
}

export function toUpdate(item: FeedItem): StatusUpdate {
  const { post } = item;
  const postText = post.record.text ?? "";
  const repostedAt = isRepost(item) ? isoDate(item.reason?.indexedAt) : undefined;
  return {
    externalId: externalIdOf(item),
    url: postUrl(post.author, post.uri),
    // A repost shows when the person reposted it, not when the original was written.
    publishedAt: repostedAt ?? isoDate(post.record.createdAt) ?? isoDate(post.indexedAt) ?? new Date(0).toISOString(),
    editedAt: null,
    text: postText,
    html: richTextToHtml(postText, post.record.facets),
    isRepost: isRepost(item),
    media: mediaOf(post.embed),
  };
}

function isSeen(mark: FeedMark, seen: FeedMark): boolean {
  return mark.key === seen.key || Date.parse(mark.indexedAt) < Date.parse(seen.indexedAt);
}

function feedUrl(base: string, actor: string, pageSize: number, cursor?: string): string {
  return xrpcUrl(base, "app.bsky.feed.getAuthorFeed", { actor, limit: pageSize, filter: "posts_no_replies", cursor });
}

async function fetchUpdates(context: AdapterContext, source: SourceRef, carry: Json): Promise<UpdatesStepResult> {
  const base = appViewBase(context.config);
  const saved = readCursor(source.cursor);
  const given = readCursor(carry);
  const did = given.did ?? saved.did ?? source.input;
  const handle = given.handle ?? saved.handle;
  const limit = Math.max(0, Math.floor(context.limit));
  // The same page size every time, so the first page's URL (and its validators) stays the same.
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, limit));

  const updates: StatusUpdate[] = [];
  const ids = new Set<string>();
  let newest: FeedMark | null = null;
  let pageCursor: string | undefined;
  walk: for (let page = 0; page < MAX_PAGES && updates.length < limit; page++) {
    const response = await context.http.get(feedUrl(base, did, pageSize, pageCursor), { accept: JSON_ACCEPT, conditional: page === 0 });
    if (response.notModified) break;
    if (response.status !== 200) throw unreadable("the latest posts", xrpcError(response));
    const parsed = feedPageSchema.safeParse(response.json<unknown>());
    if (!parsed.success) throw new SourceUnavailableError("Bluesky answered a feed Kith cannot read; Kith will try again later");

    for (const raw of parsed.data.feed) {
      const entry = feedItemSchema.safeParse(raw);
      if (!entry.success) continue;
      const item = entry.data;
      const mark = feedMark(item);
      // A pinned post sits on top whatever its age: it neither marks the newest nor ends the walk.
      const pinned = item.reason?.$type === PIN;
      if (!pinned) {
        newest ??= mark;
        if (saved.newest && isSeen(mark, saved.newest)) break walk;
      } else if (saved.newest && isSeen(mark, saved.newest)) continue;
      if (ids.has(mark.key)) continue;
      ids.add(mark.key);
      updates.push(toUpdate(item));
      if (updates.length >= limit) break walk;
    }
    if (!parsed.data.cursor || parsed.data.feed.length === 0) break;
    pageCursor = parsed.data.cursor;
  }
  return { updates, cursor: cursorJson({ did, handle, newest: newest ?? saved.newest }) };
}

export const blueskyAdapter: SourceAdapter = {
  kind: "bluesky",
  parseInput: (input) => parseBlueskyInput(input),
  fetchProfile,
  fetchUpdates,
};
