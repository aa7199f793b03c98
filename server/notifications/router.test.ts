import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("notifications procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.notifications.unreadCount()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's notification, and changes nothing", async () => {
    const { database, aliceId, alice, bob } = callers;
    const contact = await alice.contacts.create({ displayName: "Marta" });
    await database.db.insert(notifications).values({ ownerId: aliceId, kind: "birthday", contactId: contact.id, title: "Marta's birthday is on 14 March", dedupeKey: "birthday:x:2025" });
    const [item] = (await alice.notifications.list({})).items;
    await expectAllNotFound([
      ["markRead", () => bob.notifications.markRead({ id: item!.id })],
      ["remove", () => bob.notifications.remove({ id: item!.id })],
    ]);
    expect(await bob.notifications.markAllRead()).toEqual({ marked: 0 });
    expect((await bob.notifications.list({})).items).toEqual([]);
    expect(await bob.notifications.unreadCount()).toBe(0);
    expect(await alice.notifications.unreadCount()).toBe(1);
    expect((await alice.notifications.list({})).items).toEqual([
      expect.objectContaining({ id: item!.id, readAt: null, contact: { id: contact.id, displayName: "Marta", photoUrl: null } }),
    ]);
  });
});
