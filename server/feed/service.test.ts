import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contacts, facts, interactions, lifeEvents, sources, statusUpdates } from "@/db/schema";
import { createTestContact, testDatabaseKinds } from "@/db/testing";
import { applySync } from "@/server/sources/apply";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "@/server/trpc/testing";
import type { FeedItem } from "./service";

const HOUR = 3_600_000;
const BASE = Date.parse("2026-11-20T12:00:00Z");

describe.each(testDatabaseKinds)("the feed on %s", (kind) => {
  let owners: OwnerCallers;

  beforeAll(async () => {
    owners = await createOwnerCallers(kind);
  });
  afterAll(() => owners.database.destroy());

  const db = () => owners.database.db;

  async function addSource(ownerId: string, contactId: string, sourceKind: "mastodon" | "feed" | "github", input: string): Promise<string> {
    const [row] = await db().insert(sources).values({ ownerId, contactId, kind: sourceKind, input, state: "ok", profile: null }).returning({ id: sources.id });
    return row!.id;
  }

  /** Posts 0, 1, … published an hour apart, newest first, stored the way a sync stores them. */
  async function addPosts(ownerId: string, _contactId: string, sourceId: string, count: number, { offsetHours = 0, prefix = "post" } = {}): Promise<void> {
    await applySync(db(), ownerId, sourceId, {
      state: "ok",
      stateReason: null,
      profile: null,
      suggestions: [],
      cursor: null,
      validators: {},
      updates: Array.from({ length: count }, (_, i) => ({
        externalId: `${prefix}-${i}`,
        url: null,
        publishedAt: new Date(BASE - (offsetHours + i) * HOUR).toISOString(),
        editedAt: null,
        text: `${prefix} ${i}`,
        // Hostile, as fetched HTML can be: what is stored (and so shown) must be clean.
        html: `<p onclick="steal()">${prefix} ${i}</p><script>alert(1)</script>`,
        isRepost: false,
        media: [],
      })),
    });
  }

  const texts = (items: FeedItem[]) => items.map((item) => (item.type === "post" ? item.text : item.title));

  it("merges posts and life events newest first, and combines every filter", async () => {
    const ana = await createTestContact(owners.database, owners.aliceId, "Ana");
    const bo = await createTestContact(owners.database, owners.aliceId, "Bo");
    const anaMastodon = await addSource(owners.aliceId, ana, "mastodon", "@ana@example.social");
    const boFeed = await addSource(owners.aliceId, bo, "feed", "https://bo.example/feed.xml");
    await addPosts(owners.aliceId, ana, anaMastodon, 2, { prefix: "ana" });
    await addPosts(owners.aliceId, bo, boFeed, 2, { prefix: "bo", offsetHours: 0.5 });
    await db().insert(lifeEvents).values({ ownerId: owners.aliceId, contactId: bo, sourceId: boFeed, kind: "moved_city", title: "Bo moved to Porto", occurredAt: new Date(BASE + HOUR), dedupeKey: "moved:bo:porto" });
    const circle = await owners.alice.circles.create({ name: "Climbers" });
    await owners.alice.circles.addMembers({ circleId: circle.id, contactIds: [bo] });
    const tag = await owners.alice.tags.create({ name: "mentor" });
    await owners.alice.tags.applyTo({ tagId: tag.id, contactIds: [ana] });

    const all = await owners.alice.feed.list({});
    expect(texts(all.items)).toEqual(["Bo moved to Porto", "ana 0", "bo 0", "ana 1", "bo 1"]);
    expect(all.items.every((item) => item.type !== "post" || (!item.html.includes("<script") && !item.html.includes("onclick")))).toBe(true);

    expect(texts((await owners.alice.feed.list({ kind: "mastodon" })).items)).toEqual(["ana 0", "ana 1"]);
    expect(texts((await owners.alice.feed.list({ kind: "feed" })).items)).toEqual(["Bo moved to Porto", "bo 0", "bo 1"]);
    expect(texts((await owners.alice.feed.list({ circleId: circle.id })).items)).toEqual(["Bo moved to Porto", "bo 0", "bo 1"]);
    expect(texts((await owners.alice.feed.list({ tagId: tag.id })).items)).toEqual(["ana 0", "ana 1"]);
    expect(texts((await owners.alice.feed.list({ tagId: tag.id, kind: "feed" })).items)).toEqual([]);
    expect(texts((await owners.alice.feed.list({ contactId: bo, kind: "feed" })).items)).toEqual(["Bo moved to Porto", "bo 0", "bo 1"]);

    const first = all.items.find((item) => item.type === "post" && item.text === "ana 0")!;
    await owners.alice.feed.mark({ items: [{ type: first.type, id: first.id }], read: true });
    expect(texts((await owners.alice.feed.list({ unread: true, tagId: tag.id })).items)).toEqual(["ana 1"]);

    // A muted source leaves the feed (its events with it); an archived contact too.
    await owners.alice.feed.muteSource({ sourceId: boFeed, muted: true });
    expect(texts((await owners.alice.feed.list({})).items)).toEqual(["ana 0", "ana 1"]);
    // Their own page still shows everything of theirs.
    expect(texts((await owners.alice.feed.list({ contactId: bo })).items)).toEqual(["Bo moved to Porto", "bo 0", "bo 1"]);
    await owners.alice.feed.muteSource({ sourceId: boFeed, muted: false });
    await db().update(contacts).set({ archivedAt: new Date() }).where(eq(contacts.id, ana));
    expect(texts((await owners.alice.feed.list({})).items)).toEqual(["Bo moved to Porto", "bo 0", "bo 1"]);
    await db().update(contacts).set({ archivedAt: null }).where(eq(contacts.id, ana));
  });

  it("pages by cursor without showing an item twice or skipping one while new posts arrive, and counts those as new", async () => {
    const { bobId, bob } = owners;
    const cy = await createTestContact(owners.database, bobId, "Cy");
    const cyFeed = await addSource(bobId, cy, "feed", "https://cy.example/feed.xml");
    await addPosts(bobId, cy, cyFeed, 45, { prefix: "cy" });

    const seen: string[] = [];
    let page = await bob.feed.list({ limit: 20 });
    seen.push(...texts(page.items));
    // Posts arrive between pages: one newer than everything, one in the middle of what is left.
    await addPosts(bobId, cy, cyFeed, 1, { prefix: "late-top", offsetHours: -5 });
    await addPosts(bobId, cy, cyFeed, 1, { prefix: "late-middle", offsetHours: 30.5 });
    while (page.nextCursor) {
      page = await bob.feed.list({ limit: 20, cursor: page.nextCursor });
      seen.push(...texts(page.items));
    }
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `cy ${i}`));
    expect(await bob.feed.newSince({ asOf: page.asOf })).toBe(2);
    expect(await bob.feed.newSince({ asOf: page.asOf, kind: "mastodon" })).toBe(0);

    const fresh = await bob.feed.list({ limit: 50 });
    expect(fresh.items).toHaveLength(47);
    expect(texts(fresh.items)[0]).toBe("late-top 0");
  });

  it("counts unread items, marks all read up to where the user scrolled, and undoes exactly that", async () => {
    const dee = await createTestContact(owners.database, owners.bobId, "Dee");
    const deeSource = await addSource(owners.bobId, dee, "github", "dee");
    await db().delete(statusUpdates).where(eq(statusUpdates.ownerId, owners.bobId));
    await addPosts(owners.bobId, dee, deeSource, 30, { prefix: "dee" });
    expect(await owners.bob.feed.unreadCount()).toBe(30);

    const page = await owners.bob.feed.list({ limit: 10 });
    const marked = await owners.bob.feed.markReadUpTo({ cursor: page.nextCursor! });
    expect(marked.items).toHaveLength(10);
    expect(await owners.bob.feed.unreadCount()).toBe(20);
    expect(texts((await owners.bob.feed.list({ unread: true, limit: 1 })).items)).toEqual(["dee 10"]);

    await owners.bob.feed.mark({ items: marked.items, read: false });
    expect(await owners.bob.feed.unreadCount()).toBe(30);
  });

  it("logs 'I replied' as a social interaction in the context chosen once, restarting the clock, and undoes it", async () => {
    const eve = await createTestContact(owners.database, owners.aliceId, "Eve", { snoozedUntil: new Date(Date.now() + 7 * 24 * HOUR) });
    const eveSource = await addSource(owners.aliceId, eve, "mastodon", "@eve@example.social");
    await addPosts(owners.aliceId, eve, eveSource, 2, { prefix: "eve" });
    const { items } = await owners.alice.feed.list({ contactId: eve });
    const [newest, older] = items;

    await expect(owners.alice.feed.reply({ postId: newest!.id })).rejects.toThrow(/Choose what this relationship is about/);
    const reply = await owners.alice.feed.reply({ postId: newest!.id, context: "friendship" });
    expect(reply).toMatchObject({ channel: "social", contexts: ["friendship"], initiator: "me", statusUpdateId: newest!.id });
    expect(reply.participants.map((participant) => participant.id)).toEqual([eve]);
    const [contact] = await db().select({ snoozedUntil: contacts.snoozedUntil }).from(contacts).where(eq(contacts.id, eve));
    expect(contact?.snoozedUntil).toBeNull();

    const after = await owners.alice.feed.list({ contactId: eve });
    expect(after.items[0]).toMatchObject({ replyId: reply.id, readAt: expect.any(Date) });

    // The context is remembered.
    const second = await owners.alice.feed.reply({ postId: older!.id });
    expect(second.contexts).toEqual(["friendship"]);

    await owners.alice.interactions.remove({ id: reply.id });
    expect((await owners.alice.feed.list({ contactId: eve })).items[0]).toMatchObject({ replyId: null });
  });

  it("turns a post into a note or a contribution on the contact, linked to the post", async () => {
    const fay = await createTestContact(owners.database, owners.aliceId, "Fay");
    const faySource = await addSource(owners.aliceId, fay, "feed", "https://fay.example/feed.xml");
    await addPosts(owners.aliceId, fay, faySource, 1, { prefix: "fay" });
    const [post] = (await owners.alice.feed.list({ contactId: fay })).items;

    const fact = await owners.alice.feed.addNote({ postId: post!.id, text: "Training for a marathon in March" });
    const [stored] = await db().select().from(facts).where(eq(facts.id, fact.id));
    expect(stored).toMatchObject({ contactId: fay, text: "Training for a marathon in March", statusUpdateId: post!.id });
    await expect(owners.alice.feed.addNote({ postId: post!.id, text: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const contribution = await owners.alice.feed.addContribution({ postId: post!.id, direction: "given", kind: "advice" });
    expect(contribution).toMatchObject({ contactId: fay, direction: "given", kind: "advice" });
    expect(contribution.description).toMatch(/fay 0/);
  });

  it("keeps every feed procedure to its owner", async () => {
    const gil = await createTestContact(owners.database, owners.aliceId, "Gil");
    const gilSource = await addSource(owners.aliceId, gil, "feed", "https://gil.example/feed.xml");
    await addPosts(owners.aliceId, gil, gilSource, 1, { prefix: "gil" });
    const [post] = (await owners.alice.feed.list({ contactId: gil })).items;
    const circle = await owners.alice.circles.create({ name: "Private circle" });
    const tag = await owners.alice.tags.create({ name: "private-tag" });

    await expectAllNotFound([
      ["Contact", () => owners.bob.feed.list({ contactId: gil })],
      ["Circle", () => owners.bob.feed.list({ circleId: circle.id })],
      ["Tag", () => owners.bob.feed.list({ tagId: tag.id })],
      ["Contact", () => owners.bob.feed.newSince({ asOf: new Date().toISOString(), contactId: gil })],
      ["Post", () => owners.bob.feed.reply({ postId: post!.id, context: "work" })],
      ["Post", () => owners.bob.feed.addNote({ postId: post!.id, text: "mine" })],
      ["Post", () => owners.bob.feed.addContribution({ postId: post!.id })],
      ["Linked source", () => owners.bob.feed.muteSource({ sourceId: gilSource, muted: true })],
    ]);
    // Marking read up to a position of someone else's feed marks nothing of theirs.
    const alicePage = await owners.alice.feed.list({ limit: 1 });
    if (alicePage.nextCursor) await owners.bob.feed.markReadUpTo({ cursor: alicePage.nextCursor });
    // Marking someone else's items read changes nothing.
    expect(await owners.bob.feed.mark({ items: [{ type: "post", id: post!.id }], read: true })).toEqual({ changed: 0 });
    const [row] = await db().select({ readAt: statusUpdates.readAt }).from(statusUpdates).where(eq(statusUpdates.id, post!.id));
    expect(row?.readAt).toBeNull();
    expect(await db().select().from(interactions).where(eq(interactions.ownerId, owners.bobId))).toEqual([]);
    expect((await owners.bob.feed.list({})).items.map((item) => item.contact.id)).not.toContain(gil);
  });
});
