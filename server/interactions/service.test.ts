import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contacts, interactionContacts, interactions, notifications } from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact, getContact, removeContact } from "../contacts/service";
import { NotFoundError } from "../errors";
import { countInteractions, getInteraction, listInteractions, logInteraction, removeInteraction, updateInteraction } from "./service";

const HOUR = 3_600_000;

describe.each(testDatabaseKinds)("interactions service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  async function setUp(...names: string[]) {
    const owner = await createTestUser(database);
    const people = [];
    for (const displayName of names) people.push(await createContact(database.db, owner, { displayName }));
    return { owner, people };
  }

  async function rowsFor(owner: string) {
    const rows = await database.db.select().from(interactions).where(eq(interactions.ownerId, owner));
    const links = await database.db
      .select({ contactId: interactionContacts.contactId })
      .from(interactionContacts)
      .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
      .where(eq(contacts.ownerId, owner));
    return { interactions: rows.length, participants: links.length };
  }

  it("logs an interaction with defaults, and lists its participants by name", async () => {
    const { owner, people } = await setUp("Zoe", "Ada");
    const [zoe, ada] = people as [(typeof people)[0], (typeof people)[0]];
    const before = Date.now();
    const logged = await logInteraction(database.db, owner, { channel: "call", contactIds: [zoe.id, ada.id], notes: "  Talked about the move  " });
    expect(logged).toMatchObject({ channel: "call", contexts: [], initiator: "me", notes: "Talked about the move" });
    expect(logged.participants).toEqual([
      { id: ada.id, displayName: "Ada" },
      { id: zoe.id, displayName: "Zoe" },
    ]);
    expect(logged.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(logged.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await getInteraction(database.db, owner, logged.id)).toEqual(logged);
  });

  it("keeps every field given, and an empty note as none", async () => {
    const { owner, people } = await setUp("Bea");
    const occurredAt = new Date("2025-11-03T18:30:00.000Z");
    const logged = await logInteraction(database.db, owner, {
      occurredAt,
      channel: "in_person",
      contexts: ["work", "learning"],
      initiator: "them",
      notes: "   ",
      contactIds: [people[0]!.id],
    });
    expect(logged).toMatchObject({ occurredAt, channel: "in_person", contexts: ["work", "learning"], initiator: "them", notes: null });
  });

  it("refuses invalid input with a message that says what to do", async () => {
    const { owner, people } = await setUp("Cy");
    const cy = people[0]!.id;
    const messageFor = async (input: Parameters<typeof logInteraction>[2]) =>
      logInteraction(database.db, owner, input).then(
        () => null,
        (error: { issues?: { path: PropertyKey[]; message: string }[] }) => error.issues?.map((issue) => [issue.path.join("."), issue.message]),
      );

    expect(await messageFor({ channel: "pigeon" as "call", contactIds: [cy] })).toEqual([["channel", "Pick how you were in touch."]]);
    expect(await messageFor({ channel: "call", contactIds: [] })).toEqual([["contactIds", "Add at least one person you were in touch with."]]);
    expect(await messageFor({ channel: "call", contactIds: [cy, cy] })).toEqual([["contactIds", "Add each person once."]]);
    expect(await messageFor({ channel: "call", contexts: ["work", "work"], contactIds: [cy] })).toEqual([["contexts", "Pick each context once."]]);
    expect(await messageFor({ channel: "call", initiator: "nobody" as "me", contactIds: [cy] })).toEqual([["initiator", "Pick who reached out."]]);
    expect(await messageFor({ channel: "call", notes: "x".repeat(5001), contactIds: [cy] })).toEqual([["notes", "Notes must be at most 5,000 characters."]]);
    expect(await messageFor({ channel: "call", occurredAt: new Date(Date.now() + 25 * HOUR), contactIds: [cy] })).toEqual([["occurredAt", "The date cannot be more than a day in the future."]]);
    expect(await messageFor({ channel: "call", occurredAt: new Date("invalid"), contactIds: [cy] })).toEqual([["occurredAt", "Enter a date and time."]]);
    expect(await messageFor({ channel: "call", contactIds: Array.from({ length: 51 }, () => crypto.randomUUID()) })).toEqual([
      ["contactIds", "Add at most 50 people; log a bigger gathering as an event with the closest ones."],
    ]);
    expect(await rowsFor(owner)).toEqual({ interactions: 0, participants: 0 });

    // Later today in another time zone is still accepted; so are exactly 5,000 characters.
    const soon = await logInteraction(database.db, owner, { channel: "call", occurredAt: new Date(Date.now() + 23 * HOUR), notes: "x".repeat(5000), contactIds: [cy] });
    expect(soon.notes).toHaveLength(5000);
  });

  it("refuses a contact that is not the owner's, writing nothing", async () => {
    const { owner, people } = await setUp("Own");
    const stranger = await setUp("Stranger");
    const foreign = stranger.people[0]!;
    await database.db.update(contacts).set({ snoozedUntil: new Date("2099-01-01T00:00:00Z") }).where(eq(contacts.id, people[0]!.id));

    await expect(logInteraction(database.db, owner, { channel: "email", contactIds: [people[0]!.id, foreign.id] })).rejects.toThrow(new NotFoundError("Contact"));
    await expect(logInteraction(database.db, owner, { channel: "email", contactIds: ["not-a-uuid"] })).rejects.toThrow(new NotFoundError("Contact"));
    await expect(logInteraction(database.db, owner, { channel: "email", contactIds: [crypto.randomUUID()] })).rejects.toThrow(new NotFoundError("Contact"));

    expect(await rowsFor(owner)).toEqual({ interactions: 0, participants: 0 });
    expect(await rowsFor(stranger.owner)).toEqual({ interactions: 0, participants: 0 });
    // The refused log did not clear the owner's own contact's snooze either.
    expect((await getContact(database.db, owner, people[0]!.id)).snoozedUntil).toEqual(new Date("2099-01-01T00:00:00Z"));
  });

  it("clears the snooze of the people logged with, and changes nothing else about them", async () => {
    const { owner, people } = await setUp("Dee", "Eli");
    const [dee, eli] = people as [(typeof people)[0], (typeof people)[0]];
    const until = new Date("2099-06-01T00:00:00Z");
    await database.db.update(contacts).set({ snoozedUntil: until }).where(eq(contacts.ownerId, owner));
    const deeBefore = await getContact(database.db, owner, dee.id);

    await logInteraction(database.db, owner, { channel: "message", contactIds: [dee.id] });

    expect(await getContact(database.db, owner, dee.id)).toEqual({ ...deeBefore, snoozedUntil: null });
    expect((await getContact(database.db, owner, eli.id)).snoozedUntil).toEqual(until);
  });

  it("answers the due reminders of the people logged with, and leaves other notifications unread", async () => {
    const { owner, people } = await setUp("Hal", "Ivy");
    const [hal, ivy] = people as [(typeof people)[0], (typeof people)[0]];
    await database.db.insert(notifications).values([
      { ownerId: owner, kind: "due", contactId: hal.id, title: "Catch up with Hal", dedupeKey: `due:${hal.id}:2026-01-01` },
      { ownerId: owner, kind: "birthday", contactId: hal.id, title: "Hal's birthday", dedupeKey: `birthday:${hal.id}:2026` },
      { ownerId: owner, kind: "due", contactId: ivy.id, title: "Catch up with Ivy", dedupeKey: `due:${ivy.id}:2026-01-01` },
    ]);

    await logInteraction(database.db, owner, { channel: "call", contactIds: [hal.id] });

    const unread = await database.db.select({ title: notifications.title }).from(notifications).where(and(eq(notifications.ownerId, owner), isNull(notifications.readAt)));
    expect(unread.map((row) => row.title).sort()).toEqual(["Catch up with Ivy", "Hal's birthday"]);
  });

  it("lists newest first by when it happened, pages without repeats, and filters by contact", async () => {
    const { owner, people } = await setUp("Fay", "Gus");
    const [fay, gus] = people as [(typeof people)[0], (typeof people)[0]];
    const at = (iso: string) => new Date(iso);
    // Logged out of order, and two at the same moment.
    const march = await logInteraction(database.db, owner, { occurredAt: at("2025-03-01T10:00:00Z"), channel: "call", contactIds: [fay.id] });
    const january = await logInteraction(database.db, owner, { occurredAt: at("2025-01-01T10:00:00Z"), channel: "email", contactIds: [fay.id, gus.id] });
    const mayA = await logInteraction(database.db, owner, { occurredAt: at("2025-05-01T10:00:00Z"), channel: "video", contactIds: [gus.id] });
    const mayB = await logInteraction(database.db, owner, { occurredAt: at("2025-05-01T10:00:00Z"), channel: "social", contactIds: [fay.id] });
    const february = await logInteraction(database.db, owner, { occurredAt: at("2025-02-01T10:00:00Z"), channel: "event", contactIds: [gus.id] });

    const seen: string[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const page = await listInteractions(database.db, owner, { limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    const [firstMay, secondMay] = [mayA.id, mayB.id].sort().reverse();
    expect(seen).toEqual([firstMay, secondMay, march.id, february.id, january.id]);
    expect(pages).toBe(3);

    const withFay = await listInteractions(database.db, owner, { contactId: fay.id, limit: 20 });
    expect(withFay.items.map((item) => item.channel)).toEqual(["social", "call", "email"]);
    expect(withFay.items[2]?.participants).toEqual([
      { id: fay.id, displayName: "Fay" },
      { id: gus.id, displayName: "Gus" },
    ]);
    expect(withFay.nextCursor).toBeNull();
    expect(await countInteractions(database.db, owner, { contactId: gus.id })).toBe(3);
    expect(await countInteractions(database.db, owner, {})).toBe(5);

    await expect(listInteractions(database.db, owner, { contactId: "nope" })).rejects.toThrow(new NotFoundError("Contact"));
    await expect(listInteractions(database.db, owner, { contactId: crypto.randomUUID() })).rejects.toThrow(new NotFoundError("Contact"));
  });

  it("updates the fields given and replaces the participants", async () => {
    const { owner, people } = await setUp("Hal", "Ivy", "Jon");
    const [hal, ivy, jon] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const logged = await logInteraction(database.db, owner, { channel: "call", contexts: ["work"], notes: "First", contactIds: [hal.id, ivy.id] });

    const renoted = await updateInteraction(database.db, owner, { id: logged.id, notes: "Second", initiator: "mutual" });
    expect(renoted).toMatchObject({ channel: "call", contexts: ["work"], notes: "Second", initiator: "mutual" });
    expect(renoted.participants.map((p) => p.displayName)).toEqual(["Hal", "Ivy"]);

    const moved = await updateInteraction(database.db, owner, { id: logged.id, contactIds: [jon.id, ivy.id], channel: "video", notes: "" });
    expect(moved).toMatchObject({ channel: "video", notes: null, initiator: "mutual" });
    expect(moved.participants).toEqual([
      { id: ivy.id, displayName: "Ivy" },
      { id: jon.id, displayName: "Jon" },
    ]);
    expect((await listInteractions(database.db, owner, { contactId: hal.id })).items).toEqual([]);
    expect((await listInteractions(database.db, owner, { contactId: jon.id })).items.map((item) => item.id)).toEqual([logged.id]);

    await expect(updateInteraction(database.db, owner, { id: logged.id, contactIds: [] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["contactIds"], message: "Add at least one person you were in touch with." })],
    });
  });

  it("on update, clears the snooze of people newly added only", async () => {
    const { owner, people } = await setUp("Kim", "Lou");
    const [kim, lou] = people as [(typeof people)[0], (typeof people)[0]];
    const logged = await logInteraction(database.db, owner, { channel: "call", contactIds: [kim.id] });
    const until = new Date("2099-01-01T00:00:00Z");
    await database.db.update(contacts).set({ snoozedUntil: until }).where(eq(contacts.ownerId, owner));

    await updateInteraction(database.db, owner, { id: logged.id, notes: "Just a note" });
    expect((await getContact(database.db, owner, kim.id)).snoozedUntil).toEqual(until);

    await updateInteraction(database.db, owner, { id: logged.id, contactIds: [kim.id, lou.id] });
    expect((await getContact(database.db, owner, kim.id)).snoozedUntil).toEqual(until);
    expect((await getContact(database.db, owner, lou.id)).snoozedUntil).toBeNull();
  });

  it("leaves an interaction untouched when an update names someone else's contact", async () => {
    const { owner, people } = await setUp("Max");
    const stranger = await setUp("Nia");
    const logged = await logInteraction(database.db, owner, { channel: "call", notes: "Keep", contactIds: [people[0]!.id] });
    await expect(updateInteraction(database.db, owner, { id: logged.id, notes: "Changed", contactIds: [stranger.people[0]!.id] })).rejects.toThrow(new NotFoundError("Contact"));
    expect(await getInteraction(database.db, owner, logged.id)).toEqual(logged);
  });

  it("removes an interaction and returns it whole, so logging it again undoes the removal", async () => {
    const { owner, people } = await setUp("Oli", "Pam");
    const logged = await logInteraction(database.db, owner, {
      occurredAt: new Date("2025-08-09T07:15:00Z"),
      channel: "event",
      contexts: ["community", "hobby"],
      initiator: "mutual",
      notes: "Climbing meetup",
      contactIds: people.map((person) => person.id),
    });
    const removed = await removeInteraction(database.db, owner, logged.id);
    expect(removed).toEqual(logged);
    await expect(getInteraction(database.db, owner, logged.id)).rejects.toThrow(new NotFoundError("Interaction"));
    await expect(removeInteraction(database.db, owner, logged.id)).rejects.toThrow(new NotFoundError("Interaction"));
    expect(await rowsFor(owner)).toEqual({ interactions: 0, participants: 0 });

    const { occurredAt, channel, contexts, initiator, notes, participants } = removed;
    const restored = await logInteraction(database.db, owner, { occurredAt, channel, contexts, initiator, notes, contactIds: participants.map((p) => p.id) });
    const { id: _newId, createdAt: _c, updatedAt: _u, ...restoredFields } = restored;
    const { id: _oldId, createdAt: _c2, updatedAt: _u2, ...loggedFields } = logged;
    expect(restoredFields).toEqual(loggedFields);
    expect(await rowsFor(owner)).toEqual({ interactions: 1, participants: 2 });
  });

  it("drops a deleted contact from the interactions they were in", async () => {
    const { owner, people } = await setUp("Quin", "Rae");
    const [quin, rae] = people as [(typeof people)[0], (typeof people)[0]];
    const logged = await logInteraction(database.db, owner, { channel: "in_person", contactIds: [quin.id, rae.id] });
    await removeContact(database.db, owner, quin.id);
    expect((await getInteraction(database.db, owner, logged.id)).participants).toEqual([{ id: rae.id, displayName: "Rae" }]);
  });

  it("finds nothing by an id that is not a uuid", async () => {
    const { owner } = await setUp();
    await expect(getInteraction(database.db, owner, "42")).rejects.toThrow(new NotFoundError("Interaction"));
    await expect(updateInteraction(database.db, owner, { id: "42", notes: "x" })).rejects.toThrow(new NotFoundError("Interaction"));
    await expect(removeInteraction(database.db, owner, "42")).rejects.toThrow(new NotFoundError("Interaction"));
  });
});
