import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("tags procedures on %s", (kind) => {
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
    await expect(anonymous.tags.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's tag or contact, and changes nothing", async () => {
    const friend = await alice.contacts.create({ displayName: "Alice's friend" });
    const tag = await alice.tags.create({ name: "close", colour: "violet" });
    const other = await alice.tags.create({ name: "work" });
    await alice.tags.applyTo({ tagId: tag.id, contactIds: [friend.id] });
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsTag = await bob.tags.create({ name: "mine" });

    const attempts: [string, () => Promise<unknown>][] = [
      ["rename", () => bob.tags.rename({ id: tag.id, name: "Hijacked" })],
      ["recolour", () => bob.tags.recolour({ id: tag.id, colour: "red" })],
      ["merge their tag into mine", () => bob.tags.merge({ sourceId: tag.id, targetId: bobsTag.id })],
      ["merge my tag into theirs", () => bob.tags.merge({ sourceId: bobsTag.id, targetId: tag.id })],
      ["merge theirs into theirs", () => bob.tags.merge({ sourceId: other.id, targetId: tag.id })],
      ["remove", () => bob.tags.remove({ id: tag.id })],
      ["applyTo with their tag", () => bob.tags.applyTo({ tagId: tag.id, contactIds: [bobsContact.id] })],
      ["applyTo to their contact", () => bob.tags.applyTo({ tagId: bobsTag.id, contactIds: [friend.id] })],
      ["unapplyFrom", () => bob.tags.unapplyFrom({ tagId: tag.id, contactIds: [friend.id] })],
      ["listForContact", () => bob.tags.listForContact({ contactId: friend.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, name).toBe("NOT_FOUND");
    }
    expect(await alice.tags.list()).toEqual([
      { ...tag, count: 1 },
      { ...other, count: 0 },
    ]);
    expect(await alice.tags.listForContact({ contactId: friend.id })).toEqual([tag]);
    expect(await bob.tags.list()).toEqual([{ ...bobsTag, count: 0 }]);
  });
});
