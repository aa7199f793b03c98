import { and, eq, gt, inArray, isNull, lte, sql, type Placeholder, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { descending } from "@/server/pagination";
import {
  circleMembers,
  circles,
  contactTags,
  contacts,
  contributions,
  facts,
  interactions,
  lifeEvents,
  sources,
  statusUpdates,
  tags,
  users,
  type LifeEventKind,
  type SourceKind,
  type TieContext,
} from "@/db/schema";
import { assertOwnContacts } from "@/server/contacts/service";
import { isUuid, NotFoundError, UserInputError } from "@/server/errors";
import { logInteraction, type Interaction } from "@/server/interactions/service";
import { addContribution, type Contribution } from "@/server/knowledge/contributions";
import { addFact, type Fact } from "@/server/knowledge/facts";
import type { MediaLink } from "@/server/sources/types";
import {
  contributionFromPostInput,
  listFeedInput,
  markItemsInput,
  markReadUpToInput,
  muteSourceInput,
  newSinceInput,
  noteFromPostInput,
  replyInput,
  type ContributionFromPostInput,
  type FeedFilters,
  type FeedItemRef,
  type ListFeedInput,
  type MarkItemsInput,
  type MarkReadUpToInput,
  type MuteSourceInput,
  type NewSinceInput,
  type NoteFromPostInput,
  type ReplyInput,
} from "./schemas";

export interface FeedContact {
  id: string;
  displayName: string;
  photoUrl: string | null;
}

export interface FeedPost {
  type: "post";
  id: string;
  at: Date;
  contact: FeedContact;
  source: { id: string; kind: SourceKind; name: string; url: string | null };
  url: string | null;
  editedAt: Date | null;
  text: string;
  /** Sanitised: every post is cleaned on its way into the table (server/sources/apply.ts). */
  html: string;
  isRepost: boolean;
  media: MediaLink[];
  readAt: Date | null;
  /** The interaction logged with "I replied", if any (for its undo and its mark). */
  replyId: string | null;
}

export interface FeedEvent {
  type: "event";
  id: string;
  at: Date;
  contact: FeedContact;
  kind: LifeEventKind;
  title: string;
  body: string | null;
  sourceKind: SourceKind | null;
  readAt: Date | null;
}

export type FeedItem = FeedPost | FeedEvent;

export interface FeedPage {
  items: FeedItem[];
  /** Whether the owner has linked any source at all (an empty feed then explains how to). */
  hasSources: boolean;
  nextCursor: string | null;
  /** The moment the feed was opened: items that arrive later are "new", not slipped into the pages. */
  asOf: string;
}

/** Where a page ended (time and id of its last item) and when the feed was opened. */
interface FeedCursor {
  at: Date;
  id: string;
  asOf: Date;
}

function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify({ at: cursor.at.toISOString(), id: cursor.id, asOf: cursor.asOf.toISOString() })).toString("base64url");
}

function decodeFeedCursor(value: string): FeedCursor | null {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Record<string, unknown>;
    const at = new Date(String(parsed.at));
    const asOf = new Date(String(parsed.asOf));
    if (typeof parsed.id !== "string" || !isUuid(parsed.id) || Number.isNaN(at.getTime()) || Number.isNaN(asOf.getTime())) return null;
    return { at, id: parsed.id, asOf };
  } catch {
    return null;
  }
}

function parseAsOf(value: string): Date {
  const asOf = new Date(value);
  if (Number.isNaN(asOf.getTime())) throw new UserInputError("That feed position is not readable: reload the feed.");
  return asOf;
}

