import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { listContacts } from "../contacts/service";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("sample network on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  it("loads into the caller's empty account only, once, and never into another owner's", async () => {
    const alice = await createTestUser(database, "Alice");
    const bob = await createTestUser(database, "Bob");
    const asBob = createCaller({ db: database.db, userId: bob });

    await expect(asBob.demo.load()).resolves.toEqual({ contacts: 60 });
    await expect(asBob.demo.load()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await listContacts(database.db, bob, { limit: 100 })).items).toHaveLength(60);
    expect((await listContacts(database.db, alice, {})).items).toEqual([]);
  });
});
