import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { createContact } from "@/server/contacts/service";
import { provideDatabase } from "@/server/db";
import { createCaller } from "@/server/trpc/router";
import { settleInProcessRuns } from "./dispatch";

describe("dispatch without Inngest configured", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
  });
  afterAll(() => database.destroy());

  it("runs the account deletion in-process after the request returns", async () => {
    const userId = await createTestUser(database, "Ivy");
    await createContact(database.db, userId, { displayName: "Friend" });
    const caller = createCaller({ db: database.db, userId });

    await expect(caller.account.requestDeletion({ confirmation: "Delete my account" })).resolves.toEqual({ requested: true });
    await settleInProcessRuns();

    expect(await database.db.select().from(users).where(eq(users.id, userId))).toEqual([]);
  });
});
