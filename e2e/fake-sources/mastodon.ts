import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson, type FakeHandler, type FakeServer } from "./server";

/**
 * A fake Mastodon server: WebFinger, account lookup, GET /api/v1/accounts/:id and the account's
 * statuses with since_id / max_id / min_id / limit and Link headers, as Mastodon 4.x answers them
 * to a client without a token (public and unlisted posts only, real error bodies, ETags and 304s
 * through sendJson).
 *
 * Default seed (pass `{ seed: false }` to start empty): `@ana@<server host>`, id "109000000000000001",
 *   display name "Ana Lima", a note with HTML, a hashtag and the custom emoji :blobcat:,
 *   fields: Location "Lisbon, Portugal"; Homepage https://ana-lima.example/ (verified);
 *           GitHub https://github.com/ana-lima (not verified); Pronouns "she/her".
 *   Three public posts, oldest first: a plain text post, a post with a link and a hashtag,
 *   a post with an image (alt "Tram 28 on a hill") under the content warning "tram photos".
 * state.ana holds that account.
 */

export interface FakeMastodonField {
  name: string;
  /** HTML, as Mastodon renders it (links carry `rel="me nofollow noopener noreferrer"`). */
  value: string;
  /** ISO time when the server verified the link back (rel=me); null or absent when not. */
  verifiedAt?: string | null;
}

export interface FakeMastodonAccountInput {
  username: string;
  displayName?: string;
  /** HTML. */
  note?: string;
  fields?: FakeMastodonField[];
  /** Custom emoji shortcodes used in the name or note (without colons). */
  emojis?: string[];
  /** Null for Mastodon's missing.png placeholder. */
  avatar?: string | null;
  bot?: boolean;
  locked?: boolean;
}

export interface FakeMastodonAttachment {
  type: "image" | "gifv" | "video" | "audio" | "unknown";
  url: string;
  description?: string | null;
}

export interface FakeMastodonStatusInput {
  /** HTML. */
  content?: string;
  spoilerText?: string;
  sensitive?: boolean;
  visibility?: "public" | "unlisted" | "private" | "direct";
  /** Makes this a reblog (boost) of that status id (any account's). */
  reblogOf?: string;
  /** A reply; to another account's status when inReplyToAccountId differs from the author. */
  inReplyToId?: string;
  inReplyToAccountId?: string;
  media?: FakeMastodonAttachment[];
  createdAt?: string;
}

export interface FakeMastodonStatus {
  id: string;
  accountId: string;
  createdAt: string;
  editedAt: string | null;
  content: string;
  spoilerText: string;
  sensitive: boolean;
  visibility: "public" | "unlisted" | "private" | "direct";
  reblogOf: string | null;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  media: FakeMastodonAttachment[];
  deleted: boolean;
}

export interface FakeMastodonAccount {
  id: string;
  username: string;
  displayName: string;
  note: string;
  fields: FakeMastodonField[];
  emojis: string[];
  avatar: string | null;
  bot: boolean;
  locked: boolean;
  createdAt: string;
  suspended: boolean;
  /** `@user@host` for an account elsewhere, or a local username. */
  movedTo: string | null;
  /** 404 (deleted, "Record not found") or 410 (gone, as Mastodon 2.4–3.3 answered for suspensions). */
  removed: 404 | 410 | null;
}

export interface FakeMastodonState {
  accounts: FakeMastodonAccount[];
  statuses: FakeMastodonStatus[];
  /** The seeded `@ana` (undefined with `{ seed: false }`). */
  ana: FakeMastodonAccount | undefined;
  /**
   * The account domain (LOCAL_DOMAIN) when it differs from the server's host (WEB_DOMAIN):
   * WebFinger answers for both and names this one in `subject`. Null: the server's own host.
   */
  localDomain: string | null;
  /** The origin used in absolute URLs (profile pages, actors, Link headers). Null: the server's own. */
  webOrigin: string | null;
  /** Whitelist / secure mode: every API call answers 401 to a client without a token. */
  requireAuth: boolean;
  addAccount(input: FakeMastodonAccountInput): FakeMastodonAccount;
  /** Posts as `username` (or account id); ids grow with each post, like Mastodon's snowflakes. */
  addStatus(account: string, input?: FakeMastodonStatusInput): FakeMastodonStatus;
  editStatus(id: string, changes: { content?: string; spoilerText?: string }): FakeMastodonStatus;
  deleteStatus(id: string): void;
  suspend(account: string, suspended?: boolean): void;
  /** Sets the account's `moved` to another account: `@new@host` or a local username. */
  move(account: string, target: string): void;
  remove(account: string, status?: 404 | 410): void;
  account(usernameOrId: string): FakeMastodonAccount;
}

