import { mf2 } from "microformats-parser";
import { z } from "zod";
import { UserInputError } from "@/server/errors";
import { htmlToText, sanitizeHtml, textToHtml } from "./html";
import { SourceUnavailableError, type SourceHttp } from "./http";
import { identifyProfileUrl } from "./identify";
import { originOf, parseWebUrl } from "./origin";
import type { AdapterContext, Json, ProfileSnapshot, SourceAdapter, SourceRef, SourceSuggestion, StatusUpdate } from "./types";

type ParsedDocument = ReturnType<typeof mf2>;
type Item = ParsedDocument["items"][number];
type Property = Item["properties"][string][number];

const HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
/** Most rel=me links checked for a link back, per sync. */
const MAX_VERIFIED_LINKS = 5;
/** A slow profile elsewhere only goes unverified; it must not hold up the homepage's sync. */
const REL_ME_TIMEOUT_MS = 4_000;
/** Most h-entries carried from the page to fetchUpdates, and ids remembered in the cursor. */
const MAX_ENTRIES = 100;
const MAX_SEEN = 500;
/** Feed types for autodiscovery, best first: JSON Feed's own type beats plain JSON, as its spec says. */
const FEED_TYPES = ["application/feed+json", "application/atom+xml", "application/rss+xml", "application/json"];

const INPUT_HELP = "Type the address of a personal website, like https://ana.example.";

// ---------------------------------------------------------------------------------------------
// Small readers over the mf2 JSON

function isItem(value: Property | undefined): value is Item {
  return typeof value === "object" && value !== null && "properties" in value;
}

function hasType(item: Item, type: string): boolean {
  return item.type?.includes(type) ?? false;
}

/** The plain text of a property value, whatever shape the parser gave it. */
function textOf(value: Property | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (isItem(value)) {
    const name = value.properties.name?.[0];
    if (typeof name === "string") return name;
    return typeof value.value === "string" ? value.value : undefined;
  }
  return value.value;
}

function clean(text: string | undefined): string | null {
  const collapsed = text?.replace(/\s+/g, " ").trim();
  return collapsed === undefined || collapsed === "" ? null : collapsed;
}

function firstText(item: Item, ...names: string[]): string | null {
  for (const name of names) {
    for (const value of item.properties[name] ?? []) {
      const text = clean(textOf(value));
      if (text !== null) return text;
    }
  }
  return null;
}

