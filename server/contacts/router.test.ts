import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("contacts procedures on %s", (kind) => {
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
    await expect(anonymous.contacts.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's contact, and changes nothing", async () => {
    const contact = await alice.contacts.create({ displayName: "Alice's friend", notes: "private" });
    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => bob.contacts.get({ id: contact.id })],
      ["update", () => bob.contacts.update({ id: contact.id, displayName: "Hijacked" })],
      ["archive", () => bob.contacts.archive({ id: contact.id })],
      ["restore", () => bob.contacts.restore({ id: contact.id })],
      ["remove", () => bob.contacts.remove({ id: contact.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, name).toBe("NOT_FOUND");
    }
    expect((await bob.contacts.list({})).items).toEqual([]);
    expect((await bob.contacts.list({ archived: true })).items).toEqual([]);
    expect((await bob.contacts.list({ q: "friend" })).items).toEqual([]);
    expect(await alice.contacts.get({ id: contact.id })).toEqual(contact);
  });

  it("reports each invalid field by path", async () => {
    const error = await alice.contacts.create({ displayName: "", links: [{ label: "", url: "javascript:alert(1)" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});