/** The circle, tag and contact a filter names must be the owner's: anything else is not found. */
async function assertOwnFilters(db: Db, ownerId: string, filters: FeedFilters): Promise<void> {
  if (filters.contactId) await assertOwnContacts(db, ownerId, [filters.contactId]);
  if (filters.circleId) {
    const found = isUuid(filters.circleId) && (await db.select({ id: circles.id }).from(circles).where(and(eq(circles.ownerId, ownerId), eq(circles.id, filters.circleId)))).length > 0;
    if (!found) throw new NotFoundError("Circle");
  }
  if (filters.tagId) {
    const found = isUuid(filters.tagId) && (await db.select({ id: tags.id }).from(tags).where(and(eq(tags.ownerId, ownerId), eq(tags.id, filters.tagId)))).length > 0;
    if (!found) throw new NotFoundError("Tag");
  }
}

/**
 * The conditions on a post or an event. Each filter is `column = any(array(subquery))`: the
 * subquery runs once for the whole query (an init plan), so a page stays one index scan on
 * (owner, time desc, id desc) that stops as soon as it has enough rows. Joins or correlated
 * EXISTS there would make PostgreSQL read and sort every row of the owner's.
 */
function itemConditions(table: typeof statusUpdates | typeof lifeEvents, ownerId: string | Placeholder, filters: FilterValues): (SQL | undefined)[] {
  // One person's feed (their page) shows everything of theirs: muting and archiving only keep
  // things out of the shared feed.
  const shared = !filters.contactId;
  return [
    eq(table.ownerId, ownerId),
    // An event may have no source (it outlived it): muting never hides it, a kind filter does.
    shared
      ? sql`(${table.sourceId} is null or not (${table.sourceId} = any(array(select ${sources.id} from ${sources} where ${sources.ownerId} = ${ownerId} and ${sources.mutedAt} is not null))))`
      : undefined,
    shared ? sql`not (${table.contactId} = any(array(select ${contacts.id} from ${contacts} where ${contacts.ownerId} = ${ownerId} and ${contacts.archivedAt} is not null)))` : undefined,
    filters.kind ? sql`${table.sourceId} = any(array(select ${sources.id} from ${sources} where ${sources.ownerId} = ${ownerId} and ${sources.kind} = ${filters.kind}))` : undefined,
    filters.contactId ? eq(table.contactId, filters.contactId) : undefined,
    filters.circleId ? sql`${table.contactId} = any(array(select ${circleMembers.contactId} from ${circleMembers} where ${circleMembers.circleId} = ${filters.circleId}))` : undefined,
    filters.tagId ? sql`${table.contactId} = any(array(select ${contactTags.contactId} from ${contactTags} where ${contactTags.tagId} = ${filters.tagId}))` : undefined,
    filters.unread ? isNull(table.readAt) : undefined,
  ];
}

/** Filter values as the conditions take them: each one itself, or a placeholder standing for it. */
type FilterValues = { [Key in keyof FeedFilters]?: FeedFilters[Key] | Placeholder };

const postConditions = (ownerId: string | Placeholder, filters: FilterValues) => itemConditions(statusUpdates, ownerId, filters);
const eventConditions = (ownerId: string | Placeholder, filters: FilterValues) => itemConditions(lifeEvents, ownerId, filters);

