import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("reminders procedures on %s", (kind) => {
  let database: TestDatabase;
  let alice: ReturnType<typeof createCaller>;
  let bob: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    alice = createCaller({ db: database.db, userId: await createTestUser(database, "Alice") });
    bob = createCaller({ db: database.db, userId: await createTestUser(database, "Bob") });
  });
  afterAll(() => database.destroy());

  it("refuses callers who are not signed in", async () => {
    const anonymous = createCaller({ db: database.db, userId: null });
    await expect(anonymous.reminders.due()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's contact, and changes nothing", async () => {
    const contact = await alice.contacts.create({ displayName: "Alice's friend", cadenceDays: 0 });
    await alice.reminders.setCadence({ contactId: contact.id, days: 7 });
    const before = await alice.reminders.get({ contactId: contact.id });
    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => bob.reminders.get({ contactId: contact.id })],
      ["setCadence", () => bob.reminders.setCadence({ contactId: contact.id, days: 0 })],
      ["snooze", () => bob.reminders.snooze({ contactId: contact.id, period: "month" })],
      ["unsnooze", () => bob.reminders.unsnooze({ contactId: contact.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, name).toBe("NOT_FOUND");
    }
    expect(await alice.reminders.get({ contactId: contact.id })).toEqual({ ...before, today: expect.any(String), daysOverdue: expect.any(Number) });
    expect(before).toMatchObject({ ownCadenceDays: 7, snoozedUntil: null });
    expect(await bob.reminders.due()).toMatchObject({ overdue: [], thisWeek: [] });
  });

  it("lists the caller's due contacts and snoozes them off the list", async () => {
    const carol = createCaller({ db: database.db, userId: await createTestUser(database, "Carol") });
    const contact = await carol.contacts.create({ displayName: "Dora", cadenceDays: 7 });
    // Added just now with a weekly cadence: due in 7 days, so not yet on the list.
    expect(await carol.reminders.due()).toMatchObject({ overdue: [], thisWeek: [] });
    await carol.reminders.setCadence({ contactId: contact.id, days: 1 });
    expect((await carol.reminders.due()).thisWeek.map((c) => c.displayName)).toEqual(["Dora"]);
    await carol.reminders.snooze({ contactId: contact.id, period: "week" });
    expect((await carol.reminders.due()).thisWeek).toEqual([]);
    await expect(carol.reminders.setCadence({ contactId: contact.id, days: 1.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
