import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "@/db/schema";
import { createTestContact, createTestDatabase, createTestInteraction, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { NotFoundError } from "../errors";
import {
  countUnreadNotifications,
  createDueAndBirthdayNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  removeNotification,
  unsafeListUserIdsForReminders,
} from "./service";

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds)("notifications service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  async function keysOf(ownerId: string): Promise<string[]> {
    const rows = await database.db.select({ key: notifications.dedupeKey }).from(notifications).where(eq(notifications.ownerId, ownerId));
    return rows.map((row) => row.key).sort();
  }

  describe("due and birthday notifications", () => {
    // Sunday 9 March 2025, noon UTC.
    const now = at("2025-03-09T12:00:00Z");
    let owner: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      owner = await createTestUser(database, "Owner");
      // Overdue: added 1 Feb, every 14 days -> due 15 Feb.
      ids.ana = await createTestContact(database, owner, "Ana", { createdAt: at("2025-02-01T12:00:00Z"), cadenceDays: 14 });
      // Due today: added 2 March 09:00, every 7 days -> due 9 March 09:00.
      ids.bo = await createTestContact(database, owner, "Bo", { createdAt: at("2025-03-02T09:00:00Z"), cadenceDays: 7 });
      // Due in 2 days: not yet.
      ids.cai = await createTestContact(database, owner, "Cai", { createdAt: at("2025-03-04T12:00:00Z"), cadenceDays: 7 });
      // Birthday in 5 days, year known.
      ids.marta = await createTestContact(database, owner, "Marta", { birthdayDay: 14, birthdayMonth: 3, birthdayYear: 1990 });
      // Birthday today, no year.
      ids.noor = await createTestContact(database, owner, "Noor", { birthdayDay: 9, birthdayMonth: 3 });
      // Birthday in 8 days: too far.
      ids.otto = await createTestContact(database, owner, "Otto", { birthdayDay: 17, birthdayMonth: 3 });
      // Archived, overdue and with a birthday: nothing.
      await createTestContact(database, owner, "Pat", { createdAt: at("2025-01-01T00:00:00Z"), cadenceDays: 7, birthdayDay: 10, birthdayMonth: 3, archivedAt: at("2025-02-01T00:00:00Z") });
    });

    it("creates one per contact due today or overdue and per birthday within a week", async () => {
      expect(await createDueAndBirthdayNotifications(database.db, owner, now)).toBe(4);
      expect(await keysOf(owner)).toEqual(
        [`due:${ids.ana}:2025-02-15`, `due:${ids.bo}:2025-03-09`, `birthday:${ids.marta}:2025`, `birthday:${ids.noor}:2025`].sort(),
      );
      const { items } = await listNotifications(database.db, owner, {});
      const byContact = new Map(items.map((item) => [item.contact?.displayName, item]));
      expect(byContact.get("Ana")).toMatchObject({ kind: "due", title: "Catch up with Ana", body: "3 weeks overdue · every 2 weeks", readAt: null });
      expect(byContact.get("Bo")).toMatchObject({ kind: "due", body: "Due today · every week" });
      expect(byContact.get("Marta")).toMatchObject({ kind: "birthday", title: "Marta's birthday is on 14 March (turns 35)" });
      expect(byContact.get("Noor")).toMatchObject({ kind: "birthday", title: "Noor's birthday is today" });
    });

    it("creates nothing twice, and only what became due since on a later day", async () => {
      expect(await createDueAndBirthdayNotifications(database.db, owner, now)).toBe(0);
      // On 11 March Cai is due (4 March + 7) and Otto's birthday is 6 days off; Ana, Bo, Marta
      // and Noor already have theirs.
      expect(await createDueAndBirthdayNotifications(database.db, owner, at("2025-03-11T12:00:00Z"))).toBe(2);
      expect(await keysOf(owner)).toEqual(expect.arrayContaining([`due:${ids.cai}:2025-03-11`, `birthday:${ids.otto}:2025`]));
      expect(await keysOf(owner)).toHaveLength(6);
    });

    it("starts a new due notification once an interaction moves the due date", async () => {
      const user = await createTestUser(database);
      const contact = await createTestContact(database, user, "Quin", { createdAt: at("2025-01-01T12:00:00Z"), cadenceDays: 30 });
      expect(await createDueAndBirthdayNotifications(database.db, user, now)).toBe(1);
      // A call on 5 February: due 7 March, so a new cycle with its own key.
      await createTestInteraction(database, user, [contact], at("2025-02-05T12:00:00Z"));
      expect(await createDueAndBirthdayNotifications(database.db, user, now)).toBe(1);
      expect(await keysOf(user)).toEqual([`due:${contact}:2025-01-31`, `due:${contact}:2025-03-07`]);
    });

    it("reads the birthday window in the user's time zone", async () => {
      const user = await createTestUser(database);
      await database.db.update(users).set({ timeZone: "Pacific/Auckland" }).where(eq(users.id, user));
      // 9 March 12:00 UTC is 10 March 01:00 in Auckland (UTC+13): 17 March is 7 days off there, 8 in UTC.
      await createTestContact(database, user, "Rua", { birthdayDay: 17, birthdayMonth: 3 });
      expect(await createDueAndBirthdayNotifications(database.db, user, now)).toBe(1);
      expect((await listNotifications(database.db, user, {})).items.map((item) => item.title)).toEqual(["Rua's birthday is on 17 March"]);
    });
  });

  describe("reading notifications", () => {
    async function seed(ownerId: string, count: number): Promise<void> {
      // One statement: every row gets the same created_at, so only the id orders them.
      await database.db.insert(notifications).values(Array.from({ length: count }, (_, i) => ({ ownerId, kind: "due" as const, title: `N${i}`, dedupeKey: `test:${i}` })));
    }

    it("pages newest first without repeating or skipping, even with equal timestamps", async () => {
      const owner = await createTestUser(database);
      await seed(owner, 5);
      await database.db.insert(notifications).values({ ownerId: owner, kind: "birthday", title: "Newest", dedupeKey: "test:newest", createdAt: new Date(Date.now() + 60_000) });
      const seen: string[] = [];
      let cursor: string | null | undefined;
      // At most 6 pages: a cursor that failed to advance must fail the test, not hang it.
      for (let pages = 0; pages < 6; pages++) {
        const page = await listNotifications(database.db, owner, { limit: 2, cursor });
        seen.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
      expect(seen[0]).toBe("Newest");
    });

    it("counts unread, marks one or all read, and removes", async () => {
      const owner = await createTestUser(database);
      await seed(owner, 3);
      expect(await countUnreadNotifications(database.db, owner)).toBe(3);
      const [first] = (await listNotifications(database.db, owner, {})).items;

      const read = await markNotificationRead(database.db, owner, first!.id);
      expect(read.readAt).toBeInstanceOf(Date);
      // A second tap keeps the first read time.
      expect(await markNotificationRead(database.db, owner, first!.id)).toEqual(read);
      expect(await countUnreadNotifications(database.db, owner)).toBe(2);
      expect((await listNotifications(database.db, owner, { unreadOnly: true })).items.map((item) => item.id)).not.toContain(first!.id);

      expect(await markAllNotificationsRead(database.db, owner)).toEqual({ marked: 2 });
      expect(await countUnreadNotifications(database.db, owner)).toBe(0);
      expect((await listNotifications(database.db, owner, { unreadOnly: true })).items).toEqual([]);

      await removeNotification(database.db, owner, first!.id);
      expect((await listNotifications(database.db, owner, {})).items).toHaveLength(2);
      await expect(removeNotification(database.db, owner, first!.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("treats another owner's notification and a malformed id as not found", async () => {
      const owner = await createTestUser(database);
      const other = await createTestUser(database);
      await seed(owner, 1);
      const [item] = (await listNotifications(database.db, owner, {})).items;
      await expect(markNotificationRead(database.db, other, item!.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeNotification(database.db, other, item!.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(markNotificationRead(database.db, owner, "nope")).rejects.toBeInstanceOf(NotFoundError);
      expect(await markAllNotificationsRead(database.db, other)).toEqual({ marked: 0 });
      expect(await countUnreadNotifications(database.db, owner)).toBe(1);
    });
  });

  it("pages over every user for the reminder run, skipping those being deleted", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push(await createTestUser(fresh));
      await fresh.db.update(users).set({ deletionRequestedAt: new Date() }).where(eq(users.id, ids[2]!));
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 5; pages++) {
        const page = await unsafeListUserIdsForReminders(fresh.db, after, 2);
        seen.push(...page);
        if (page.length < 2) break;
        after = page.at(-1)!;
      }
      expect(seen).toEqual(ids.filter((_, i) => i !== 2).sort());
    } finally {
      await fresh.destroy();
    }
  });
});
