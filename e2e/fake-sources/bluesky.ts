import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendCacheable, sendJson, type FakeHandler, type FakeServer } from "./server";

/**
 * A fake Bluesky AppView (https://public.api.bsky.app): the public XRPC queries Kith uses,
 * with the real shapes (modelled on the atproto lexicons and the AppView's own test snapshots):
 *
 * - GET /xrpc/app.bsky.actor.getProfile?actor=<handle|did> → profileViewDetailed
 * - GET /xrpc/app.bsky.feed.getAuthorFeed?actor=&limit=1..100&cursor=&filter=&includePins=
 *   → {feed: feedViewPost[], cursor?}, newest first, an opaque cursor while older items remain
 * - GET /xrpc/com.atproto.identity.resolveHandle?handle= → {did}
 * - GET /img/... → a tiny image, for the avatar and image URLs the payloads point at
 *
 * Errors are the AppView's XRPC bodies, HTTP 400 {error, message}: InvalidRequest "Profile not found",
 * AccountTakedown "Account has been suspended", AccountDeactivated "Account is deactivated",
 * InvalidRequest "Unable to resolve handle". Answers carry ETags and 304 through sendJson.
 *
 * Seeded by default (pass {seed: false} for an empty AppView), for end-to-end runs:
 * - ana.bsky.social (did:plc:anaoyelaran2nunez4maps5x): "Ana Oyelaran-Núñez 🌻", a bio with HTML-looking
 *   text and emoji, website https://ana-maps.example, an avatar; four posts, newest first:
 *   a repost of Bo's ride, a post with a link card, a post with a link and a mention facet after emoji,
 *   a post with an image (alt text) — and a pinned post (the oldest).
 * - bo.bsky.social (did:plc:bobikeclub2weekend3ride4): "Bo", no bio, one post.
 */

export type FakeActorStatus = "active" | "takendown" | "deactivated" | "removed";

export interface FakeBlueskyActor {
  did: string;
  handle: string;
  displayName?: string;
  description?: string;
  website?: string;
  /** The avatar blob's CID, when the actor has one. */
  avatarCid?: string;
  bannerCid?: string;
  createdAt: string;
  indexedAt: string;
  status: FakeActorStatus;
  /** The handle no longer verifies: the AppView then shows it as handle.invalid. */
  handleInvalid: boolean;
  /** The at:// URI of the pinned post. */
  pinnedPost?: string;
}

/** A rich-text facet as the lexicon has it: byte offsets into the UTF-8 text. */
export interface FakeFacet {
  index: { byteStart: number; byteEnd: number };
  features: ({ $type: "app.bsky.richtext.facet#link"; uri: string } | { $type: "app.bsky.richtext.facet#mention"; did: string } | { $type: "app.bsky.richtext.facet#tag"; tag: string })[];
}

export interface FakeImage {
  alt: string;
  cid: string;
}

export interface FakeExternal {
  uri: string;
  title: string;
  description: string;
}

export interface FakeBlueskyPost {
  uri: string;
  cid: string;
  authorDid: string;
  text: string;
  facets?: FakeFacet[];
  createdAt: string;
  indexedAt: string;
  images?: FakeImage[];
  external?: FakeExternal;
  /** The at:// URI of a quoted post. */
  quote?: string;
  video?: { alt?: string; cid: string };
  /** The at:// URI of the post this one answers. */
  replyTo?: string;
}

export interface FakeBlueskyRepost {
  uri: string;
  cid: string;
  byDid: string;
  subject: string;
  indexedAt: string;
}

export interface FakePostInput {
  text: string;
  facets?: FakeFacet[];
  createdAt?: string;
  /** Defaults to createdAt. */
  indexedAt?: string;
  images?: { alt?: string }[];
  external?: FakeExternal;
  quote?: string;
  video?: { alt?: string };
  replyTo?: string;
}

export interface FakeActorInput {
  handle: string;
  did?: string;
  displayName?: string;
  description?: string;
  website?: string;
  avatar?: boolean;
  banner?: boolean;
}

const TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

