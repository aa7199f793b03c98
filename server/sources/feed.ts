import { createHash } from "node:crypto";
import { parseFeed, type AnyFeed, type AtomFeed, type JsonFeed, type RdfFeed, type RssFeed } from "feedsmith";
import { UserInputError } from "@/server/errors";
import { htmlToText, sanitizeHtml, textToHtml } from "./html";
import { SourceUnavailableError } from "./http";
import { parseWebUrl } from "./origin";
import {
  emptyProfile,
  type AdapterContext,
  type Json,
  type MediaLink,
  type ProfileSnapshot,
  type ProfileStepResult,
  type SourceAdapter,
  type SourceRef,
  type SourceSuggestion,
  type StatusUpdate,
  type UpdatesStepResult,
} from "./types";

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom 1.0 / JSON Feed 1.0–1.1. One conditional GET per sync: the
 * profile comes from the feed's head, the entries from its items, carried to fetchUpdates so it
 * needs no second request.
 *
 * The cursor remembers, for the newest entries the feed holds, a fingerprint of each (so a later
 * sync returns only new and edited entries) and, for entries without any date, when Kith first
 * saw them: that time becomes their publishedAt and stays the same on every later sync.
 */

export const FEED_ACCEPT =
  "application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";

/** How many entries the cursor keeps fingerprints of (feeds that carry their whole archive are cut here). */
const MAX_TRACKED = 500;

const INPUT_HELP = "Type the address of an RSS, Atom or JSON feed, like https://example.com/feed.xml.";

// ---------------------------------------------------------------------------------------------
// Input