/** Newest first; ties broken by id, as the pages' keyset is. */
function byTimeThenId(a: FeedItem, b: FeedItem): number {
  return b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The statement behind a feed page, for one shape (which filters are set, whether it continues
 * from a cursor, how many rows), with every value a placeholder: built and prepared once per
 * database and shape, so a page costs binding its values rather than building its SQL. The row
 * count stays in the SQL: with LIMIT a parameter, PostgreSQL's generic plan for a prepared
 * statement cannot count on stopping early and reads every row of the owner's.
 */
function buildPageQuery(db: Db, filters: FeedFilters, continued: boolean, rows: number, name: string) {
  const value = (key: string) => sql.placeholder(key);
  const shape: FilterValues = {
    kind: filters.kind ? value("kind") : undefined,
    contactId: filters.contactId ? value("contactId") : undefined,
    circleId: filters.circleId ? value("circleId") : undefined,
    tagId: filters.tagId ? value("tagId") : undefined,
    unread: filters.unread,
  };
  const ownerId = value("ownerId");
  const arrivedBy = (column: typeof statusUpdates.createdAt | typeof lifeEvents.createdAt) => sql`${column} <= ${value("asOf")}::timestamptz`;
  const after = (at: typeof statusUpdates.publishedAt | typeof lifeEvents.occurredAt, id: typeof statusUpdates.id | typeof lifeEvents.id) =>
    continued ? sql`(${at}, ${id}) < (${value("cursorAt")}::timestamptz, ${value("cursorId")}::uuid)` : undefined;

  // One statement: the page's ids from both tables (each side an index scan that stops early),
  // then the details of just those rows.
  const postPage = db
    .select({ type: sql<FeedItem["type"]>`'post'`.as("type"), id: statusUpdates.id, at: sql<Date>`${statusUpdates.publishedAt}`.as("at") })
    .from(statusUpdates)
    .where(and(...postConditions(ownerId, shape), arrivedBy(statusUpdates.createdAt), after(statusUpdates.publishedAt, statusUpdates.id)))
    .orderBy(descending(statusUpdates.publishedAt), descending(statusUpdates.id))
    .limit(rows);
  const eventPage = db
    .select({ type: sql<FeedItem["type"]>`'event'`.as("type"), id: lifeEvents.id, at: sql<Date>`${lifeEvents.occurredAt}`.as("at") })
    .from(lifeEvents)
    .where(and(...eventConditions(ownerId, shape), arrivedBy(lifeEvents.createdAt), after(lifeEvents.occurredAt, lifeEvents.id)))
    .orderBy(descending(lifeEvents.occurredAt), descending(lifeEvents.id))
    .limit(rows);
  const page = db.$with("page").as(unionAll(postPage, eventPage).orderBy(sql`at desc`, sql`id desc`).limit(rows));
  // Lateral with a limit (which PostgreSQL does not flatten into a join), so each row looks its
  // source up by key rather than the planner hashing all of the owner's sources.
  const source = db
    .select({ id: sources.id, kind: sources.kind, input: sources.input, profile: sources.profile })
    .from(sources)
    .where(eq(sources.id, sql`coalesce(${statusUpdates.sourceId}, ${lifeEvents.sourceId})`))
    .limit(1)
    .as("source");
  return db
    .with(page)
    .select({
      contact: { id: contacts.id, displayName: contacts.displayName, photoUrl: contacts.photoUrl },
      post: {
        id: statusUpdates.id,
        at: statusUpdates.publishedAt,
        url: statusUpdates.url,
        editedAt: statusUpdates.editedAt,
        text: statusUpdates.text,
        html: statusUpdates.html,
        isRepost: statusUpdates.isRepost,
        media: statusUpdates.media,
        readAt: statusUpdates.readAt,
        replyId: sql<string | null>`(select ${interactions.id} from ${interactions} where ${interactions.statusUpdateId} = ${statusUpdates.id} order by ${interactions.createdAt} desc limit 1)`,
      },
      event: {
        id: lifeEvents.id,
        at: lifeEvents.occurredAt,
        kind: lifeEvents.kind,
        title: lifeEvents.title,
        body: lifeEvents.body,
        readAt: lifeEvents.readAt,
      },
      source: { id: source.id, kind: source.kind, input: source.input, profile: source.profile },
    })
    .from(page)
    .leftJoin(statusUpdates, and(eq(page.type, "post"), eq(statusUpdates.id, page.id)))
    .leftJoin(lifeEvents, and(eq(page.type, "event"), eq(lifeEvents.id, page.id)))
    .innerJoin(contacts, eq(contacts.id, sql`coalesce(${statusUpdates.contactId}, ${lifeEvents.contactId})`))
    .leftJoinLateral(source, sql`true`)
    .prepare(name);
}

const preparedPages = new WeakMap<Db, Map<string, ReturnType<typeof buildPageQuery>>>();

function pageQuery(db: Db, filters: FeedFilters, continued: boolean, rows: number): ReturnType<typeof buildPageQuery> {
  const shape = [filters.kind && "kind", filters.contactId && "contact", filters.circleId && "circle", filters.tagId && "tag", filters.unread && "unread", continued && "next", rows].filter(Boolean).join("_");
  const name = `feed_page_${shape}`;
  let byShape = preparedPages.get(db);
  if (!byShape) preparedPages.set(db, (byShape = new Map()));
  let query = byShape.get(name);
  if (!query) byShape.set(name, (query = buildPageQuery(db, filters, continued, rows, name)));
  return query;
}

/**
 * One page of the owner's feed: posts from every linked source that is not muted, and life
 * events, newest first, filtered. Pages are a keyset on (time, id) and only show items that had
 * arrived when the feed was opened (`asOf`), so scrolling never shows an item twice or skips one
 * while new posts arrive; newSince counts those.
 */
export async function listFeed(db: Db, ownerId: string, rawInput: ListFeedInput): Promise<FeedPage> {
  const { cursor: rawCursor, limit, ...filters } = listFeedInput.parse(rawInput);
  await assertOwnFilters(db, ownerId, filters);
  const cursor = rawCursor ? decodeFeedCursor(rawCursor) : null;
  const asOf = cursor?.asOf ?? new Date();
  const rows = await pageQuery(db, filters, cursor !== null, limit + 1).execute({
    ownerId,
    asOf: asOf.toISOString(),
    cursorAt: cursor?.at.toISOString(),
    cursorId: cursor?.id,
    kind: filters.kind,
    contactId: filters.contactId,
    circleId: filters.circleId,
    tagId: filters.tagId,
  });
  const merged = rows.flatMap(({ contact, post, event, source: from }): FeedItem[] => {
    if (post && from) {
      const { profile, input } = from;
      return [{ type: "post", ...post, contact, source: { id: from.id, kind: from.kind, name: profile?.handle ?? profile?.displayName ?? input, url: profile?.url ?? null } }];
    }
    if (event) return [{ type: "event", ...event, contact, sourceKind: from?.kind ?? null }];
    return [];
  });
  merged.sort(byTimeThenId);
  const hasSources = merged.length > 0 || (await db.select({ id: sources.id }).from(sources).where(eq(sources.ownerId, ownerId)).limit(1)).length > 0;
  const items = merged.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    hasSources,
    nextCursor: merged.length > limit && last ? encodeFeedCursor({ at: last.at, id: last.id, asOf }) : null,
    asOf: asOf.toISOString(),
  };
}