function hashOf(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function base32(bytes: Buffer, length: number): string {
  let out = "";
  for (let index = 0; out.length < length; index++) out += BASE32[(bytes[index % bytes.length] ?? 0) % 32];
  return out;
}

/** A did:plc for a handle: 24 base32 characters, like the real ones. */
export function fakeDid(handle: string): string {
  return `did:plc:${base32(hashOf(`did:${handle}`), 24)}`;
}

function fakeCid(seed: string): string {
  return `bafyrei${base32(hashOf(`cid:${seed}`), 52)}`;
}

/** A record key in the TID form (13 base32-sortable characters from microseconds), as Bluesky makes them. */
function tid(timeMs: number, sequence: number): string {
  let value = (BigInt(timeMs) * 1000n + BigInt(sequence % 1000)) << 10n;
  let out = "";
  for (let index = 0; index < 13; index++) {
    out = TID_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** A facet over the first occurrence of `fragment` in `text`, with UTF-8 byte offsets (as the lexicon wants). */
export function fakeFacet(text: string, fragment: string, feature: FakeFacet["features"][number]): FakeFacet {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`"${fragment}" is not in "${text}"`);
  const byteStart = Buffer.byteLength(text.slice(0, at));
  return { index: { byteStart, byteEnd: byteStart + Buffer.byteLength(fragment) }, features: [feature] };
}

class FakeBlueskyState {
  readonly actors = new Map<string, FakeBlueskyActor>();
  readonly posts: FakeBlueskyPost[] = [];
  readonly reposts: FakeBlueskyRepost[] = [];
  /** The fake clock: each new record is a minute after the previous one unless told otherwise. */
  private clock = Date.parse("2025-03-01T09:00:00.000Z");
  private sequence = 0;

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  actor(handleOrDid: string): FakeBlueskyActor | undefined {
    const key = handleOrDid.replace(/^@/, "").toLowerCase();
    return this.actors.get(key) ?? [...this.actors.values()].find((actor) => actor.handle.toLowerCase() === key);
  }

  private must(handleOrDid: string): FakeBlueskyActor {
    const actor = this.actor(handleOrDid);
    if (!actor) throw new Error(`No fake Bluesky actor ${handleOrDid}`);
    return actor;
  }

  addActor(input: FakeActorInput): FakeBlueskyActor {
    const did = input.did ?? fakeDid(input.handle);
    const now = this.tick();
    const actor: FakeBlueskyActor = {
      did,
      handle: input.handle.toLowerCase(),
      displayName: input.displayName,
      description: input.description,
      website: input.website,
      avatarCid: input.avatar ? fakeCid(`avatar:${did}`) : undefined,
      bannerCid: input.banner ? fakeCid(`banner:${did}`) : undefined,
      createdAt: now,
      indexedAt: now,
      status: "active",
      handleInvalid: false,
    };
    this.actors.set(did, actor);
    return actor;
  }

  /** Changes profile fields (displayName, description, website…), as editing the profile record does. */
  update(handleOrDid: string, changes: Partial<Pick<FakeBlueskyActor, "displayName" | "description" | "website" | "avatarCid" | "handle">>): FakeBlueskyActor {
    const actor = this.must(handleOrDid);
    Object.assign(actor, changes, { indexedAt: this.tick() });
    return actor;
  }

  post(handleOrDid: string, input: FakePostInput): FakeBlueskyPost {
    const author = this.must(handleOrDid);
    const createdAt = input.createdAt ?? this.tick();
    const rkey = tid(Date.parse(createdAt), this.sequence++);
    const uri = `at://${author.did}/app.bsky.feed.post/${rkey}`;
    const post: FakeBlueskyPost = {
      uri,
      cid: fakeCid(uri),
      authorDid: author.did,
      text: input.text,
      facets: input.facets,
      createdAt,
      indexedAt: input.indexedAt ?? createdAt,
      images: input.images?.map((image, index) => ({ alt: image.alt ?? "", cid: fakeCid(`${uri}#image${index}`) })),
      external: input.external,
      quote: input.quote,
      video: input.video ? { alt: input.video.alt, cid: fakeCid(`${uri}#video`) } : undefined,
      replyTo: input.replyTo,
    };
    this.posts.push(post);
    return post;
  }

  repost(handleOrDid: string, subject: string, indexedAt?: string): FakeBlueskyRepost {
    const by = this.must(handleOrDid);
    const at = indexedAt ?? this.tick();
    const uri = `at://${by.did}/app.bsky.feed.repost/${tid(Date.parse(at), this.sequence++)}`;
    const repost: FakeBlueskyRepost = { uri, cid: fakeCid(uri), byDid: by.did, subject, indexedAt: at };
    this.reposts.push(repost);
    return repost;
  }

  pin(handleOrDid: string, postUri: string | undefined): void {
    this.must(handleOrDid).pinnedPost = postUri;
  }

  deletePost(uri: string): void {
    const index = this.posts.findIndex((post) => post.uri === uri);
    if (index >= 0) this.posts.splice(index, 1);
  }

  /** Moderation took the account down: the AppView answers AccountTakedown. */
  takedown(handleOrDid: string): void {
    this.must(handleOrDid).status = "takendown";
  }

  /** The owner deactivated the account: AccountDeactivated. */
  deactivate(handleOrDid: string): void {
    this.must(handleOrDid).status = "deactivated";
  }

  reactivate(handleOrDid: string): void {
    this.must(handleOrDid).status = "active";
  }

  /** The account is deleted: the handle no longer resolves and the profile is not found. */
  remove(handleOrDid: string): void {
    this.must(handleOrDid).status = "removed";
  }

  invalidateHandle(handleOrDid: string, invalid = true): void {
    this.must(handleOrDid).handleInvalid = invalid;
  }
}

export type FakeBlueskyStateApi = FakeBlueskyState;

// ---------------------------------------------------------------------------------------------
// Views

function shownHandle(actor: FakeBlueskyActor): string {
  return actor.handleInvalid ? "handle.invalid" : actor.handle;
}

function imageUrl(origin: string, preset: string, did: string, cid: string): string {
  return `${origin}/img/${preset}/plain/${did}/${cid}@jpeg`;
}

const VIEWER = { muted: false, blockedBy: false, mutedOnlyQuoteposts: false, mutedOnlyReposts: false };

function profileViewBasic(actor: FakeBlueskyActor, origin: string): Record<string, unknown> {
  return {
    did: actor.did,
    handle: shownHandle(actor),
    ...(actor.displayName === undefined ? {} : { displayName: actor.displayName }),
    ...(actor.avatarCid ? { avatar: imageUrl(origin, "avatar", actor.did, actor.avatarCid) } : {}),
    associated: { activitySubscription: { allowSubscriptions: "followers" } },
    viewer: VIEWER,
    labels: [],
    createdAt: actor.createdAt,
  };
}

class Views {
  constructor(
    private readonly state: FakeBlueskyState,
    private readonly origin: string,
  ) {}

  profileDetailed(actor: FakeBlueskyActor): Record<string, unknown> {
    const posts = this.state.posts.filter((post) => post.authorDid === actor.did);
    return {
      ...profileViewBasic(actor, this.origin),
      ...(actor.description === undefined ? {} : { description: actor.description }),
      ...(actor.website === undefined ? {} : { website: actor.website }),
      ...(actor.bannerCid ? { banner: imageUrl(this.origin, "banner", actor.did, actor.bannerCid) } : {}),
      associated: { lists: 0, feedgens: 0, starterPacks: 0, labeler: false, activitySubscription: { allowSubscriptions: "followers" } },
      followersCount: 12,
      followsCount: 34,
      postsCount: posts.length,
      indexedAt: actor.indexedAt,
      ...(actor.pinnedPost ? { pinnedPost: { uri: actor.pinnedPost, cid: fakeCid(actor.pinnedPost) } } : {}),
    };
  }

  private record(post: FakeBlueskyPost): Record<string, unknown> {
    const record: Record<string, unknown> = { $type: "app.bsky.feed.post", createdAt: post.createdAt, langs: ["en"], text: post.text };
    if (post.facets) record.facets = post.facets;
    const media = post.images
      ? {
          $type: "app.bsky.embed.images",
          images: post.images.map((image) => ({ alt: image.alt, image: { $type: "blob", ref: { $link: image.cid }, mimeType: "image/jpeg", size: 4114 }, aspectRatio: { width: 4, height: 3 } })),
        }
      : post.external
        ? { $type: "app.bsky.embed.external", external: { ...post.external } }
        : post.video
          ? { $type: "app.bsky.embed.video", video: { $type: "blob", ref: { $link: post.video.cid }, mimeType: "video/mp4", size: 90210 }, ...(post.video.alt ? { alt: post.video.alt } : {}) }
          : undefined;
    const quoted = post.quote ? { uri: post.quote, cid: fakeCid(post.quote) } : undefined;
    if (quoted && media) record.embed = { $type: "app.bsky.embed.recordWithMedia", record: { $type: "app.bsky.embed.record", record: quoted }, media };
    else if (quoted) record.embed = { $type: "app.bsky.embed.record", record: quoted };
    else if (media) record.embed = media;
    if (post.replyTo) {
      const parent = { uri: post.replyTo, cid: fakeCid(post.replyTo) };
      record.reply = { root: parent, parent };
    }
    return record;
  }

  private mediaView(post: FakeBlueskyPost): Record<string, unknown> | undefined {
    if (post.images) {
      return {
        $type: "app.bsky.embed.images#view",
        images: post.images.map((image) => ({
          thumb: imageUrl(this.origin, "feed_thumbnail", post.authorDid, image.cid),
          fullsize: imageUrl(this.origin, "feed_fullsize", post.authorDid, image.cid),
          alt: image.alt,
          aspectRatio: { width: 4, height: 3 },
        })),
      };
    }
    if (post.external) return { $type: "app.bsky.embed.external#view", external: { ...post.external } };
    if (post.video) {
      return {
        $type: "app.bsky.embed.video#view",
        cid: post.video.cid,
        playlist: `${this.origin}/watch/${encodeURIComponent(post.authorDid)}/${post.video.cid}/playlist.m3u8`,
        thumbnail: `${this.origin}/watch/${encodeURIComponent(post.authorDid)}/${post.video.cid}/thumbnail.jpg`,
        ...(post.video.alt ? { alt: post.video.alt } : {}),
      };
    }
    return undefined;
  }

  private quoteView(uri: string): Record<string, unknown> {
    const quoted = this.state.posts.find((post) => post.uri === uri);
    const author = quoted ? this.state.actors.get(quoted.authorDid) : undefined;
    if (!quoted || !author || author.status !== "active") return { $type: "app.bsky.embed.record#viewNotFound", uri, notFound: true };
    return {
      $type: "app.bsky.embed.record#viewRecord",
      uri: quoted.uri,
      cid: quoted.cid,
      author: profileViewBasic(author, this.origin),
      value: this.record(quoted),
      labels: [],
      likeCount: 0,
      replyCount: 0,
      repostCount: 0,
      quoteCount: 1,
      indexedAt: quoted.indexedAt,
    };
  }

  private embedView(post: FakeBlueskyPost): Record<string, unknown> | undefined {
    const media = this.mediaView(post);
    if (!post.quote) return media;
    const record = { $type: "app.bsky.embed.record#view", record: this.quoteView(post.quote) };
    return media ? { $type: "app.bsky.embed.recordWithMedia#view", record, media } : record;
  }

  postView(post: FakeBlueskyPost, pinned: boolean): Record<string, unknown> {
    const author = this.state.actors.get(post.authorDid);
    const embed = this.embedView(post);
    return {
      uri: post.uri,
      cid: post.cid,
      author: author ? profileViewBasic(author, this.origin) : { did: post.authorDid, handle: "handle.invalid" },
      record: this.record(post),
      ...(embed ? { embed } : {}),
      bookmarkCount: 0,
      replyCount: 0,
      repostCount: this.state.reposts.filter((repost) => repost.subject === post.uri).length,
      likeCount: 3,
      quoteCount: 0,
      indexedAt: post.indexedAt,
      viewer: { bookmarked: false, threadMuted: false, embeddingDisabled: false, ...(pinned ? { pinned: true } : {}) },
      labels: [],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Feed

interface FeedEntry {
  sortAt: string;
  /** Breaks ties between entries of the same instant, like the AppView's cid. */
  tie: string;
  post: FakeBlueskyPost;
  repost?: FakeBlueskyRepost;
}

function authorFeed(state: FakeBlueskyState, actor: FakeBlueskyActor, filter: string): FeedEntry[] {
  const own = state.posts
    .filter((post) => post.authorDid === actor.did)
    .filter((post) => {
      if (!post.replyTo || filter === "posts_with_replies") return true;
      // posts_no_replies keeps threads the author answers themself.
      const parent = state.posts.find((candidate) => candidate.uri === post.replyTo);
      return filter !== "posts_with_media" && parent?.authorDid === actor.did;
    })
    .filter((post) => filter !== "posts_with_media" || Boolean(post.images ?? post.video))
    .map((post) => ({ sortAt: post.indexedAt, tie: post.cid, post }));
  const shared = filter === "posts_with_media" ? [] : state.reposts.flatMap((repost) => {
    if (repost.byDid !== actor.did) return [];
    const post = state.posts.find((candidate) => candidate.uri === repost.subject);
    return post ? [{ sortAt: repost.indexedAt, tie: repost.cid, post, repost }] : [];
  });
  return [...own, ...shared].sort((a, b) => (a.sortAt === b.sortAt ? b.tie.localeCompare(a.tie) : b.sortAt.localeCompare(a.sortAt)));
}

const encodeCursor = (entry: FeedEntry): string => Buffer.from(`${Date.parse(entry.sortAt)}::${entry.tie}`).toString("base64url");

function decodeCursor(cursor: string): { time: number; tie: string } | undefined {
  const [time, tie] = Buffer.from(cursor, "base64url").toString("utf8").split("::");
  return time && tie && /^\d+$/.test(time) ? { time: Number(time), tie } : undefined;
}

function olderThan(entry: FeedEntry, mark: { time: number; tie: string }): boolean {
  const time = Date.parse(entry.sortAt);
  return time < mark.time || (time === mark.time && entry.tie.localeCompare(mark.tie) < 0);
}

// ---------------------------------------------------------------------------------------------
// HTTP

function sendXrpcError(request: IncomingMessage, response: ServerResponse, error: string, message: string, status = 400): void {
  sendJson(request, response, { error, message }, { status });
}

const HANDLE = /^([a-z\d]([a-z\d-]{0,61}[a-z\d])?\.)+[a-z]([a-z\d-]{0,61}[a-z\d])?$/i;
const isActorParam = (value: string): boolean => /^did:[a-z]+:[a-zA-Z\d._:%-]+$/.test(value) || HANDLE.test(value);

/** A 1×1 PNG for every /img/ URL. */
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=", "base64");

function actorError(actor: FakeBlueskyActor | undefined): [string, string] | undefined {
  if (!actor || actor.status === "removed") return ["InvalidRequest", "Profile not found"];
  if (actor.status === "takendown") return ["AccountTakedown", "Account has been suspended"];
  if (actor.status === "deactivated") return ["AccountDeactivated", "Account is deactivated"];
  return undefined;
}

export interface FakeBlueskyOptions {
  /** Seed ana.bsky.social and bo.bsky.social (see the module comment). Defaults to true. */
  seed?: boolean;
}

function seed(state: FakeBlueskyState): void {
  const bo = state.addActor({ handle: "bo.bsky.social", did: "did:plc:bobikeclub2weekend3ride4", displayName: "Bo" });
  const ana = state.addActor({
    handle: "ana.bsky.social",
    did: "did:plc:anaoyelaran2nunez4maps5x",
    displayName: "Ana Oyelaran-Núñez 🌻",
    description: "Cartógrafa & <b>bread</b> person 🍞\nMaps, rivers, sourdough. She/her.",
    website: "https://ana-maps.example",
    avatar: true,
    banner: true,
  });
  const pinned = state.post(ana.did, { text: "Hi! I draw maps of rivers. Commissions open 🗺️" });
  state.pin(ana.did, pinned.uri);
  state.post(ana.did, { text: "Morning walk by the river 🌊", images: [{ alt: "Fog over the river at dawn" }] });
  const mapText = "🗺️✨ New map is up: ana-maps.example/rivers — thanks @bo.bsky.social for the ride data!";
  state.post(ana.did, {
    text: mapText,
    facets: [
      fakeFacet(mapText, "ana-maps.example/rivers", { $type: "app.bsky.richtext.facet#link", uri: "https://ana-maps.example/rivers" }),
      fakeFacet(mapText, "@bo.bsky.social", { $type: "app.bsky.richtext.facet#mention", did: bo.did }),
    ],
  });
  state.post(ana.did, {
    text: "Good read on old river charts",
    external: { uri: "https://charts.example/old-rivers", title: "Old river charts, redrawn", description: "A history of hand-drawn charts." },
  });
  const ride = state.post(bo.did, { text: "Weekend bike club ride: 42 km, one flat tire." });
  state.repost(ana.did, ride.uri);
}

function bluesky(state: FakeBlueskyState, request: IncomingMessage, response: ServerResponse, url: URL, server: FakeServer): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (url.pathname.startsWith("/img/")) {
    sendCacheable(request, response, PIXEL, "image/png");
    return true;
  }
  const method = url.pathname.match(/^\/xrpc\/([\w.]+)$/)?.[1];
  if (!method) return false;
  const views = new Views(state, server.origin);
  const params = url.searchParams;
  const fail = (error: string, message: string): true => {
    sendXrpcError(request, response, error, message);
    return true;
  };

  if (method === "com.atproto.identity.resolveHandle") {
    const handle = params.get("handle");
    if (!handle) return fail("InvalidRequest", 'Error: Params must have the property "handle"');
    if (!HANDLE.test(handle)) return fail("InvalidRequest", "Error: handle must be a valid handle");
    const actor = state.actor(handle);
    // Handles live in DNS and on the PDS: a taken-down or deactivated account still resolves.
    if (!actor || actor.status === "removed" || actor.handleInvalid) {
      return fail("InvalidRequest", "Unable to resolve handle");
    }
    sendJson(request, response, { did: actor.did });
    return true;
  }

  const actorParam = params.get("actor");
  if (method !== "app.bsky.actor.getProfile" && method !== "app.bsky.feed.getAuthorFeed") {
    sendXrpcError(request, response, "MethodNotImplemented", "Method Not Implemented", 501);
    return true;
  }
  if (!actorParam) return fail("InvalidRequest", 'Error: Params must have the property "actor"');
  if (!isActorParam(actorParam)) return fail("InvalidRequest", "Error: actor must be a valid did or a handle");
  const actor = state.actor(actorParam);
  const failure = actorError(actor);
  if (failure || !actor) {
    const [error, message] = failure ?? ["InvalidRequest", "Profile not found"];
    sendXrpcError(request, response, error, message);
    return true;
  }

  if (method === "app.bsky.actor.getProfile") {
    sendJson(request, response, views.profileDetailed(actor));
    return true;
  }

  const limitParam = params.get("limit");
  const limit = limitParam === null ? 50 : Number(limitParam);
  if (!Number.isInteger(limit)) return fail("InvalidRequest", "Error: limit must be an integer");
  if (limit < 1) return fail("InvalidRequest", "Error: limit can not be less than 1");
  if (limit > 100) return fail("InvalidRequest", "Error: limit can not be greater than 100");
  const cursorParam = params.get("cursor");
  const mark = cursorParam ? decodeCursor(cursorParam) : undefined;
  if (cursorParam && !mark) return fail("InvalidRequest", "Malformed cursor");

  let entries = authorFeed(state, actor, params.get("filter") ?? "posts_with_replies");
  const pinned = params.get("includePins") === "true" && !cursorParam && actor.pinnedPost ? state.posts.find((post) => post.uri === actor.pinnedPost) : undefined;
  if (pinned) entries = entries.filter((entry) => entry.repost || entry.post.uri !== pinned.uri);
  if (mark) entries = entries.filter((entry) => olderThan(entry, mark));
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  // Like the AppView, a full page carries a cursor even when nothing older remains (the next page is then empty).
  const feed = page.map((entry) => {
    const by = entry.repost ? state.actors.get(entry.repost.byDid) : undefined;
    return {
      post: views.postView(entry.post, entry.post.uri === actor.pinnedPost),
      ...(entry.repost && by
        ? { reason: { $type: "app.bsky.feed.defs#reasonRepost", by: profileViewBasic(by, server.origin), uri: entry.repost.uri, cid: entry.repost.cid, indexedAt: entry.repost.indexedAt } }
        : {}),
    };
  });
  if (pinned) feed.unshift({ post: views.postView(pinned, true), reason: { $type: "app.bsky.feed.defs#reasonPin" } } as (typeof feed)[number]);
  sendJson(request, response, { feed, ...(last && page.length === limit ? { cursor: encodeCursor(last) } : {}) });
  return true;
}

export function fakeBluesky(options: FakeBlueskyOptions = {}): { handler: FakeHandler; state: FakeBlueskyStateApi } {
  const state = new FakeBlueskyState();
  if (options.seed ?? true) seed(state);
  return { handler: (request, response, url, server) => bluesky(state, request, response, url, server), state };
}
