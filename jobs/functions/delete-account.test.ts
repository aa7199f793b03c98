import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { requestAccountDeletion } from "@/server/account/service";
import { createContact, listContacts } from "@/server/contacts/service";
import { provideDatabase } from "@/server/db";
import { deleteAccount } from "./delete-account";

describe("delete-account function", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
  });
  afterAll(() => database.destroy());

  it("runs its steps through Inngest and leaves nothing of the user", async () => {
    const userId = await createTestUser(database, "Gil");
    await createContact(database.db, userId, { displayName: "Someone" });
    const keeper = await createTestUser(database, "Keeper");
    await createContact(database.db, keeper, { displayName: "Kept" });
    await requestAccountDeletion(database.db, userId);

    // One engine per test: the engine caches step results between executions.
    const engine = new InngestTestEngine({ function: deleteAccount });
    const { result, error } = await engine.execute({ events: [{ name: "account/deletion.requested", data: { userId } }] });

    expect(error).toBeUndefined();
    expect(result).toEqual({ removed: { contacts: 1 }, userDeleted: true });
    expect(await database.db.select().from(users).where(eq(users.id, userId))).toEqual([]);
    expect((await listContacts(database.db, keeper, {})).items.map((contact) => contact.displayName)).toEqual(["Kept"]);
  });

  it("stops at the data step when it fails, so the user row is not deleted first", async () => {
    const userId = await createTestUser(database, "Hal");
    await requestAccountDeletion(database.db, userId);
    const engine = new InngestTestEngine({ function: deleteAccount });
    const { result } = await engine.executeStep("delete-data", { events: [{ name: "account/deletion.requested", data: { userId } }] });
    expect(result).toEqual({ contacts: 0 });
    expect(await database.db.select({ id: users.id }).from(users).where(eq(users.id, userId))).toHaveLength(1);
  });
});
