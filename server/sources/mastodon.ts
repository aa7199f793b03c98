import { Parser } from "htmlparser2";
import { UserInputError } from "@/server/errors";
import { htmlToText, sanitizeHtml, textToHtml } from "./html";
import { SourceUnavailableError, type SourceResponse } from "./http";
import { originOf } from "./origin";
import {
  emptyProfile,
  type AdapterContext,
  type Json,
  type MediaLink,
  type ProfileSnapshot,
  type ProfileStepResult,
  type RemoteState,
  type SourceAdapter,
  type SourceRef,
  type SourceSuggestion,
  type SourcesConfig,
  type StatusUpdate,
  type UpdatesStepResult,
} from "./types";

const INPUT_HELP = "Type a Mastodon handle like @ana@example.social, or the profile's address.";
const JSON_ACCEPT = "application/json";
const JRD_ACCEPT = "application/jrd+json, application/json;q=0.9";
const MAX_PAGE_SIZE = 40;
/** Mastodon's placeholder when an account has no avatar (or is suspended). */
const MISSING_AVATAR = /\/avatars\/original\/missing\.png$/;

// ---------------------------------------------------------------------------------------------
// Input

const USERNAME = /^[a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?$/i;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::\d{1,5})?$/i;

export interface MastodonHandle {
  user: string;
  /** Lower-cased, with the port when there is one. */
  host: string;
}

function isPlausibleHost(host: string): boolean {
  if (!HOST.test(host)) return false;
  const name = host.replace(/:\d+$/, "");
  return name.includes(".") || name.toLowerCase() === "localhost";
}

function handleFrom(user: string, host: string): MastodonHandle | undefined {
  return USERNAME.test(user) && isPlausibleHost(host) ? { user, host: host.toLowerCase() } : undefined;
}

/** `@user@host`, `user@host`, `https://host/@user`, `https://host/@user@other.host`, `https://host/users/user`. */
export function parseMastodonHandle(input: string): MastodonHandle | undefined {
  const trimmed = input.trim();
  const bare = /^@?([^@/\s:]+)@([^@/\s]+)$/.exec(trimmed);
  if (bare) return handleFrom(bare[1] ?? "", bare[2] ?? "");
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  const path = url.pathname.replace(/\/+$/, "");
  const remote = /^\/@([^@/]+)@([^@/]+)$/.exec(path);
  if (remote) return handleFrom(decodeURIComponent(remote[1] ?? ""), decodeURIComponent(remote[2] ?? ""));
  const local = /^\/(?:@|users\/)([^@/]+)$/.exec(path);
  if (local) return handleFrom(decodeURIComponent(local[1] ?? ""), url.host);
  return undefined;
}

export function formatHandle({ user, host }: MastodonHandle): string {
  return `@${user}@${host}`;
}

// ---------------------------------------------------------------------------------------------
// Payloads (read defensively: other servers speak "the Mastodon API" with gaps)

interface MastodonField {
  name: string;
  /** HTML. */
  value: string;
  verifiedAt: string | null;
}

