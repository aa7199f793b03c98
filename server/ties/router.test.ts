import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("ties procedures on %s", (kind) => {
  let database: TestDatabase;
  let alice: ReturnType<typeof createCaller>;
  let bob: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    alice = createCaller({ db: database.db, userId: await createTestUser(database, "Alice") });
    bob = createCaller({ db: database.db, userId: await createTestUser(database, "Bob") });
  });
  afterAll(() => database.destroy());

  it("answers NOT_FOUND when another owner asks for a tie, and the owner still gets it", async () => {
    const contact = await alice.contacts.create({ displayName: "Alice's friend", knowsMe: 4, contexts: ["work", "family"] });
    for (const contactId of [contact.id, "not-a-uuid"]) {
      const error = await bob.ties.get({ contactId }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("NOT_FOUND");
    }
    // knowsMe 4 -> 1 and two contexts -> 0.5, with frequency and recency 0:
    // (0.10 x 1 + 0.15 x 0.5) / (0.25 + 0.20 + 0.10 + 0.15) = 0.175 / 0.70 = 0.25 -> 25
    expect(await alice.ties.get({ contactId: contact.id })).toMatchObject({ contactId: contact.id, strength: 25, knowsMe: 4 });
  });
});
