import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("notifications procedures on %s", (kind) => {
  let database: TestDatabase;
  let alice: ReturnType<typeof createCaller>;
  let bob: ReturnType<typeof createCaller>;
  let aliceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    aliceId = await createTestUser(database, "Alice");
    alice = createCaller({ db: database.db, userId: aliceId });
    bob = createCaller({ db: database.db, userId: await createTestUser(database, "Bob") });
  });
  afterAll(() => database.destroy());

  it("refuses callers who are not signed in", async () => {
    const anonymous = createCaller({ db: database.db, userId: null });
    await expect(anonymous.notifications.unreadCount()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's notification, and changes nothing", async () => {
    const contact = await alice.contacts.create({ displayName: "Marta" });
    await database.db.insert(notifications).values({ ownerId: aliceId, kind: "birthday", contactId: contact.id, title: "Marta's birthday is on 14 March", dedupeKey: "birthday:x:2025" });
    const [item] = (await alice.notifications.list({})).items;
    const attempts: [string, () => Promise<unknown>][] = [
      ["markRead", () => bob.notifications.markRead({ id: item!.id })],
      ["remove", () => bob.notifications.remove({ id: item!.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, name).toBe("NOT_FOUND");
    }
    expect(await bob.notifications.markAllRead()).toEqual({ marked: 0 });
    expect((await bob.notifications.list({})).items).toEqual([]);
    expect(await bob.notifications.unreadCount()).toBe(0);
    expect(await alice.notifications.unreadCount()).toBe(1);
    expect((await alice.notifications.list({})).items).toEqual([
      expect.objectContaining({ id: item!.id, readAt: null, contact: { id: contact.id, displayName: "Marta", photoUrl: null } }),
    ]);
  });
});