const NOT_FOUND = { error: "Record not found" };
const GONE = { error: "The page you were looking for doesn't exist here anymore." };
const UNAUTHORIZED = { error: "This API requires an authenticated user" };
const ID_BASE = 109_000_000_000_000_000n;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 40;

function send(request: IncomingMessage, response: ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}): true {
  sendJson(request, response, value, { status, headers });
  return true;
}

function byIdDescending(a: FakeMastodonStatus, b: FakeMastodonStatus): number {
  const difference = BigInt(b.id) - BigInt(a.id);
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}

export function fakeMastodon({ seed = true }: { seed?: boolean } = {}): { handler: FakeHandler; state: FakeMastodonState } {
  let nextId = 0n;
  const newId = () => String(ID_BASE + ++nextId);
  let clock = Date.parse("2025-03-01T09:00:00.000Z");
  const tick = () => new Date((clock += 3_600_000)).toISOString();

  const state: FakeMastodonState = {
    accounts: [],
    statuses: [],
    ana: undefined,
    localDomain: null,
    webOrigin: null,
    requireAuth: false,
    addAccount(input) {
      const account: FakeMastodonAccount = {
        id: newId(),
        username: input.username,
        displayName: input.displayName ?? "",
        note: input.note ?? "",
        fields: input.fields ?? [],
        emojis: input.emojis ?? [],
        avatar: input.avatar === undefined ? `/system/accounts/avatars/${input.username}.png` : input.avatar,
        bot: input.bot ?? false,
        locked: input.locked ?? false,
        createdAt: "2022-11-05T00:00:00.000Z",
        suspended: false,
        movedTo: null,
        removed: null,
      };
      state.accounts.push(account);
      return account;
    },
    addStatus(accountKey, input = {}) {
      const account = state.account(accountKey);
      const status: FakeMastodonStatus = {
        id: newId(),
        accountId: account.id,
        createdAt: input.createdAt ?? tick(),
        editedAt: null,
        content: input.reblogOf ? "" : (input.content ?? "<p>Hello</p>"),
        spoilerText: input.spoilerText ?? "",
        sensitive: input.sensitive ?? Boolean(input.spoilerText),
        visibility: input.visibility ?? "public",
        reblogOf: input.reblogOf ?? null,
        inReplyToId: input.inReplyToId ?? null,
        inReplyToAccountId: input.inReplyToAccountId ?? (input.inReplyToId ? account.id : null),
        media: input.media ?? [],
        deleted: false,
      };
      state.statuses.push(status);
      return status;
    },
    editStatus(id, changes) {
      const status = state.statuses.find((candidate) => candidate.id === id && !candidate.deleted);
      if (!status) throw new Error(`fakeMastodon: no status ${id}`);
      if (changes.content !== undefined) status.content = changes.content;
      if (changes.spoilerText !== undefined) status.spoilerText = changes.spoilerText;
      status.editedAt = tick();
      return status;
    },
    deleteStatus(id) {
      const status = state.statuses.find((candidate) => candidate.id === id);
      if (status) status.deleted = true;
    },
    suspend(accountKey, suspended = true) {
      state.account(accountKey).suspended = suspended;
    },
    move(accountKey, target) {
      state.account(accountKey).movedTo = target;
    },
    remove(accountKey, status = 404) {
      state.account(accountKey).removed = status;
    },
    account(key) {
      const lower = key.replace(/^@/, "").toLowerCase();
      const account = state.accounts.find((candidate) => candidate.id === key || candidate.username.toLowerCase() === lower);
      if (!account) throw new Error(`fakeMastodon: no account ${key}`);
      return account;
    },
  };

  if (seed) seedAna(state);

  const handler: FakeHandler = (request, response, url, server) => {
    const origin = state.webOrigin ?? server.origin;
    const localDomain = state.localDomain ?? server.host;
    const path = url.pathname;

    if (path === "/.well-known/webfinger") return webfinger(request, response, url, server, origin, localDomain);
    if (!path.startsWith("/api/v1/accounts")) return false;
    if (state.requireAuth) return send(request, response, UNAUTHORIZED, 401);

    if (path === "/api/v1/accounts/lookup") {
      const acct = (url.searchParams.get("acct") ?? "").replace(/^@/, "");
      const [user = "", domain] = acct.split("@");
      if (domain && domain.toLowerCase() !== localDomain.toLowerCase() && domain.toLowerCase() !== server.host) return send(request, response, NOT_FOUND, 404);
      const account = findAccount(user);
      return account ? sendAccount(request, response, account, origin, localDomain) : send(request, response, NOT_FOUND, 404);
    }
    const match = /^\/api\/v1\/accounts\/([^/]+)(\/statuses)?\/?$/.exec(path);
    if (!match) return false;
    const account = state.accounts.find((candidate) => candidate.id === match[1]);
    if (!account) return send(request, response, NOT_FOUND, 404);
    if (!match[2]) return sendAccount(request, response, account, origin, localDomain);
    if (account.removed) return send(request, response, account.removed === 410 ? GONE : NOT_FOUND, account.removed);
    if (account.suspended) return send(request, response, []);
    return sendStatuses(request, response, url, account, origin, localDomain);
  };

  function findAccount(username: string): FakeMastodonAccount | undefined {
    return state.accounts.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
  }

  function webfinger(request: IncomingMessage, response: ServerResponse, url: URL, server: FakeServer, origin: string, localDomain: string): true {
    const resource = url.searchParams.get("resource") ?? "";
    const match = /^(?:acct:)?@?([^@]+)@(.+)$/i.exec(resource);
    const domain = match?.[2]?.toLowerCase();
    if (!match || (domain !== localDomain.toLowerCase() && domain !== server.host)) {
      response.writeHead(404).end();
      return true;
    }
    const account = findAccount(match[1] ?? "");
    if (!account || account.removed === 404) {
      response.writeHead(404).end();
      return true;
    }
    if (account.removed === 410) {
      response.writeHead(410).end();
      return true;
    }
    sendJson(
      request,
      response,
      {
        subject: `acct:${account.username}@${localDomain}`,
        aliases: [`${origin}/@${account.username}`, `${origin}/users/${account.username}`],
        links: [
          { rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: `${origin}/@${account.username}` },
          { rel: "self", type: "application/activity+json", href: `${origin}/users/${account.username}` },
          { rel: "http://ostatus.org/schema/1.0/subscribe", template: `${origin}/authorize_interaction?uri={uri}` },
        ],
      },
      { headers: { "content-type": "application/jrd+json; charset=utf-8" } },
    );
    return true;
  }

  function sendAccount(request: IncomingMessage, response: ServerResponse, account: FakeMastodonAccount, origin: string, localDomain: string): true {
    if (account.removed) return send(request, response, account.removed === 410 ? GONE : NOT_FOUND, account.removed);
    return send(request, response, accountEntity(account, origin, localDomain));
  }

  function visibleStatuses(account: FakeMastodonAccount): FakeMastodonStatus[] {
    return state.statuses.filter((status) => status.accountId === account.id && !status.deleted && (status.visibility === "public" || status.visibility === "unlisted"));
  }

  function accountEntity(account: FakeMastodonAccount, origin: string, localDomain: string): Record<string, unknown> {
    const missing = `${origin}/avatars/original/missing.png`;
    const avatar = account.avatar === null ? missing : new URL(account.avatar, origin).href;
    const mine = state.statuses.filter((status) => status.accountId === account.id && !status.deleted);
    const last = mine.map((status) => status.createdAt).sort().at(-1);
    const base = {
      id: account.id,
      username: account.username,
      acct: account.username,
      url: `${origin}/@${account.username}`,
      uri: `${origin}/users/${account.username}`,
      locked: account.locked,
      bot: account.bot,
      discoverable: true,
      indexable: true,
      group: false,
      created_at: account.createdAt,
      header: `${origin}/headers/original/missing.png`,
      header_static: `${origin}/headers/original/missing.png`,
      followers_count: account.suspended ? 0 : 12,
      following_count: account.suspended ? 0 : 34,
    };
    if (account.suspended) {
      return { ...base, display_name: "", note: "", avatar: missing, avatar_static: missing, statuses_count: 0, last_status_at: null, suspended: true, emojis: [], fields: [] };
    }
    const entity: Record<string, unknown> = {
      ...base,
      display_name: account.displayName,
      note: account.note,
      avatar,
      avatar_static: avatar,
      statuses_count: mine.length,
      // Mastodon 4 gives only the date.
      last_status_at: last ? last.slice(0, 10) : null,
      noindex: false,
      roles: [],
      emojis: account.emojis.map((shortcode) => ({
        shortcode,
        url: `${origin}/system/custom_emojis/images/${shortcode}.png`,
        static_url: `${origin}/system/custom_emojis/images/static/${shortcode}.png`,
        visible_in_picker: true,
      })),
      fields: account.fields.map((field) => ({ name: field.name, value: field.value, verified_at: field.verifiedAt ?? null })),
    };
    if (account.movedTo) entity.moved = movedEntity(account.movedTo, origin, localDomain);
    return entity;
  }

  function movedEntity(target: string, origin: string, localDomain: string): Record<string, unknown> {
    const remote = /^@?([^@]+)@(.+)$/.exec(target);
    if (!remote) {
      const local = findAccount(target);
      if (local) return { ...accountEntity({ ...local, movedTo: null }, origin, localDomain) };
    }
    const username = remote?.[1] ?? target;
    const host = remote?.[2] ?? localDomain;
    return {
      id: newId(),
      username,
      acct: remote ? `${username}@${host}` : username,
      display_name: "",
      note: "",
      url: `https://${host}/@${username}`,
      uri: `https://${host}/users/${username}`,
      avatar: `${origin}/avatars/original/missing.png`,
      avatar_static: `${origin}/avatars/original/missing.png`,
      locked: false,
      bot: false,
      group: false,
      created_at: "2025-01-01T00:00:00.000Z",
      statuses_count: 0,
      followers_count: 0,
      following_count: 0,
      last_status_at: null,
      emojis: [],
      fields: [],
    };
  }

  function statusEntity(status: FakeMastodonStatus, origin: string, localDomain: string): Record<string, unknown> {
    const account = state.accounts.find((candidate) => candidate.id === status.accountId);
    const username = account?.username ?? "unknown";
    const original = status.reblogOf ? state.statuses.find((candidate) => candidate.id === status.reblogOf && !candidate.deleted) : undefined;
    return {
      id: status.id,
      created_at: status.createdAt,
      edited_at: status.editedAt,
      in_reply_to_id: status.inReplyToId,
      in_reply_to_account_id: status.inReplyToAccountId,
      sensitive: status.sensitive,
      spoiler_text: status.spoilerText,
      visibility: status.visibility,
      language: "en",
      uri: `${origin}/users/${username}/statuses/${status.id}`,
      url: status.reblogOf ? null : `${origin}/@${username}/${status.id}`,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      content: status.content,
      reblog: original ? statusEntity(original, origin, localDomain) : null,
      application: { name: "Web", website: null },
      account: account ? accountEntity({ ...account, movedTo: null }, origin, localDomain) : null,
      media_attachments: status.media.map((media, index) => ({
        id: `${status.id}${index}`,
        type: media.type,
        url: new URL(media.url, origin).href,
        preview_url: new URL(media.url, origin).href,
        remote_url: null,
        description: media.description ?? null,
        blurhash: null,
      })),
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    };
  }

  function sendStatuses(request: IncomingMessage, response: ServerResponse, url: URL, account: FakeMastodonAccount, origin: string, localDomain: string): true {
    const params = url.searchParams;
    const requested = Number(params.get("limit") ?? DEFAULT_LIMIT);
    const limit = Number.isFinite(requested) && requested > 0 ? Math.min(MAX_LIMIT, Math.floor(requested)) : DEFAULT_LIMIT;
    const bound = (name: string) => {
      const value = params.get(name);
      return value && /^\d+$/.test(value) ? BigInt(value) : undefined;
    };
    const maxId = bound("max_id");
    const sinceId = bound("since_id");
    const minId = bound("min_id");
    let statuses = visibleStatuses(account).sort(byIdDescending);
    if (params.get("exclude_replies") === "true") statuses = statuses.filter((status) => !status.inReplyToAccountId || status.inReplyToAccountId === account.id);
    if (params.get("exclude_reblogs") === "true") statuses = statuses.filter((status) => !status.reblogOf);
    if (params.get("only_media") === "true") statuses = statuses.filter((status) => status.media.length > 0);
    if (maxId !== undefined) statuses = statuses.filter((status) => BigInt(status.id) < maxId);
    if (sinceId !== undefined) statuses = statuses.filter((status) => BigInt(status.id) > sinceId);
    // min_id pages upwards: the oldest `limit` just above it, still sent newest first.
    const page = minId !== undefined ? statuses.filter((status) => BigInt(status.id) > minId).slice(-limit) : statuses.slice(0, limit);

    const links: string[] = [];
    const pagePath = (key: string, id: string) => {
      const next = new URLSearchParams({ limit: String(limit) });
      for (const flag of ["exclude_replies", "exclude_reblogs", "only_media"]) if (params.get(flag) === "true") next.set(flag, "true");
      next.set(key, id);
      return `${origin}/api/v1/accounts/${account.id}/statuses?${next.toString()}`;
    };
    const oldest = page.at(-1);
    const newest = page[0];
    if (oldest && page.length === limit) links.push(`<${pagePath("max_id", oldest.id)}>; rel="next"`);
    if (newest) links.push(`<${pagePath("min_id", newest.id)}>; rel="prev"`);
    return send(
      request,
      response,
      page.map((status) => statusEntity(status, origin, localDomain)),
      200,
      links.length ? { link: links.join(", ") } : {},
    );
  }

  return { handler, state };
}