function httpUrl(value: string | undefined, base?: string): string | undefined {
  if (!value || !URL.canParse(value, base)) return undefined;
  const url = new URL(value, base);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** The http(s) URLs of a property (u-url, u-photo), in order. */
function urlsOf(item: Item, name: string): string[] {
  return (item.properties[name] ?? []).map((value) => httpUrl(textOf(value))).filter((url): url is string => url !== undefined);
}

/** A URL as an identity: exact origin and path, ignoring a trailing slash, the query and the fragment. */
export function identityKey(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// The representative h-card

/** h-cards at the top of the page, else those nested as children (inside an h-feed, say). */
function candidateCards(items: Item[]): Item[] {
  const top = items.filter((item) => hasType(item, "h-card"));
  if (top.length > 0) return top;
  const nested: Item[] = [];
  const visit = (item: Item) => {
    for (const child of item.children ?? []) {
      if (hasType(child, "h-card")) nested.push(child);
      visit(child);
    }
  };
  items.forEach(visit);
  return nested;
}

/**
 * The h-card that stands for the page's owner, after the IndieWeb's representative h-card rules:
 * the card whose url or uid is the page itself; else the only card; else one whose url is also a
 * rel=me link; else the first.
 */
export function representativeCard(document: ParsedDocument, pageUrls: string[]): Item | undefined {
  const cards = candidateCards(document.items);
  const pageKeys = new Set(pageUrls.map(identityKey));
  const identities = (card: Item) => [...urlsOf(card, "url"), ...urlsOf(card, "uid")].map(identityKey);
  const self = cards.find((card) => identities(card).some((key) => pageKeys.has(key)));
  if (self) return self;
  if (cards.length === 1) return cards[0];
  const relMe = new Set((document.rels.me ?? []).map(identityKey));
  return cards.find((card) => urlsOf(card, "url").some((url) => relMe.has(identityKey(url)))) ?? cards[0];
}

function photoOf(card: Item): string | null {
  for (const value of card.properties.photo ?? []) {
    const url = httpUrl(textOf(value));
    if (url) return url;
  }
  return null;
}

function noteOf(card: Item): string | null {
  for (const value of card.properties.note ?? []) {
    const text = typeof value === "object" && "html" in value ? htmlToText(value.html) : clean(textOf(value));
    if (text) return text;
  }
  return null;
}

function locationOf(card: Item): string | null {
  const parts = (item: Item) => ["locality", "region", "country-name"].map((name) => firstText(item, name)).filter((part): part is string => part !== null);
  const own = parts(card);
  if (own.length > 0) return own.join(", ");
  for (const adr of card.properties.adr ?? []) {
    const nested = isItem(adr) ? parts(adr) : [];
    if (nested.length > 0) return nested.join(", ");
    const text = clean(textOf(adr));
    if (text) return text;
  }
  return firstText(card, "label");
}

/** The profile a page's microformats give; every field null that the page does not say. */
export function profileFromDocument(document: ParsedDocument, pageUrl: string, pageUrls: string[]): ProfileSnapshot {
  const card = representativeCard(document, pageUrls);
  const pageKeys = new Set(pageUrls.map(identityKey));
  const cardUrls = card ? urlsOf(card, "url") : [];
  const relMe = unique((document.rels.me ?? []).map((url) => httpUrl(url)).filter((url): url is string => url !== undefined));
  const links = unique([...relMe, ...cardUrls]).filter((url) => !pageKeys.has(identityKey(url)));
  return {
    displayName: card ? firstText(card, "name") : null,
    handle: null,
    url: cardUrls.find((url) => pageKeys.has(identityKey(url))) ?? cardUrls[0] ?? pageUrl,
    avatarUrl: card ? photoOf(card) : null,
    bio: card ? noteOf(card) : null,
    location: card ? locationOf(card) : null,
    company: card ? firstText(card, "org") : null,
    title: card ? firstText(card, "job-title", "role") : null,
    links,
    verifiedLinks: [],
  };
}

/** The page's feed by autodiscovery (rel=alternate with a feed type), the best format first; undefined when it has none. */
export function discoverFeed(document: ParsedDocument): string | undefined {
  const feeds = Object.entries(document["rel-urls"])
    .filter(([, rel]) => rel.rels.includes("alternate") && rel.type !== undefined)
    .map(([url, rel]) => ({ url: httpUrl(url), rank: FEED_TYPES.indexOf((rel.type ?? "").split(";")[0]!.trim().toLowerCase()) }))
    .filter((feed): feed is { url: string; rank: number } => feed.url !== undefined && feed.rank >= 0);
  feeds.sort((a, b) => a.rank - b.rank);
  return feeds[0]?.url;
}

// ---------------------------------------------------------------------------------------------
// h-entries: the page's own posts, when it has any

function entriesOf(items: Item[]): Item[] {
  const entries: Item[] = [];
  for (const item of items) {
    if (hasType(item, "h-entry")) entries.push(item);
    else if (hasType(item, "h-feed")) entries.push(...(item.children ?? []).filter((child) => hasType(child, "h-entry")));
  }
  return entries;
}

function isoDate(text: string | null): string | null {
  if (text === null) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function entryHtml(entry: Item, baseUrl: string): string {
  for (const name of ["content", "summary", "name"]) {
    for (const value of entry.properties[name] ?? []) {
      if (typeof value === "object" && "html" in value) return sanitizeHtml(value.html, baseUrl);
      const text = clean(textOf(value));
      if (text) return textToHtml(text);
    }
  }
  return "";
}

/** A page's h-entries as updates; those with no stable id (url or uid) or no publication date are left out. */
export function updatesFromDocument(document: ParsedDocument, baseUrl: string): StatusUpdate[] {
  const updates: StatusUpdate[] = [];
  for (const entry of entriesOf(document.items)) {
    const url = urlsOf(entry, "url")[0] ?? null;
    const externalId = url ?? firstText(entry, "uid");
    const publishedAt = isoDate(firstText(entry, "published"));
    if (externalId === null || publishedAt === null) continue;
    const updatedAt = isoDate(firstText(entry, "updated"));
    const html = entryHtml(entry, baseUrl);
    updates.push({
      externalId,
      url,
      publishedAt,
      editedAt: updatedAt !== null && updatedAt !== publishedAt ? updatedAt : null,
      text: htmlToText(html),
      html,
      isRepost: (entry.properties["repost-of"] ?? []).length > 0,
      media: (entry.properties.photo ?? []).flatMap((value) => {
        const src = httpUrl(textOf(value));
        const alt = typeof value === "object" && "alt" in value ? clean(value.alt) : null;
        return src ? [{ url: src, alt, kind: "image" as const }] : [];
      }),
    });
  }
  return updates.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, MAX_ENTRIES);
}

// ---------------------------------------------------------------------------------------------
// Two-way rel=me

/** Whether the page at link names one of the homepage's URLs as rel=me. Any failure there counts as no. */
async function linksBack(http: SourceHttp, link: string, homeKeys: Set<string | undefined>): Promise<boolean> {
  try {
    const response = await http.get(link, { accept: HTML_ACCEPT, conditional: false, timeoutMs: REL_ME_TIMEOUT_MS });
    if (response.status !== 200) return false;
    const document = mf2(response.text(), { baseUrl: response.url });
    return (document.rels.me ?? []).some((url) => homeKeys.has(identityKey(url)));
  } catch {
    return false;
  }
}

/** The rel=me links whose pages link back; recognised profiles are checked first, at most MAX_VERIFIED_LINKS. */
async function verifyLinks(http: SourceHttp, relMe: string[], homeUrls: string[]): Promise<string[]> {
  const homeKeys = new Set(homeUrls.map(identityKey));
  const candidates = relMe.filter((url) => !homeKeys.has(identityKey(url)));
  const ordered = [...candidates.filter((url) => identifyProfileUrl(url)), ...candidates.filter((url) => !identifyProfileUrl(url))].slice(0, MAX_VERIFIED_LINKS);
  const results = await Promise.all(ordered.map(async (url) => ((await linksBack(http, url, homeKeys)) ? url : undefined)));
  return results.filter((url): url is string => url !== undefined);
}

/** What to suggest linking: the autodiscovered feed, and each rel=me link that is a profile of a kind Kith knows (verified when it links back). */
export function websiteSuggestions(feed: string | undefined, relMe: string[], verified: string[]): SourceSuggestion[] {
  const suggestions: SourceSuggestion[] = feed ? [{ kind: "feed", input: feed }] : [];
  for (const url of relMe) {
    const suggestion = identifyProfileUrl(url);
    if (!suggestion) continue;
    const isVerified = verified.includes(url);
    const same = suggestions.find((candidate) => candidate.kind === suggestion.kind && candidate.input.toLowerCase() === suggestion.input.toLowerCase());
    if (same) same.verified = same.verified === true || isVerified;
    else suggestions.push({ ...suggestion, verified: isVerified });
  }
  return suggestions;
}

// ---------------------------------------------------------------------------------------------
// The adapter

const updateSchema = z.object({
  externalId: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  editedAt: z.string().nullable(),
  text: z.string(),
  html: z.string(),
  isRepost: z.boolean(),
  media: z.array(z.object({ url: z.string(), alt: z.string().nullable(), kind: z.enum(["image", "video", "audio", "link"]) })),
});
const carrySchema = z.object({ entries: z.array(updateSchema) }).nullable().catch(null);
const cursorSchema = z.object({ seen: z.array(z.string()) }).nullable().catch(null);

function updateToJson(update: StatusUpdate): Json {
  return {
    externalId: update.externalId,
    url: update.url,
    publishedAt: update.publishedAt,
    editedAt: update.editedAt,
    text: update.text,
    html: update.html,
    isRepost: update.isRepost,
    media: update.media.map((media) => ({ url: media.url, alt: media.alt, kind: media.kind })),
  };
}

function isHtmlType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  return /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType);
}

