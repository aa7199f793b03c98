import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { circleMembers, circles, contacts, dueLists, interactions, users } from "@/db/schema";
import { createTestContact, createTestDatabase, createTestInteraction, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { NotFoundError } from "../errors";
import { getTieStrengths } from "../ties/service";
import { priorityOf } from "./due";
import { keepDueList, readKeptDueList } from "./kept-due-list";
import { getKeepInTouch, listDue, setCadence, snooze, unsnooze } from "./service";

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds)("reminders service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  async function addCircle(ownerId: string, name: string, cadenceDays: number | null, memberIds: string[]): Promise<string> {
    const [row] = await database.db.insert(circles).values({ ownerId, name, cadenceDays }).returning({ id: circles.id });
    if (memberIds.length > 0) await database.db.insert(circleMembers).values(memberIds.map((contactId) => ({ circleId: row!.id, contactId })));
    return row!.id;
  }

  describe("the due list", () => {
    const now = at("2025-06-15T12:00:00Z");
    let owner: string;
    const ids: Record<string, string> = {};
    let familyId: string;

    beforeAll(async () => {
      owner = await createTestUser(database, "Owner");
      const early = { createdAt: at("2025-01-01T00:00:00Z") };
      // Ada: every 30 days, last call 1 May 10:00 -> due 31 May -> 15 days overdue.
      ids.ada = await createTestContact(database, owner, "Ada", { ...early, cadenceDays: 30 });
      await createTestInteraction(database, owner, [ids.ada], at("2025-05-01T10:00:00Z"));
      // Ben: no cadence of his own; Climbing says 30, Family 14. Added 20 May, never talked:
      // due 20 May + 14 = 3 June -> 12 days overdue.
      ids.ben = await createTestContact(database, owner, "Ben", { createdAt: at("2025-05-20T08:00:00Z") });
      // Cy: every 7 days, last call 10 June -> due 17 June -> in 2 days.
      ids.cy = await createTestContact(database, owner, "Cy", { ...early, cadenceDays: 7 });
      await createTestInteraction(database, owner, [ids.cy], at("2025-06-10T09:00:00Z"));
      // Dee: in Family but never to be reminded.
      ids.dee = await createTestContact(database, owner, "Dee", { ...early, cadenceDays: 0 });
      // Eve: no cadence anywhere.
      ids.eve = await createTestContact(database, owner, "Eve", early);
      // Fay: overdue but archived.
      ids.fay = await createTestContact(database, owner, "Fay", { ...early, cadenceDays: 7, archivedAt: at("2025-03-01T00:00:00Z") });
      // Gus: every 30 days, talked yesterday -> due 14 July, not this week.
      ids.gus = await createTestContact(database, owner, "Gus", { ...early, cadenceDays: 30 });
      await createTestInteraction(database, owner, [ids.gus], at("2025-06-14T20:00:00Z"));
      // Hal: every 14 days, added 1 June 12:00 -> due 15 June 12:00 -> due today.
      ids.hal = await createTestContact(database, owner, "Hal", { createdAt: at("2025-06-01T12:00:00Z"), cadenceDays: 14 });
      await addCircle(owner, "Climbing", 30, [ids.ben]);
      familyId = await addCircle(owner, "Family", 14, [ids.ben, ids.dee]);
      await addCircle(owner, "No cadence", null, [ids.eve]);
    });

    it("lists overdue and due-this-week contacts with their clock, and leaves out the rest", async () => {
      const due = await listDue(database.db, owner, {}, now);
      expect(due.today).toBe("2025-06-15");
      expect(due.overdue.map((c) => [c.displayName, c.daysOverdue, c.dueDate])).toEqual(
        expect.arrayContaining([
          ["Ada", 15, "2025-05-31"],
          ["Ben", 12, "2025-06-03"],
        ]),
      );
      expect(due.overdue).toHaveLength(2);
      expect(due.thisWeek.map((c) => [c.displayName, c.daysOverdue, c.dueDate])).toEqual([
        ["Hal", 0, "2025-06-15"],
        ["Cy", -2, "2025-06-17"],
      ]);

      const ada = due.overdue.find((c) => c.id === ids.ada)!;
      expect(ada).toMatchObject({ cadence: { kind: "contact", days: 30 }, lastInteractionAt: at("2025-05-01T10:00:00Z"), lastTouch: at("2025-05-01T10:00:00Z"), dueAt: at("2025-05-31T10:00:00Z") });
      const ben = due.overdue.find((c) => c.id === ids.ben)!;
      expect(ben).toMatchObject({ cadence: { kind: "circle", days: 14, circleId: familyId, circleName: "Family" }, lastInteractionAt: null, lastTouch: at("2025-05-20T08:00:00Z") });
    });

    it("orders overdue contacts by days overdue weighted by tie strength", async () => {
      const due = await listDue(database.db, owner, {}, now);
      const strengths = await getTieStrengths(database.db, owner, [ids.ada!, ids.ben!], now);
      for (const contact of due.overdue) expect(contact.strength).toBe(strengths.get(contact.id));
      const priorities = due.overdue.map((c) => priorityOf(c.daysOverdue, c.strength));
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    });

    it("gives the most pressing of each list when asked for a few, with how many there are in all", async () => {
      const all = await listDue(database.db, owner, { limit: null }, now);
      const few = await listDue(database.db, owner, { limit: 1 }, now);
      expect(few.overdue).toEqual(all.overdue.slice(0, 1));
      expect(few.thisWeek).toEqual(all.thisWeek.slice(0, 1));
      expect(few.counts).toEqual({ overdue: 2, thisWeek: 2 });
      expect(all.overdue).toHaveLength(2);
      await expect(listDue(database.db, owner, { limit: 0 }, now)).rejects.toThrow();
    });

    it("moves the due date when an interaction is edited or deleted", async () => {
      const user = await createTestUser(database);
      const contact = await createTestContact(database, user, "Ida", { createdAt: at("2025-04-01T12:00:00Z"), cadenceDays: 30 });
      const interaction = await createTestInteraction(database, user, [contact], at("2025-05-10T12:00:00Z"));
      // 10 May + 30 = 9 June: 6 days overdue.
      expect((await listDue(database.db, user, {}, now)).overdue.map((c) => c.daysOverdue)).toEqual([6]);

      await database.db.update(interactions).set({ occurredAt: at("2025-05-20T12:00:00Z") }).where(eq(interactions.id, interaction));
      // 20 May + 30 = 19 June: due in 4 days.
      const edited = await listDue(database.db, user, {}, now);
      expect(edited.overdue).toEqual([]);
      expect(edited.thisWeek.map((c) => c.dueDate)).toEqual(["2025-06-19"]);

      await database.db.delete(interactions).where(eq(interactions.id, interaction));
      // Back to when she was added: 1 April + 30 = 1 May: 45 days overdue.
      expect((await listDue(database.db, user, {}, now)).overdue.map((c) => [c.daysOverdue, c.lastInteractionAt])).toEqual([[45, null]]);
    });

    it("counts days in the user's time zone", async () => {
      const user = await createTestUser(database);
      await database.db.update(users).set({ timeZone: "Asia/Tokyo" }).where(eq(users.id, user));
      // Added 8 June 14:00 UTC (23:00 in Tokyo), every 7 days: due 15 June 23:00 in Tokyo.
      await createTestContact(database, user, "Jun", { createdAt: at("2025-06-08T14:00:00Z"), cadenceDays: 7 });
      // At 16:00 UTC it is already 16 June 01:00 in Tokyo: one day overdue, though still 15 June in UTC.
      const due = await listDue(database.db, user, {}, at("2025-06-15T16:00:00Z"));
      expect(due.today).toBe("2025-06-16");
      expect(due.overdue.map((c) => [c.displayName, c.daysOverdue, c.dueDate])).toEqual([["Jun", 1, "2025-06-15"]]);
    });

    it("shows nothing to a user with no reminders", async () => {
      const user = await createTestUser(database);
      await createTestContact(database, user, "Kim");
      expect(await listDue(database.db, user, {}, now)).toEqual({ today: "2025-06-15", overdue: [], thisWeek: [], counts: { overdue: 0, thisWeek: 0 } });
    });
  });

  describe("the kept due list", () => {
    const now = at("2025-06-15T12:00:00Z");
    const names = async (owner: string, when = now) => {
      const due = await listDue(database.db, owner, {}, when);
      return { overdue: due.overdue.map((c) => c.displayName), thisWeek: due.thisWeek.map((c) => c.displayName) };
    };

    it("follows every change the lists are made from, from a look to the next", async () => {
      const owner = await createTestUser(database);
      const early = { createdAt: at("2025-01-01T00:00:00Z") };
      const ada = await createTestContact(database, owner, "Ada", { ...early, cadenceDays: 30 });
      const ben = await createTestContact(database, owner, "Ben", early);
      expect(await names(owner)).toEqual({ overdue: ["Ada"], thisWeek: [] });

      await database.db.update(contacts).set({ displayName: "Ada L." }).where(eq(contacts.id, ada));
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });

      const circle = await addCircle(owner, "Climbing", null, [ben]);
      await database.db.update(circles).set({ cadenceDays: 30 }).where(eq(circles.id, circle));
      expect(await names(owner)).toEqual({ overdue: ["Ada L.", "Ben"], thisWeek: [] });
      await database.db.update(circles).set({ name: "Bouldering" }).where(eq(circles.id, circle));
      expect((await listDue(database.db, owner, {}, now)).overdue.find((c) => c.id === ben)?.cadence).toMatchObject({ kind: "circle", circleName: "Bouldering" });
      await database.db.delete(circleMembers).where(eq(circleMembers.contactId, ben));
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });
      await database.db.insert(circleMembers).values({ circleId: circle, contactId: ben });
      await database.db.delete(circles).where(eq(circles.id, circle));
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });

      // A talk three weeks ago: due again in nine days, so neither overdue nor this week.
      const talk = await createTestInteraction(database, owner, [ada], at("2025-05-25T12:00:00Z"));
      expect(await names(owner)).toEqual({ overdue: [], thisWeek: [] });
      await database.db.delete(interactions).where(eq(interactions.id, talk));
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });

      await snooze(database.db, owner, { contactId: ada, period: "week" }, now);
      expect(await names(owner)).toEqual({ overdue: [], thisWeek: [] });
      await unsnooze(database.db, owner, ada, now);
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });
      await database.db.update(contacts).set({ archivedAt: now }).where(eq(contacts.id, ada));
      expect(await names(owner)).toEqual({ overdue: [], thisWeek: [] });
      await database.db.update(contacts).set({ archivedAt: null }).where(eq(contacts.id, ada));
      expect(await names(owner)).toEqual({ overdue: ["Ada L."], thisWeek: [] });

      const before = (await listDue(database.db, owner, {}, now)).overdue[0]!.strength;
      await database.db.update(contacts).set({ knowsMe: 4 }).where(eq(contacts.id, ada));
      const closer = (await listDue(database.db, owner, {}, now)).overdue[0]!.strength;
      expect(closer).not.toBe(before);
      expect(closer).toBe((await getTieStrengths(database.db, owner, [ada], now)).get(ada));

      await database.db.update(users).set({ timeZone: "Pacific/Kiritimati" }).where(eq(users.id, owner));
      // 15 June 12:00 UTC is already 16 June on Kiritimati (UTC+14).
      expect((await listDue(database.db, owner, {}, now)).today).toBe("2025-06-16");

      await database.db.delete(contacts).where(eq(contacts.id, ada));
      expect(await names(owner)).toEqual({ overdue: [], thisWeek: [] });
    });

    it("is worked out again on a new day, and once an hour for tie strength to follow the clock", async () => {
      const owner = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Cas", { createdAt: at("2025-01-01T00:00:00Z"), cadenceDays: 7 });
      // Last talked a year and a little ago, and again 8 days ago: the year's count drops at 13:00 UTC today.
      await createTestInteraction(database, owner, [contact], at("2024-06-15T13:00:00Z"));
      await createTestInteraction(database, owner, [contact], at("2025-06-07T12:00:00Z"));
      const soon = at("2025-06-15T12:30:00Z");
      const later = at("2025-06-15T14:00:00Z");
      const strengthAt = async (when: Date) => (await getTieStrengths(database.db, owner, [contact], when)).get(contact);
      expect(await strengthAt(later)).not.toBe(await strengthAt(now));

      const first = await listDue(database.db, owner, {}, now);
      expect(first.overdue[0]!.strength).toBe(await strengthAt(now));
      // Within the hour the kept list stands.
      expect((await listDue(database.db, owner, {}, soon)).overdue[0]!.strength).toBe(await strengthAt(now));
      expect((await listDue(database.db, owner, {}, later)).overdue[0]!.strength).toBe(await strengthAt(later));
      // The next morning, a day more overdue.
      expect((await listDue(database.db, owner, {}, at("2025-06-16T09:00:00Z"))).overdue[0]!.daysOverdue).toBe(first.overdue[0]!.daysOverdue + 1);
    });

    it("does not keep a list worked out while a change was being written", async () => {
      const owner = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Dot", { createdAt: at("2025-01-01T00:00:00Z"), cadenceDays: 30 });
      const looked = await readKeptDueList(database.db, owner, null, now);
      expect(looked.list).toBeNull();
      const generation = looked.list === null ? looked.generation : -1;
      // The change commits after the list was read but before it is kept.
      await database.db.update(contacts).set({ cadenceDays: 0 }).where(eq(contacts.id, contact));
      const stale = { timeZone: "UTC", today: "2025-06-15", overdue: [], thisWeek: [] };
      await keepDueList(database.db, owner, generation, stale, now);
      expect((await readKeptDueList(database.db, owner, null, now)).list).toBeNull();

      await listDue(database.db, owner, {}, now);
      expect((await readKeptDueList(database.db, owner, 1, now)).list).toEqual({ today: "2025-06-15", overdue: [], thisWeek: [], counts: { overdue: 0, thisWeek: 0 } });
    });

    it("cuts the kept lists to the limit asked for, with the full counts", async () => {
      const owner = await createTestUser(database);
      for (const name of ["Eli", "Fox", "Gil"]) await createTestContact(database, owner, name, { createdAt: at("2025-01-01T00:00:00Z"), cadenceDays: 30 });
      const all = await listDue(database.db, owner, { limit: null }, now);
      const kept = await readKeptDueList(database.db, owner, 2, now);
      expect(kept.list).toEqual({ ...all, overdue: all.overdue.slice(0, 2) });
      expect(kept.list?.counts).toEqual({ overdue: 3, thisWeek: 0 });
    });

    it("is marked out of date for every user a transaction writes for, however many rows", async () => {
      const first = await createTestUser(database);
      const second = await createTestUser(database);
      const early = { createdAt: at("2025-01-01T00:00:00Z"), cadenceDays: 30 };
      const firsts = await Promise.all(["Ivo", "Jan"].map((name) => createTestContact(database, first, name, early)));
      const seconds = await Promise.all(["Kai", "Lou"].map((name) => createTestContact(database, second, name, early)));
      for (const owner of [first, second]) expect((await listDue(database.db, owner, {}, now)).counts.overdue).toBe(2);
      await database.db.transaction(async (tx) => {
        await tx.update(contacts).set({ cadenceDays: 0 }).where(eq(contacts.id, firsts[0]!));
        await tx.update(contacts).set({ cadenceDays: 0 }).where(eq(contacts.id, seconds[0]!));
        await tx.update(contacts).set({ cadenceDays: 0 }).where(eq(contacts.id, firsts[1]!));
      });
      expect((await listDue(database.db, first, {}, now)).counts.overdue).toBe(0);
      expect((await listDue(database.db, second, {}, now)).overdue.map((c) => c.displayName)).toEqual(["Lou"]);
    });

    it("goes with its user", async () => {
      const owner = await createTestUser(database);
      await createTestContact(database, owner, "Hem", { cadenceDays: 7 });
      await listDue(database.db, owner, {}, now);
      await database.db.delete(users).where(eq(users.id, owner));
      expect(await database.db.select().from(dueLists).where(eq(dueLists.ownerId, owner))).toEqual([]);
    });
  });

  describe("one contact's keep-in-touch state", () => {
    const now = at("2025-06-15T12:00:00Z");

    it("reports the inherited cadence and switches between own, never and inherited", async () => {
      const owner = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Lea", { createdAt: at("2025-06-01T00:00:00Z") });
      const circle = await addCircle(owner, "Climbing", 30, [contact]);

      const inherited = await getKeepInTouch(database.db, owner, contact, now);
      expect(inherited).toMatchObject({
        ownCadenceDays: null,
        circleDefault: { circleId: circle, circleName: "Climbing", days: 30 },
        cadence: { kind: "circle", days: 30, circleName: "Climbing" },
        lastInteractionAt: null,
        lastTouch: at("2025-06-01T00:00:00Z"),
        dueAt: at("2025-07-01T00:00:00Z"),
        dueDate: "2025-07-01",
        daysOverdue: -16,
        snoozedUntil: null,
        today: "2025-06-15",
      });

      const weekly = await setCadence(database.db, owner, { contactId: contact, days: 7 }, now);
      // 1 June + 7 = 8 June: a week overdue.
      expect(weekly).toMatchObject({ ownCadenceDays: 7, cadence: { kind: "contact", days: 7 }, dueDate: "2025-06-08", daysOverdue: 7 });

      const never = await setCadence(database.db, owner, { contactId: contact, days: 0 }, now);
      expect(never).toMatchObject({ ownCadenceDays: 0, cadence: { kind: "never" }, dueAt: null, daysOverdue: null });
      expect((await listDue(database.db, owner, {}, now)).overdue).toEqual([]);

      const back = await setCadence(database.db, owner, { contactId: contact, days: null }, now);
      expect(back).toMatchObject({ ownCadenceDays: null, cadence: { kind: "circle", days: 30 } });
    });

    it("snoozes for a week or a month from now, and unsnoozes", async () => {
      const owner = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Max", { createdAt: at("2025-05-01T00:00:00Z"), cadenceDays: 14 });
      // 1 May + 14 = 15 May: 31 days overdue.
      expect((await listDue(database.db, owner, {}, now)).overdue.map((c) => c.daysOverdue)).toEqual([31]);

      const week = await snooze(database.db, owner, { contactId: contact, period: "week" }, now);
      expect(week).toMatchObject({ snoozedUntil: at("2025-06-22T12:00:00Z"), dueAt: at("2025-06-22T12:00:00Z"), daysOverdue: -7 });
      expect(await listDue(database.db, owner, {}, now)).toMatchObject({ overdue: [], thisWeek: [] });

      const month = await snooze(database.db, owner, { contactId: contact, period: "month" }, now);
      expect(month).toMatchObject({ snoozedUntil: at("2025-07-15T12:00:00Z"), dueDate: "2025-07-15" });

      // Once the snooze has passed it no longer shows as one, and the contact is due from its end.
      expect(await getKeepInTouch(database.db, owner, contact, at("2025-07-20T12:00:00Z"))).toMatchObject({ snoozedUntil: null, daysOverdue: 5 });

      const cleared = await unsnooze(database.db, owner, contact, now);
      expect(cleared).toMatchObject({ snoozedUntil: null, dueDate: "2025-05-15", daysOverdue: 31 });
    });

    it("refuses invalid cadences with a message", async () => {
      const owner = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Ned");
      await expect(setCadence(database.db, owner, { contactId: contact, days: -1 })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Pick how often to keep in touch." })] });
      await expect(setCadence(database.db, owner, { contactId: contact, days: 3661 })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Keep in touch at least every ten years." })] });
    });

    it("treats another owner's contact and a malformed id as not found, and changes nothing", async () => {
      const owner = await createTestUser(database);
      const other = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Oli", { cadenceDays: 30 });
      for (const attempt of [
        () => getKeepInTouch(database.db, other, contact),
        () => setCadence(database.db, other, { contactId: contact, days: 7 }),
        () => snooze(database.db, other, { contactId: contact, period: "week" }),
        () => unsnooze(database.db, other, contact),
        () => getKeepInTouch(database.db, owner, "not-a-uuid"),
      ]) {
        await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
      }
      expect(await getKeepInTouch(database.db, owner, contact)).toMatchObject({ ownCadenceDays: 30, snoozedUntil: null });
    });

    it("ignores another owner's circles and interactions", async () => {
      const owner = await createTestUser(database);
      const other = await createTestUser(database);
      const contact = await createTestContact(database, owner, "Pia", { createdAt: at("2025-05-01T00:00:00Z") });
      // Another owner's circle cannot give a cadence, nor their interaction reset the clock,
      // even when the rows point at this contact.
      await addCircle(other, "Theirs", 7, [contact]);
      await createTestInteraction(database, other, [contact], at("2025-06-14T00:00:00Z"));
      expect(await getKeepInTouch(database.db, owner, contact, now)).toMatchObject({ cadence: { kind: "none" }, circleDefault: null, lastInteractionAt: null });
      expect(await listDue(database.db, owner, {}, now)).toMatchObject({ overdue: [], thisWeek: [] });
    });
  });
});