export function parseFeedInput(input: string): string {
  const url = parseWebUrl(input);
  if (!url || url.username || url.password) throw new UserInputError(INPUT_HELP);
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Parsing: bytes → a feed object (or an error a user understands)

function invalidFeed(url: string, reason: string): SourceUnavailableError {
  return new SourceUnavailableError(`${url} is not a valid RSS, Atom or JSON feed (${reason}).`);
}

function webPage(url: string): SourceUnavailableError {
  return new SourceUnavailableError(`${url} is a web page, not a feed: link it as a website instead, or use its feed address.`);
}

/** The document's root element name (lower-cased), past the XML declaration, comments, PIs and doctype. */
export function rootElement(text: string): string | undefined {
  let rest = text;
  for (;;) {
    rest = rest.trimStart();
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\s[^[>]*(\[[\s\S]*?\]\s*)?>)/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  return /^<([a-z_][\w:.-]*)/i.exec(rest)?.[1]?.toLowerCase();
}

function looksLikeHtml(text: string, root: string | undefined): boolean {
  return root === "html" || /^\s*(<\?[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(text);
}

/** True when the text ends with its root element's closing tag: a cut-off download does not. */
function closesRoot(text: string, root: string): boolean {
  const tail = text.replace(/(\s|<!--[\s\S]*?-->)+$/, "");
  const local = root.replace(/^.*:/, "");
  return tail.endsWith("/>") || new RegExp(`</([\\w.-]+:)?${local.replace(/[.]/g, "\\.")}\\s*>$`, "i").test(tail);
}

/** Parses a fetched body as a feed. `contentType` only helps recognise an HTML page. */
export function parseFeedDocument(body: string, url: string, contentType = ""): AnyFeed {
  const text = body.replace(/^\uFEFF/, "").trim();
  if (text === "") throw invalidFeed(url, "the response is empty");

  if (text.startsWith("{") || text.startsWith("[")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw invalidFeed(url, "its JSON is malformed or cut short");
    }
    try {
      const parsed = parseFeed(json);
      if (parsed.format === "json") return parsed;
    } catch {
      // Falls through to the same answer.
    }
    throw invalidFeed(url, "it is JSON, but not a JSON Feed");
  }

  const root = rootElement(text);
  if (looksLikeHtml(text, root)) throw webPage(url);
  if (!root) throw invalidFeed(url, /html/i.test(contentType) ? "it looks like HTML" : "it is neither XML nor JSON");
  const feedRoot = ["rss", "feed", "rdf:rdf", "rdf", "channel"].includes(root);
  if (feedRoot && !closesRoot(text, root)) throw invalidFeed(url, "it is cut short");
  try {
    return parseFeed(text);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
    if (/entit/i.test(cause)) throw invalidFeed(url, "it declares external entities, which Kith does not read");
    if (!feedRoot) {
      if (/html/i.test(contentType)) throw webPage(url);
      throw invalidFeed(url, `its root element is <${root}>, not <rss> or <feed>`);
    }
    throw invalidFeed(url, "its XML is malformed");
  }
}

// ---------------------------------------------------------------------------------------------
// Normalising the four formats

interface RawMedia {
  url: string;
  type: string | undefined;
  title: string | undefined;
}

/** One entry, format-independent, with its URLs still as the feed wrote them. */
export interface RawEntry {
  id: string | undefined;
  link: string | undefined;
  /** Plain text. */
  title: string | undefined;
  published: string | undefined;
  updated: string | undefined;
  /** HTML body, unsanitised. */
  html: string | undefined;
  /** Plain-text body, when the feed has no HTML one. */
  text: string | undefined;
  /** What the entry's relative URLs resolve against (xml:base), when the feed says. */
  base: string | undefined;
  /** What the body's relative URLs resolve against, when the feed says. */
  contentBase: string | undefined;
  media: RawMedia[];
}

export interface RawFeed {
  title: string | undefined;
  authorName: string | undefined;
  homePage: string | undefined;
  avatar: string | undefined;
  /** Plain text. */
  bio: string | undefined;
  base: string | undefined;
  entries: RawEntry[];
}

const ENTITY_OR_TAG = /<[a-z/!]|&(#\d+|#x[\da-f]+|[a-z]+\d*);/i;

function clean(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Text that RSS and JSON Feed leave ambiguous: HTML when it has tags or entities, else as is. */
function looseText(value: string | undefined): string | undefined {
  const trimmed = clean(value);
  if (trimmed === undefined) return undefined;
  return clean(ENTITY_OR_TAG.test(trimmed) ? htmlToText(trimmed) : trimmed);
}

function atomText(text: AtomFeed.Text | undefined): string | undefined {
  if (!text) return undefined;
  return text.type === "html" || text.type === "xhtml" ? clean(htmlToText(text.value)) : clean(text.value);
}

/** Atom content (or summary) as an HTML or plain-text body. */
function atomBody(content: AtomFeed.Content | AtomFeed.Text | undefined): { html?: string; text?: string } {
  const value = clean(content?.value);
  if (!content || value === undefined) return {};
  const type = (content.type ?? "text").toLowerCase();
  if (type === "html" || type === "xhtml" || type.endsWith("/html") || type.endsWith("+xml")) return { html: value };
  if (type === "text" || type.startsWith("text/")) return { text: value };
  return {};
}

function atomLink(links: AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? "alternate") === "alternate" && clean(link.href));
  const html = alternates.find((link) => !link.type || /html/i.test(link.type));
  return clean((html ?? alternates[0])?.href);
}

function fromAtom(feed: AtomFeed.Feed<string>): RawFeed {
  const feedBase = clean(feed.xml?.base);
  return {
    title: atomText(feed.title),
    authorName: clean(feed.authors?.[0]?.name),
    homePage: atomLink(feed.links),
    avatar: clean(feed.icon) ?? clean(feed.logo),
    bio: atomText(feed.subtitle),
    base: feedBase,
    entries: (feed.entries ?? []).map((entry) => {
      const body = atomBody(entry.content);
      const summary = body.html || body.text ? {} : atomBody(entry.summary);
      return {
        id: clean(entry.id),
        link: atomLink(entry.links),
        title: atomText(entry.title),
        published: clean(entry.published) ?? clean(entry.dc?.dates?.[0]),
        updated: clean(entry.updated),
        html: body.html ?? summary.html,
        text: body.text ?? summary.text,
        base: clean(entry.xml?.base),
        contentBase: clean((body.html || body.text ? entry.content?.xml : entry.summary?.xml)?.base),
        media: (entry.links ?? []).flatMap((link) => {
          const url = clean(link.href);
          return link.rel === "enclosure" && url ? [{ url, type: link.type, title: clean(link.title) }] : [];
        }),
      };
    }),
  };
}

function rssGuidUrl(guid: RssFeed.Guid | undefined): string | undefined {
  const value = clean(guid?.value);
  return value && guid?.isPermaLink !== false && /^https?:\/\//i.test(value) ? value : undefined;
}

/** The one author every RSS item names, if they all agree (a personal blog names its author only per item). */
function soleItemAuthor(items: RssFeed.Item<string>[]): string | undefined {
  const names = new Set(items.map((item) => looseText(item.dc?.creators?.[0]) ?? clean(item.authors?.[0]?.name)).filter((name) => name !== undefined));
  return names.size === 1 ? [...names][0] : undefined;
}

function fromRss(feed: RssFeed.Feed<string>): RawFeed {
  return {
    title: looseText(feed.title),
    authorName: looseText(feed.dc?.creators?.[0]) ?? clean(feed.itunes?.author) ?? clean(feed.managingEditor?.name) ?? soleItemAuthor(feed.items ?? []),
    homePage: clean(feed.link) ?? atomLink(feed.atom?.links?.filter((link) => link.rel !== "self")),
    avatar: clean(feed.image?.url) ?? clean(feed.itunes?.image),
    bio: looseText(feed.description) ?? clean(feed.itunes?.summary),
    base: clean(feed.xml?.base),
    entries: (feed.items ?? []).map((item) => ({
      id: clean(item.guid?.value),
      link: clean(item.link) ?? rssGuidUrl(item.guid),
      title: looseText(item.title),
      published: clean(item.pubDate) ?? clean(item.dc?.dates?.[0]) ?? clean(item.atom?.published),
      updated: clean(item.atom?.updated) ?? clean(item.dcterms?.modified?.[0]),
      html: clean(item.content?.encoded) ?? clean(item.description),
      text: undefined,
      base: clean(item.xml?.base),
      contentBase: undefined,
      media: (item.enclosures ?? []).flatMap((enclosure) => {
        const url = clean(enclosure.url);
        return url ? [{ url, type: enclosure.type, title: undefined }] : [];
      }),
    })),
  };
}

function fromRdf(feed: RdfFeed.Feed<string>): RawFeed {
  return {
    title: looseText(feed.title),
    authorName: looseText(feed.dc?.creators?.[0]),
    homePage: clean(feed.link),
    avatar: clean(feed.image?.url),
    bio: looseText(feed.description),
    base: undefined,
    entries: (feed.items ?? []).map((item) => ({
      id: clean(item.rdf?.about) ?? clean(item.link),
      link: clean(item.link),
      title: looseText(item.title),
      published: clean(item.dc?.dates?.[0]),
      updated: clean(item.dcterms?.modified?.[0]),
      html: clean(item.content?.encoded) ?? clean(item.description),
      text: undefined,
      base: undefined,
      contentBase: undefined,
      media: [],
    })),
  };
}

function jsonAuthor(authors: JsonFeed.Author[] | undefined): JsonFeed.Author | undefined {
  return authors?.find((author) => clean(author.name) || clean(author.avatar));
}

function fromJson(feed: JsonFeed.Feed<string>): RawFeed {
  const author = jsonAuthor(feed.authors);
  return {
    title: clean(feed.title),
    authorName: clean(author?.name),
    homePage: clean(feed.home_page_url),
    avatar: clean(author?.avatar) ?? clean(feed.icon) ?? clean(feed.favicon),
    bio: clean(feed.description),
    base: undefined,
    entries: (feed.items ?? []).map((item) => {
      const media: RawMedia[] = (item.attachments ?? []).flatMap((attachment) => {
        const url = clean(attachment.url);
        return url ? [{ url, type: attachment.mime_type, title: clean(attachment.title) }] : [];
      });
      const image = clean(item.image);
      if (image && !media.some((entry) => entry.url === image)) media.push({ url: image, type: "image/*", title: undefined });
      return {
        id: clean(item.id),
        link: clean(item.url) ?? clean(item.external_url),
        title: clean(item.title),
        published: clean(item.date_published),
        updated: clean(item.date_modified),
        html: clean(item.content_html),
        text: clean(item.content_text) ?? clean(item.summary),
        base: undefined,
        contentBase: undefined,
        media,
      };
    }),
  };
}

export function normaliseFeed(parsed: AnyFeed): RawFeed {
  switch (parsed.format) {
    case "atom":
      return fromAtom(parsed.feed);
    case "rss":
      return fromRss(parsed.feed);
    case "rdf":
      return fromRdf(parsed.feed);
    case "json":
      return fromJson(parsed.feed);
  }
}

// ---------------------------------------------------------------------------------------------
// Mapping to Kith's shapes

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  if (!url || !URL.canParse(url, base)) return undefined;
  const parsed = new URL(url, base);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

/** A base URL as xml:base nests it: relative to the enclosing one. */
function nestBase(base: string | undefined, parent: string): string {
  return (base && URL.canParse(base, parent) ? new URL(base, parent).href : undefined) ?? parent;
}

export function feedProfile(feed: RawFeed, feedUrl: string): ProfileSnapshot {
  const base = nestBase(feed.base, feedUrl);
  const homePage = resolve(feed.homePage, base);
  return {
    ...emptyProfile(),
    displayName: feed.authorName ?? feed.title ?? null,
    url: homePage ?? null,
    avatarUrl: resolve(feed.avatar, base) ?? null,
    bio: feed.bio ?? null,
    links: homePage ? [homePage] : [],
  };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function sha1(value: string): string {
  return createHash("sha1").update(value).digest("base64url");
}

function mediaKind(type: string | undefined): MediaLink["kind"] {
  const major = (type ?? "").toLowerCase().split("/")[0];
  return major === "image" || major === "video" || major === "audio" ? major : "link";
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function comparable(text: string): string {
  return text.replace(/\s+/g, " ").replace(/(…|\.\.\.)$/, "").trim().toLowerCase();
}

/** False when the title is only the opening words of the text (microblogs title posts that way). */
function titleAddsSomething(title: string, text: string): boolean {
  const start = comparable(title);
  return start !== "" && !comparable(text).startsWith(start);
}

/** An entry as a StatusUpdate; publishedAt is left undefined when the feed gives no usable date. */
function entryUpdate(entry: RawEntry, feedBase: string, feedHasXmlBase: boolean): Omit<StatusUpdate, "publishedAt"> & { publishedAt: string | undefined } {
  const entryBase = nestBase(entry.base, feedBase);
  const url = resolve(entry.link, entryBase) ?? null;
  // xml:base when the feed declares one; otherwise the body is relative to the entry's own page.
  const contentBase = entry.contentBase ? nestBase(entry.contentBase, entryBase) : entry.base || feedHasXmlBase ? entryBase : (url ?? entryBase);

  let bodyHtml = "";
  let bodyText = "";
  if (entry.html) {
    bodyHtml = sanitizeHtml(entry.html, contentBase);
    bodyText = htmlToText(entry.html);
  } else if (entry.text) {
    bodyHtml = textToHtml(entry.text);
    bodyText = entry.text;
  }
  let text = bodyText;
  let html = bodyHtml;
  if (entry.title && titleAddsSomething(entry.title, bodyText)) {
    text = bodyText ? `${entry.title}\n\n${bodyText}` : entry.title;
    html = `<p><strong>${escapeHtml(entry.title)}</strong></p>${bodyHtml}`;
  }

  const published = isoDate(entry.published);
  const updated = isoDate(entry.updated);
  const publishedAt = published ?? updated;
  const editedAt = published && updated && Date.parse(updated) > Date.parse(published) ? updated : null;

  const media: MediaLink[] = [];
  for (const item of entry.media) {
    const mediaUrl = resolve(item.url, contentBase);
    if (mediaUrl && !media.some((existing) => existing.url === mediaUrl)) media.push({ url: mediaUrl, alt: item.title ?? null, kind: mediaKind(item.type) });
  }

  const externalId = entry.id ?? url ?? `sha1:${sha1(JSON.stringify([entry.title ?? "", entry.published ?? entry.updated ?? "", bodyText]))}`;
  return { externalId, url, publishedAt, editedAt, text, html, isRepost: false, media };
}

// ---------------------------------------------------------------------------------------------
// Cursor: what the last sync saw

export interface FeedCursor {
  /** Fingerprint of each tracked entry, by externalId. */
  seen: Record<string, string>;
  /** When Kith first saw each undated entry (ISO), by externalId. */
  firstSeen: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export function readCursor(cursor: Json | undefined): FeedCursor | null {
  if (!isRecord(cursor)) return null;
  return { seen: stringRecord(cursor.seen), firstSeen: stringRecord(cursor.firstSeen) };
}

function fingerprint(update: StatusUpdate): string {
  return sha1(JSON.stringify([update.url, update.publishedAt, update.editedAt, update.text, update.html, update.media])).slice(0, 12);
}

export interface FeedSyncResult {
  /** Every entry of the feed, newest first, deduplicated by externalId. */
  entries: StatusUpdate[];
  /** What is new or changed since `previous` (all entries when there was no previous sync), newest first. */
  changed: StatusUpdate[];
  cursor: FeedCursor;
}

/**
 * The feed's entries as StatusUpdates against the last sync's cursor. An entry with no date at all
 * gets the time Kith first saw it (`now`, minus its position so the feed's order is kept), remembered
 * in the cursor so it never moves.
 */
export function feedEntries(feed: RawFeed, feedUrl: string, previous: FeedCursor | null, now = new Date()): FeedSyncResult {
  const feedBase = nestBase(feed.base, feedUrl);
  const byId = new Map<string, StatusUpdate>();
  const firstSeen: Record<string, string> = {};
  feed.entries.forEach((entry, index) => {
    const draft = entryUpdate(entry, feedBase, Boolean(feed.base));
    if (byId.has(draft.externalId)) return;
    let publishedAt = draft.publishedAt;
    if (publishedAt === undefined) {
      publishedAt = previous?.firstSeen[draft.externalId] ?? new Date(now.getTime() - index).toISOString();
      firstSeen[draft.externalId] = publishedAt;
    }
    byId.set(draft.externalId, { ...draft, publishedAt });
  });
  const entries = [...byId.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const tracked = entries.slice(0, MAX_TRACKED);
  const seen: Record<string, string> = {};
  const changed: StatusUpdate[] = [];
  for (const update of tracked) {
    const print = fingerprint(update);
    seen[update.externalId] = print;
    if (previous?.seen[update.externalId] !== print) changed.push(update);
  }
  const keptFirstSeen = Object.fromEntries(Object.entries(firstSeen).filter(([id]) => id in seen));
  return { entries, changed, cursor: { seen, firstSeen: keptFirstSeen } };
}

// ---------------------------------------------------------------------------------------------
// The adapter

interface FeedCarry {
  unchanged: boolean;
  updates: StatusUpdate[];
  cursor: FeedCursor | null;
}

/** StatusUpdate and FeedCursor are plain JSON values; TypeScript interfaces just lack the index signature Json wants. */
function toJson(value: FeedCarry | FeedCursor): Json {
  return value as unknown as Json;
}

function readCarry(carry: Json): FeedCarry {
  if (!isRecord(carry) || carry.unchanged !== false || !Array.isArray(carry.updates)) return { unchanged: true, updates: [], cursor: null };
  return { unchanged: false, updates: carry.updates as unknown as StatusUpdate[], cursor: readCursor(carry.cursor) };
}

function homePageSuggestion(profile: ProfileSnapshot, feedUrl: string): SourceSuggestion[] {
  if (!profile.url || profile.url === feedUrl) return [];
  return [{ kind: "website", input: profile.url }];
}

async function fetchProfile(context: AdapterContext, source: SourceRef): Promise<ProfileStepResult> {
  const url = source.input;
  const response = await context.http.get(url, { accept: FEED_ACCEPT });
  const unchanged: FeedCarry = { unchanged: true, updates: [], cursor: null };
  if (response.notModified) return { state: "ok", stateReason: null, profile: null, suggestions: [], carry: toJson(unchanged) };
  if (response.status === 404) return { state: "not_found", stateReason: `There is no feed at ${url} any more (HTTP 404).`, profile: null, suggestions: [], carry: toJson(unchanged) };
  if (response.status === 410) return { state: "gone", stateReason: `The feed at ${url} was taken down for good (HTTP 410).`, profile: null, suggestions: [], carry: toJson(unchanged) };
  if (response.status !== 200) throw new SourceUnavailableError(`${url} answered HTTP ${response.status} instead of a feed.`);

  const parsed = parseFeedDocument(response.text(), url, response.headers["content-type"]);
  const feed = normaliseFeed(parsed);
  if (!feed.title && !feed.homePage && feed.entries.length === 0) throw invalidFeed(url, "it has no title, no link and no entries");
  // Relative links resolve against where the feed really is, after redirects.
  const feedUrl = response.url || url;
  const profile = feedProfile(feed, feedUrl);
  const result = feedEntries(feed, feedUrl, readCursor(source.cursor));
  const carry: FeedCarry = { unchanged: false, updates: result.changed.slice(0, context.limit), cursor: result.cursor };
  return { state: "ok", stateReason: null, profile, suggestions: homePageSuggestion(profile, feedUrl), carry: toJson(carry) };
}

function fetchUpdates(context: AdapterContext, source: SourceRef, carry: Json): Promise<UpdatesStepResult> {
  const { unchanged, updates, cursor } = readCarry(carry);
  if (unchanged || !cursor) return Promise.resolve({ updates: [], cursor: source.cursor });
  return Promise.resolve({ updates: updates.slice(0, context.limit), cursor: toJson(cursor) });
}

export const feedAdapter: SourceAdapter = {
  kind: "feed",
  parseInput: (input) => parseFeedInput(input),
  fetchProfile,
  fetchUpdates,
};
