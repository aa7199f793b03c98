import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser, testDatabaseKinds } from "@/db/testing";
import { createCaller } from "../trpc/router";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("reminders procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.reminders.due()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's contact, and changes nothing", async () => {
    const { alice, bob } = callers;
    const contact = await alice.contacts.create({ displayName: "Alice's friend", cadenceDays: 0 });
    await alice.reminders.setCadence({ contactId: contact.id, days: 7 });
    const before = await alice.reminders.get({ contactId: contact.id });
    await expectAllNotFound([
      ["get", () => bob.reminders.get({ contactId: contact.id })],
      ["setCadence", () => bob.reminders.setCadence({ contactId: contact.id, days: 0 })],
      ["snooze", () => bob.reminders.snooze({ contactId: contact.id, period: "month" })],
      ["unsnooze", () => bob.reminders.unsnooze({ contactId: contact.id })],
    ]);
    expect(await alice.reminders.get({ contactId: contact.id })).toEqual({ ...before, today: expect.any(String), daysOverdue: expect.any(Number) });
    expect(before).toMatchObject({ ownCadenceDays: 7, snoozedUntil: null });
    expect(await bob.reminders.due()).toMatchObject({ overdue: [], thisWeek: [] });
  });

  it("lists the caller's due contacts and snoozes them off the list", async () => {
    const { database } = callers;
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