export interface MastodonAccount {
  id: string;
  username: string;
  /** `user` for the server's own accounts, `user@domain` for others. */
  acct: string;
  displayName: string;
  /** HTML. */
  note: string;
  url: string | null;
  avatar: string | null;
  fields: MastodonField[];
  suspended: boolean;
  moved: MastodonAccount | null;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const idString = (value: unknown): string | null => (typeof value === "string" && value ? value : typeof value === "number" ? String(value) : null);

export function readAccount(value: unknown): MastodonAccount | undefined {
  if (!isObject(value)) return undefined;
  const id = idString(value.id);
  const username = str(value.username);
  if (!id || !username) return undefined;
  const fields = Array.isArray(value.fields)
    ? value.fields.filter(isObject).map((field) => ({ name: str(field.name) ?? "", value: str(field.value) ?? "", verifiedAt: str(field.verified_at) }))
    : [];
  return {
    id,
    username,
    acct: str(value.acct) ?? username,
    displayName: str(value.display_name) ?? "",
    note: str(value.note) ?? "",
    url: str(value.url),
    avatar: str(value.avatar_static) ?? str(value.avatar),
    fields,
    suspended: value.suspended === true,
    moved: readAccount(value.moved) ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Profile mapping

/** Zero-width spaces Mastodon puts around custom emoji shortcodes. */
const cleanText = (text: string): string => text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "").trim();

interface Anchor {
  href: string;
  classes: string[];
}

function httpUrl(href: string, base: string | null): string | undefined {
  if (!URL.canParse(href, base ?? undefined)) return undefined;
  const url = new URL(href, base ?? undefined);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** The links in a field's HTML value; a bare URL typed as plain text (some servers) counts too. */
function anchorsIn(html: string, base: string | null): Anchor[] {
  const anchors: Anchor[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const href = name === "a" && attributes.href ? httpUrl(attributes.href, base) : undefined;
      if (href) anchors.push({ href, classes: (attributes.class ?? "").split(/\s+/).filter(Boolean) });
    },
  });
  parser.write(html);
  parser.end();
  if (anchors.length === 0) {
    const text = cleanText(htmlToText(html));
    const href = /^https?:\/\/\S+$/i.test(text) ? httpUrl(text, null) : undefined;
    if (href) anchors.push({ href, classes: [] });
  }
  return anchors;
}

const FIELD_ROLES: { key: "location" | "company" | "title"; pattern: RegExp }[] = [
  { key: "location", pattern: /\b(?:location|city|based in)\b/i },
  { key: "company", pattern: /\b(?:company|works?|workplace|employer)\b/i },
  { key: "title", pattern: /\b(?:title|role|job|position)\b/i },
];

function fieldRole(name: string): "location" | "company" | "title" | undefined {
  return FIELD_ROLES.find(({ pattern }) => pattern.test(name))?.key;
}

export function toProfile(account: MastodonAccount, domain: string): ProfileSnapshot {
  const profile = emptyProfile();
  profile.displayName = cleanText(account.displayName) || null;
  profile.handle = `@${account.username}@${domain}`;
  profile.url = account.url;
  profile.avatarUrl = account.avatar && !MISSING_AVATAR.test(account.avatar) ? account.avatar : null;
  profile.bio = cleanText(htmlToText(account.note)) || null;
  const links = new Set<string>();
  const verified = new Set<string>();
  for (const field of account.fields) {
    const hrefs = anchorsIn(field.value, account.url).map((anchor) => anchor.href);
    for (const href of hrefs) links.add(href);
    if (field.verifiedAt) for (const href of hrefs) verified.add(href);
    const role = fieldRole(field.name);
    if (role && profile[role] === null) profile[role] = cleanText(htmlToText(field.value)) || null;
  }
  if (account.url) {
    const own = httpUrl(account.url, null);
    if (own) links.add(own);
  }
  profile.links = [...links];
  profile.verifiedLinks = [...verified];
  return profile;
}

const GITHUB_RESERVED = new Set(["about", "apps", "collections", "enterprise", "events", "explore", "features", "join", "login", "marketplace", "notifications", "orgs", "pricing", "security", "settings", "site", "sponsors", "topics", "trending"]);

function githubLogin(url: URL): string | undefined {
  if (url.hostname !== "github.com" && url.hostname !== "www.github.com") return undefined;
  const login = /^\/([a-z\d](?:[a-z\d-]{0,38}))\/?$/i.exec(url.pathname)?.[1];
  return login && !GITHUB_RESERVED.has(login.toLowerCase()) ? login : undefined;
}

function blueskyHandle(url: URL): string | undefined {
  if (url.hostname !== "bsky.app") return undefined;
  return /^\/profile\/([a-z0-9.-]+\.[a-z]+|did:[a-z]+:[\w.:%-]+)\/?$/i.exec(url.pathname)?.[1]?.toLowerCase();
}

/** A field link Mastodon rendered as a mention (`class="u-url mention"`): another fediverse account. */
function fediverseHandle(anchor: Anchor, url: URL): string | undefined {
  if (!anchor.classes.includes("mention") || anchor.classes.includes("hashtag")) return undefined;
  const user = /^\/@([^@/]+)\/?$/.exec(url.pathname)?.[1];
  return user ? `@${user}@${url.host.toLowerCase()}` : undefined;
}

/** Other sources the fields point to: GitHub and Bluesky profiles, fediverse alts, verified homepages. */
export function suggestionsFor(account: MastodonAccount, ownHandle: string): SourceSuggestion[] {
  const found = new Map<string, SourceSuggestion>();
  const add = (suggestion: SourceSuggestion) => {
    const key = `${suggestion.kind}:${suggestion.input.toLowerCase()}`;
    const existing = found.get(key);
    if (!existing || (suggestion.verified && !existing.verified)) found.set(key, suggestion);
  };
  for (const field of account.fields) {
    const verified = field.verifiedAt !== null;
    for (const anchor of anchorsIn(field.value, account.url)) {
      const url = new URL(anchor.href);
      const github = githubLogin(url);
      const bluesky = blueskyHandle(url);
      const fediverse = fediverseHandle(anchor, url);
      if (github) add({ kind: "github", input: github, ...(verified ? { verified } : {}) });
      else if (bluesky) add({ kind: "bluesky", input: bluesky, ...(verified ? { verified } : {}) });
      else if (fediverse) {
        if (fediverse.toLowerCase() !== ownHandle.toLowerCase()) add({ kind: "mastodon", input: fediverse, ...(verified ? { verified } : {}) });
      } else if (verified) add({ kind: "website", input: anchor.href, verified: true });
    }
  }
  return [...found.values()];
}

/** `@user@domain` for an account named in an answer from the server at `domain`. */
function fullHandle(acct: string, domain: string): string {
  const bare = acct.replace(/^@/, "");
  return bare.includes("@") ? `@${bare}` : `@${bare}@${domain}`;
}

// ---------------------------------------------------------------------------------------------
// Cursor and carry

/** What a later sync needs to skip WebFinger and the lookup, and to ask only for what is new. */
export type MastodonCursor = {
  apiOrigin: string;
  accountId: string;
  /** The account's domain (the handle's host), which may differ from the API's host. */
  domain: string;
  /** The newest status id seen. */
  sinceId: string | null;
  /**
   * The account's ETag from the last sync that found it "ok". Kept here rather than in the
   * SourceHttp validators so that a suspended or moved answer, once seen, never turns into a
   * 304 that would read as "still ok".
   */
  accountEtag: string | null;
};

type MastodonCarry = {
  apiOrigin: string;
  accountId: string;
  domain: string;
  accountEtag: string | null;
  /** The account answered 304: its statuses_count and last_status_at have not moved either. */
  unchanged: boolean;
};

function readCursor(value: Json): MastodonCursor | undefined {
  if (!isObject(value)) return undefined;
  const apiOrigin = str(value.apiOrigin);
  const accountId = str(value.accountId);
  const domain = str(value.domain);
  if (!apiOrigin || !accountId || !domain || !URL.canParse(apiOrigin)) return undefined;
  return { apiOrigin, accountId, domain, sinceId: str(value.sinceId), accountEtag: str(value.accountEtag) };
}

function readCarry(value: Json): MastodonCarry | undefined {
  if (!isObject(value)) return undefined;
  const apiOrigin = str(value.apiOrigin);
  const accountId = str(value.accountId);
  const domain = str(value.domain);
  if (!apiOrigin || !accountId || !domain) return undefined;
  return { apiOrigin, accountId, domain, accountEtag: str(value.accountEtag), unchanged: value.unchanged === true };
}

// ---------------------------------------------------------------------------------------------
// HTTP

const hostOf = (origin: string): string => new URL(origin).host;

function signedInOnly(host: string): SourceUnavailableError {
  return new SourceUnavailableError(`${host} only shows profiles to signed-in users`);
}

function unexpected(response: SourceResponse, what: string): SourceUnavailableError {
  return new SourceUnavailableError(`${hostOf(response.url)} answered HTTP ${response.status} when Kith asked for ${what}`);
}

type Outcome<T> = { ok: true; value: T } | { ok: false; state: RemoteState; stateReason: string };

function deadState(status: number, handle: string): Outcome<never> | undefined {
  if (status === 404) return { ok: false, state: "not_found", stateReason: `There is no account ${handle} (it may have been deleted)` };
  if (status === 410) return { ok: false, state: "gone", stateReason: `${handle} has been deleted` };
  return undefined;
}

interface WebfingerLink {
  rel: string;
  type: string | null;
  href: string | null;
}

interface Webfinger {
  subject: string | null;
  /** The ActivityPub actor (or, failing that, the profile page): the server that answers the API. */
  actor: string | null;
}

const ACTIVITY_TYPES = /^application\/(?:activity\+json|ld\+json)/i;

function readWebfinger(value: unknown): Webfinger {
  if (!isObject(value)) return { subject: null, actor: null };
  const links: WebfingerLink[] = Array.isArray(value.links)
    ? value.links.filter(isObject).map((link) => ({ rel: str(link.rel) ?? "", type: str(link.type), href: str(link.href) }))
    : [];
  const self = links.find((link) => link.rel === "self" && link.href && ACTIVITY_TYPES.test(link.type ?? ""));
  const page = links.find((link) => link.rel === "http://webfinger.net/rel/profile-page" && link.href);
  const actor = [self?.href, page?.href].find((href): href is string => typeof href === "string" && httpUrl(href, null) !== undefined) ?? null;
  return { subject: str(value.subject), actor };
}

async function webfinger(context: AdapterContext, handle: MastodonHandle): Promise<Outcome<Webfinger>> {
  const resource = encodeURIComponent(`acct:${handle.user}@${handle.host}`);
  const response = await context.http.get(`${originOf(handle.host, context.config)}/.well-known/webfinger?resource=${resource}`, { accept: JRD_ACCEPT, conditional: false });
  const dead = deadState(response.status, formatHandle(handle));
  if (dead) return dead;
  if (response.status === 401 || response.status === 403) throw signedInOnly(handle.host);
  if (response.status !== 200) throw unexpected(response, `${formatHandle(handle)}'s WebFinger record`);
  return { ok: true, value: readWebfinger(response.json<unknown>()) };
}

function parseSubject(subject: string | null): MastodonHandle | undefined {
  const match = subject ? /^acct:([^@]+)@(.+)$/i.exec(subject) : null;
  return match ? handleFrom(match[1] ?? "", match[2] ?? "") : undefined;
}

interface Discovery {
  apiOrigin: string;
  /** The account as the world names it: the WebFinger subject when it checks out. */
  handle: MastodonHandle;
}

/**
 * WebFinger tells which server answers for the account. The subject may name another domain
 * (an account domain served from a separate web domain): it is believed only when that domain's
 * own WebFinger points at the same actor, as Mastodon itself checks.
 */
async function discover(context: AdapterContext, requested: MastodonHandle): Promise<Outcome<Discovery>> {
  const first = await webfinger(context, requested);
  if (!first.ok) return first;
  if (!first.value.actor) throw new SourceUnavailableError(`${requested.host} does not seem to run Mastodon: its WebFinger record names no profile`);
  let handle = requested;
  const subject = parseSubject(first.value.subject);
  if (subject && formatHandle(subject).toLowerCase() !== formatHandle(requested).toLowerCase()) {
    const second = await webfinger(context, subject).catch(() => undefined);
    if (second?.ok && second.value.actor === first.value.actor) handle = subject;
  }
  return { ok: true, value: { apiOrigin: originOf(new URL(first.value.actor).host, context.config), handle } };
}

function accountFrom(response: SourceResponse, handle: string): Outcome<MastodonAccount> {
  const dead = deadState(response.status, handle);
  if (dead) return dead;
  if (response.status === 401 || response.status === 403) throw signedInOnly(hostOf(response.url));
  if (response.status !== 200) throw unexpected(response, `the account ${handle}`);
  const account = readAccount(response.json<unknown>());
  if (!account) throw new SourceUnavailableError(`${hostOf(response.url)} answered something that is not a Mastodon account for ${handle}`);
  return { ok: true, value: account };
}

function stepResult(account: MastodonAccount, domain: string, carry: MastodonCarry): ProfileStepResult {
  const handle = `@${account.username}@${domain}`;
  if (account.suspended) return { state: "suspended", stateReason: `${handle} has been suspended by its server`, profile: null, suggestions: [], carry };
  if (account.moved) {
    const target = fullHandle(account.moved.acct, domain);
    return { state: "moved", stateReason: `moved to ${target}`, profile: toProfile(account, domain), suggestions: [{ kind: "mastodon", input: target }], carry };
  }
  return { state: "ok", stateReason: null, profile: toProfile(account, domain), suggestions: suggestionsFor(account, handle), carry };
}

function notOk(outcome: { state: RemoteState; stateReason: string }): ProfileStepResult {
  return { state: outcome.state, stateReason: outcome.stateReason, profile: null, suggestions: [], carry: null };
}

async function fetchProfile(context: AdapterContext, source: SourceRef): Promise<ProfileStepResult> {
  const requested = parseMastodonHandle(source.input);
  if (!requested) throw new UserInputError(INPUT_HELP);
  const cursor = readCursor(source.cursor);

  if (cursor) {
    const handle = `@${requested.user}@${cursor.domain}`;
    const response = await context.http.get(`${cursor.apiOrigin}/api/v1/accounts/${encodeURIComponent(cursor.accountId)}`, {
      accept: JSON_ACCEPT,
      conditional: false,
      headers: cursor.accountEtag ? { "if-none-match": cursor.accountEtag } : {},
    });
    const base = { apiOrigin: cursor.apiOrigin, accountId: cursor.accountId, domain: cursor.domain };
    if (response.notModified) return { state: "ok", stateReason: null, profile: null, suggestions: [], carry: { ...base, accountEtag: cursor.accountEtag, unchanged: true } };
    const outcome = accountFrom(response, handle);
    if (!outcome.ok) return notOk(outcome);
    return stepResult(outcome.value, cursor.domain, { ...base, accountEtag: response.headers.etag ?? null, unchanged: false });
  }

  const discovery = await discover(context, requested);
  if (!discovery.ok) return notOk(discovery);
  const { apiOrigin, handle } = discovery.value;
  const response = await context.http.get(`${apiOrigin}/api/v1/accounts/lookup?acct=${encodeURIComponent(handle.user)}`, { accept: JSON_ACCEPT, conditional: false });
  const outcome = accountFrom(response, formatHandle(handle));
  if (!outcome.ok) return notOk(outcome);
  // The lookup and GET /accounts/:id render the same serializer, so this ETag validates the latter next time.
  return stepResult(outcome.value, handle.host, { apiOrigin, accountId: outcome.value.id, domain: handle.host, accountEtag: response.headers.etag ?? null, unchanged: false });
}

// ---------------------------------------------------------------------------------------------
// Statuses

/** Mastodon ids are snowflakes in decimal strings (others use ULIDs): longer is newer, then lexical order. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `rel="next"` URL of a Link header, only when it stays on the API's origin. */
export function nextLink(header: string | undefined, apiOrigin: string): string | undefined {
  if (!header) return undefined;
  for (const match of header.matchAll(/<([^>]+)>\s*((?:;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(match[2] ?? "")?.[1];
    if (!rel?.split(/\s+/).includes("next")) continue;
    const href = httpUrl(match[1] ?? "", apiOrigin);
    return href && new URL(href).origin === new URL(apiOrigin).origin ? href : undefined;
  }
  return undefined;
}

const MEDIA_KINDS: Record<string, MediaLink["kind"]> = { image: "image", gifv: "video", video: "video", audio: "audio" };

function readMedia(value: unknown): MediaLink[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((attachment) => {
    const url = httpUrl(str(attachment.url) ?? str(attachment.remote_url) ?? "", null);
    if (!url) return [];
    const alt = str(attachment.description)?.trim();
    return [{ url, alt: alt || null, kind: MEDIA_KINDS[str(attachment.type) ?? ""] ?? "link" }];
  });
}

function isoDate(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** A status as Kith keeps it, or undefined for what a contact page should not show (private, direct, replies to others). */
export function toUpdate(value: unknown, accountId: string): StatusUpdate | undefined {
  if (!isObject(value)) return undefined;
  const id = idString(value.id);
  if (!id) return undefined;
  const visibility = str(value.visibility) ?? "public";
  if (visibility !== "public" && visibility !== "unlisted") return undefined;
  const replyTo = idString(value.in_reply_to_account_id);
  if (replyTo && replyTo !== accountId) return undefined;
  const shown = isObject(value.reblog) ? value.reblog : value;
  const url = httpUrl(str(shown.url) ?? str(shown.uri) ?? "", null) ?? null;
  const content = str(shown.content) ?? "";
  const warning = cleanText(str(shown.spoiler_text) ?? "");
  const body = cleanText(htmlToText(content));
  return {
    externalId: id,
    url,
    publishedAt: isoDate(value.created_at) ?? new Date(0).toISOString(),
    editedAt: isoDate(shown.edited_at),
    text: warning ? `CW: ${warning}${body ? `\n\n${body}` : ""}` : body,
    html: (warning ? textToHtml(`CW: ${warning}`) : "") + sanitizeHtml(content, url ?? undefined),
    isRepost: shown !== value,
    media: readMedia(shown.media_attachments),
  };
}

async function fetchUpdates(context: AdapterContext, source: SourceRef, carryValue: Json): Promise<UpdatesStepResult> {
  const cursor = readCursor(source.cursor);
  const carry = readCarry(carryValue) ?? (cursor ? { ...cursor, unchanged: false } : undefined);
  if (!carry) throw new SourceUnavailableError("Kith lost track of this Mastodon account; it will look it up again on the next sync");
  const sinceId = cursor && cursor.apiOrigin === carry.apiOrigin && cursor.accountId === carry.accountId ? cursor.sinceId : null;
  const next: MastodonCursor = { apiOrigin: carry.apiOrigin, accountId: carry.accountId, domain: carry.domain, sinceId, accountEtag: carry.accountEtag };
  if (carry.unchanged || context.limit < 1) return { updates: [], cursor: next };

  const pageSize = Math.min(MAX_PAGE_SIZE, context.limit);
  const maxPages = Math.ceil(context.limit / pageSize) + 3;
  const updates: StatusUpdate[] = [];
  let newest = sinceId;
  let url: string | undefined =
    `${carry.apiOrigin}/api/v1/accounts/${encodeURIComponent(carry.accountId)}/statuses?limit=${pageSize}&exclude_replies=true` +
    (sinceId ? `&since_id=${encodeURIComponent(sinceId)}` : "");

  for (let page = 0; url && page < maxPages; page++) {
    // Only the incremental first page is worth a conditional request: its URL repeats while nothing is new.
    const response: SourceResponse = await context.http.get(url, { accept: JSON_ACCEPT, conditional: page === 0 && sinceId !== null });
    if (response.notModified || response.status === 404 || response.status === 410) break;
    if (response.status === 401 || response.status === 403) throw signedInOnly(hostOf(carry.apiOrigin));
    if (response.status !== 200) throw unexpected(response, "the account's posts");
    const statuses = response.json<unknown>();
    if (!Array.isArray(statuses)) throw new SourceUnavailableError(`${hostOf(carry.apiOrigin)} answered something that is not a list of posts`);
    let reachedSeen = false;
    for (const status of statuses) {
      const id = isObject(status) ? idString(status.id) : null;
      if (!id) continue;
      if (sinceId && compareIds(id, sinceId) <= 0) {
        reachedSeen = true;
        continue;
      }
      if (!newest || compareIds(id, newest) > 0) newest = id;
      const update = updates.length < context.limit ? toUpdate(status, carry.accountId) : undefined;
      if (update) updates.push(update);
    }
    if (statuses.length === 0 || reachedSeen || updates.length >= context.limit) break;
    url = nextLink(response.headers.link, carry.apiOrigin);
  }
  return { updates, cursor: { ...next, sinceId: newest } };
}

// ---------------------------------------------------------------------------------------------

export const mastodonAdapter: SourceAdapter = {
  kind: "mastodon",
  parseInput(input: string, _config: SourcesConfig): string {
    const handle = parseMastodonHandle(input);
    if (!handle) throw new UserInputError(INPUT_HELP);
    return formatHandle(handle);
  },
  fetchProfile,
  fetchUpdates,
};