function seedAna(state: FakeMastodonState): void {
  const ana = state.addAccount({
    username: "ana",
    displayName: "Ana Lima",
    note: '<p>Urbanist, cyclist and tram enthusiast :blobcat:</p><p>Writing about <a href="https://ana-lima.example/tags/cities" class="mention hashtag" rel="tag">#<span>cities</span></a> &amp; public space.</p>',
    emojis: ["blobcat"],
    fields: [
      { name: "Location", value: "Lisbon, Portugal" },
      {
        name: "Homepage",
        value: '<a href="https://ana-lima.example/" rel="me nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span><span class="">ana-lima.example/</span><span class="invisible"></span></a>',
        verifiedAt: "2025-01-10T12:00:00.000+00:00",
      },
      {
        name: "GitHub",
        value: '<a href="https://github.com/ana-lima" rel="me nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span><span class="">github.com/ana-lima</span><span class="invisible"></span></a>',
      },
      { name: "Pronouns", value: "she/her" },
    ],
  });
  state.ana = ana;
  state.addStatus("ana", { content: "<p>Bom dia! First post from my new server.</p>" });
  state.addStatus("ana", {
    content:
      '<p>New piece on how Lisbon is rethinking its squares: <a href="https://ana-lima.example/2025/squares" rel="nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span><span class="">ana-lima.example/2025/squares</span><span class="invisible"></span></a> <a href="https://ana-lima.example/tags/cities" class="mention hashtag" rel="tag">#<span>cities</span></a></p>',
  });
  state.addStatus("ana", {
    content: "<p>Caught the 28 on the steepest bit of Graça.</p>",
    spoilerText: "tram photos",
    media: [{ type: "image", url: "/system/media_attachments/files/tram-28.jpg", description: "Tram 28 on a hill" }],
  });
}