/** How many items matching the filters arrived after the feed was opened ("5 new posts"). */
export async function countNewSince(db: Db, ownerId: string, rawInput: NewSinceInput): Promise<number> {
  const { asOf: rawAsOf, ...filters } = newSinceInput.parse(rawInput);
  await assertOwnFilters(db, ownerId, filters);
  const asOf = parseAsOf(rawAsOf);
  const [posts] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(statusUpdates)
    .where(and(...postConditions(ownerId, filters), gt(statusUpdates.createdAt, asOf)));
  const [events] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(lifeEvents)
    .where(and(...eventConditions(ownerId, filters), gt(lifeEvents.createdAt, asOf)));
  return (posts?.count ?? 0) + (events?.count ?? 0);
}

/** Unread items in the whole feed, for the navigation's badge; counting stops at `cap`. */
export async function countUnread(db: Db, ownerId: string, cap = 100): Promise<number> {
  const filters: FeedFilters = { unread: true };
  const posts = db
    .select({ one: sql`1` })
    .from(statusUpdates)
    .where(and(...postConditions(ownerId, filters)))
    .limit(cap)
    .as("unread_posts");
  const events = db
    .select({ one: sql`1` })
    .from(lifeEvents)
    .where(and(...eventConditions(ownerId, filters)))
    .limit(cap)
    .as("unread_events");
  const [postCount] = await db.select({ count: sql<number>`count(*)::int` }).from(posts);
  const [eventCount] = await db.select({ count: sql<number>`count(*)::int` }).from(events);
  return Math.min(cap, (postCount?.count ?? 0) + (eventCount?.count ?? 0));
}