export function parseWebsiteInput(input: string, config: { allowPrivateNetwork: boolean }): string {
  const url = parseWebUrl(input);
  if (!url || url.username || url.password) throw new UserInputError(INPUT_HELP);
  // Typed without a scheme: a local test server speaks plain http (originOf), everything else https.
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(input.trim())) {
    const origin = new URL(originOf(url.host, config));
    url.protocol = origin.protocol;
  }
  return url.href;
}

export const websiteAdapter: SourceAdapter = {
  kind: "website",

  parseInput: (input, config) => parseWebsiteInput(input, config),

  async fetchProfile(context: AdapterContext, source: SourceRef) {
    const response = await context.http.get(source.input, { accept: HTML_ACCEPT });
    if (response.notModified) return { state: "ok", stateReason: null, profile: null, suggestions: [], carry: null };
    if (response.status === 404) {
      return { state: "not_found", stateReason: `There is no page at ${source.input} any more (HTTP 404).`, profile: null, suggestions: [], carry: null };
    }
    if (response.status === 410) {
      return { state: "gone", stateReason: `${source.input} has been taken down (HTTP 410).`, profile: null, suggestions: [], carry: null };
    }
    if (response.status !== 200) {
      throw new SourceUnavailableError(`${new URL(response.url).host} would not show ${source.input} (HTTP ${response.status}); Kith will try again later`);
    }
    const contentType = response.headers["content-type"];
    if (!isHtmlType(contentType)) {
      const feedLike = /xml|rss|atom|json/i.test(contentType ?? "");
      throw new SourceUnavailableError(
        feedLike ? `${source.input} is a feed, not a web page: link it as a feed instead.` : `${source.input} is not a web page (${contentType}).`,
      );
    }

    const document = mf2(response.text(), { baseUrl: response.url });
    const pageUrls = unique([source.input, response.url]);
    const profile = profileFromDocument(document, response.url, pageUrls);
    // The card's own URLs on this site count as the homepage too: a profile may link back to any of them.
    const pageOrigin = new URL(response.url).origin;
    const homeUrls = unique([...pageUrls, ...(profile.url && new URL(profile.url).origin === pageOrigin ? [profile.url] : [])]);
    const relMe = unique((document.rels.me ?? []).map((url) => httpUrl(url)).filter((url): url is string => url !== undefined));
    const verified = await verifyLinks(context.http, relMe, homeUrls);
    profile.verifiedLinks = verified;

    const updates = updatesFromDocument(document, response.url);
    return {
      state: "ok",
      stateReason: null,
      profile,
      suggestions: websiteSuggestions(discoverFeed(document), relMe, verified),
      carry: updates.length > 0 ? { entries: updates.map(updateToJson) } : null,
    };
  },

  async fetchUpdates(context: AdapterContext, source: SourceRef, carry: Json) {
    const entries = carrySchema.parse(carry)?.entries ?? [];
    if (entries.length === 0) return { updates: [], cursor: source.cursor };
    const seen = new Set(cursorSchema.parse(source.cursor)?.seen ?? []);
    const fresh = entries.filter((entry) => !seen.has(entry.externalId)).slice(0, context.limit);
    const ids = entries.map((entry) => entry.externalId);
    const nextSeen = unique([...ids, ...[...seen].filter((id) => !ids.includes(id))]).slice(0, MAX_SEEN);
    return { updates: fresh, cursor: { seen: nextSeen } };
  },
};