function split(items: FeedItemRef[]): { posts: string[]; events: string[] } {
  const valid = items.filter((item) => isUuid(item.id));
  return { posts: valid.filter((item) => item.type === "post").map((item) => item.id), events: valid.filter((item) => item.type === "event").map((item) => item.id) };
}

/** Marks the items read (or unread again, for undo); the owner's only. Returns how many changed. */
export async function markItems(db: Db, ownerId: string, rawInput: MarkItemsInput): Promise<{ changed: number }> {
  const { items, read } = markItemsInput.parse(rawInput);
  const { posts, events } = split(items);
  const readAt = read ? new Date() : null;
  let changed = 0;
  if (posts.length > 0) {
    const rows = await db
      .update(statusUpdates)
      .set({ readAt })
      .where(and(eq(statusUpdates.ownerId, ownerId), inArray(statusUpdates.id, posts), read ? isNull(statusUpdates.readAt) : sql`${statusUpdates.readAt} is not null`))
      .returning({ id: statusUpdates.id });
    changed += rows.length;
  }
  if (events.length > 0) {
    const rows = await db
      .update(lifeEvents)
      .set({ readAt })
      .where(and(eq(lifeEvents.ownerId, ownerId), inArray(lifeEvents.id, events), read ? isNull(lifeEvents.readAt) : sql`${lifeEvents.readAt} is not null`))
      .returning({ id: lifeEvents.id });
    changed += rows.length;
  }
  return { changed };
}

/**
 * "Mark all as read" up to where the user has scrolled: every unread item matching the filters
 * from the top of the feed (as it was when opened) down to the cursor. Returns exactly the items
 * it marked, so an undo can mark just those unread again.
 */
export async function markReadUpTo(db: Db, ownerId: string, rawInput: MarkReadUpToInput): Promise<{ items: FeedItemRef[] }> {
  const { cursor: rawCursor, ...filters } = markReadUpToInput.parse({ ...rawInput, unread: true });
  await assertOwnFilters(db, ownerId, filters);
  const cursor = decodeFeedCursor(rawCursor);
  if (!cursor) throw new UserInputError("That feed position is not readable: reload the feed.");
  const now = new Date();
  const onOrAbove = (at: typeof statusUpdates.publishedAt | typeof lifeEvents.occurredAt, id: typeof statusUpdates.id | typeof lifeEvents.id) =>
    sql`(${at}, ${id}) >= (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
  const postIds = db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(and(...postConditions(ownerId, filters), lte(statusUpdates.createdAt, cursor.asOf), onOrAbove(statusUpdates.publishedAt, statusUpdates.id)));
  const eventIds = db
    .select({ id: lifeEvents.id })
    .from(lifeEvents)
    .where(and(...eventConditions(ownerId, filters), lte(lifeEvents.createdAt, cursor.asOf), onOrAbove(lifeEvents.occurredAt, lifeEvents.id)));
  return db.transaction(async (tx) => {
    const posts = await tx.update(statusUpdates).set({ readAt: now }).where(inArray(statusUpdates.id, postIds)).returning({ id: statusUpdates.id });
    const events = await tx.update(lifeEvents).set({ readAt: now }).where(inArray(lifeEvents.id, eventIds)).returning({ id: lifeEvents.id });
    return { items: [...posts.map(({ id }) => ({ type: "post" as const, id })), ...events.map(({ id }) => ({ type: "event" as const, id }))] };
  });
}

async function getOwnPost(db: Db, ownerId: string, postId: string) {
  if (!isUuid(postId)) throw new NotFoundError("Post");
  const [post] = await db
    .select({ id: statusUpdates.id, contactId: statusUpdates.contactId, url: statusUpdates.url, text: statusUpdates.text })
    .from(statusUpdates)
    .where(and(eq(statusUpdates.ownerId, ownerId), eq(statusUpdates.id, postId)));
  if (!post) throw new NotFoundError("Post");
  return post;
}

function excerpt(text: string, length = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/**
 * "I replied / reacted": an interaction on social with the post's contact, in the context the
 * user chose the first time (remembered), which restarts their keep-in-touch clock. The post
 * counts as read. Undo is removing the interaction.
 */
export async function replyToPost(db: Db, ownerId: string, rawInput: ReplyInput): Promise<Interaction> {
  const { postId, context } = replyInput.parse(rawInput);
  const post = await getOwnPost(db, ownerId, postId);
  const [user] = await db.select({ feedReplyContext: users.feedReplyContext }).from(users).where(eq(users.id, ownerId));
  const chosen: TieContext | null = context ?? user?.feedReplyContext ?? null;
  if (!chosen) throw new UserInputError("Choose what this relationship is about (work, friendship…) once: Kith remembers it for your next replies.");
  if (context && context !== user?.feedReplyContext) await db.update(users).set({ feedReplyContext: context }).where(eq(users.id, ownerId));

  // One transaction: the interaction, its link to the post and the read mark land together or not at all.
  const interaction = await db.transaction(async (tx) => {
    const logged = await logInteraction(tx, ownerId, {
      contactIds: [post.contactId],
      channel: "social",
      contexts: [chosen],
      initiator: "me",
      notes: post.url ? `Replied to ${post.url}` : `Replied to “${excerpt(post.text)}”`,
    });
    await tx.update(interactions).set({ statusUpdateId: post.id }).where(and(eq(interactions.ownerId, ownerId), eq(interactions.id, logged.id)));
    await markItems(tx, ownerId, { items: [{ type: "post", id: post.id }], read: true });
    return logged;
  });
  return { ...interaction, statusUpdateId: post.id };
}

/** "Add note": a fact on the post's contact, linked to the post. Undo is removing the fact. */
export async function addNoteFromPost(db: Db, ownerId: string, rawInput: NoteFromPostInput): Promise<Fact> {
  const { postId, text } = noteFromPostInput.parse(rawInput);
  const post = await getOwnPost(db, ownerId, postId);
  return db.transaction(async (tx) => {
    const fact = await addFact(tx, ownerId, { contactId: post.contactId, kind: "note", text });
    await tx.update(facts).set({ statusUpdateId: post.id }).where(and(eq(facts.ownerId, ownerId), eq(facts.id, fact.id)));
    return fact;
  });
}

/** "Log a contribution" from a post (an intro asked for, help offered…). Undo is removing it. */
export async function addContributionFromPost(db: Db, ownerId: string, rawInput: ContributionFromPostInput): Promise<Contribution> {
  const { postId, direction, kind, description } = contributionFromPostInput.parse(rawInput);
  const post = await getOwnPost(db, ownerId, postId);
  return db.transaction(async (tx) => {
    const contribution = await addContribution(tx, ownerId, { contactId: post.contactId, direction, kind, description: description || `About ${post.url ?? `“${excerpt(post.text)}”`}` });
    await tx.update(contributions).set({ statusUpdateId: post.id }).where(and(eq(contributions.ownerId, ownerId), eq(contributions.id, contribution.id)));
    return contribution;
  });
}

/** Mutes a source (its posts leave the shared feed but stay on the contact's page), or unmutes it. */
export async function muteSource(db: Db, ownerId: string, rawInput: MuteSourceInput): Promise<{ sourceId: string; muted: boolean }> {
  const { sourceId, muted } = muteSourceInput.parse(rawInput);
  if (!isUuid(sourceId)) throw new NotFoundError("Linked source");
  const rows = await db
    .update(sources)
    .set({ mutedAt: muted ? new Date() : null })
    .where(and(eq(sources.ownerId, ownerId), eq(sources.id, sourceId)))
    .returning({ id: sources.id });
  if (rows.length === 0) throw new NotFoundError("Linked source");
  return { sourceId, muted };
}
