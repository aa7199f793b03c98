import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, sessions, users } from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact, listContacts } from "../contacts/service";
import { createCaller } from "../trpc/router";
import { deleteAccountData, deleteUser, getAccount, isSignInBlocked, requestAccountDeletion } from "./service";

describe.each(testDatabaseKinds)("account on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  async function userWithSession(name: string) {
    const id = await createTestUser(database, name);
    await database.db.insert(accounts).values({ userId: id, type: "oidc", provider: "oidc", providerAccountId: `sub-${id}` });
    await database.db.insert(sessions).values({ sessionToken: `token-${id}`, userId: id, expires: new Date(Date.now() + 60_000) });
    await createContact(database.db, id, { displayName: `${name}'s friend` });
    return id;
  }

  it("ends every session at once and blocks sign-in while deletion runs", async () => {
    const id = await userWithSession("Dana");
    expect(await isSignInBlocked(database.db, "oidc", `sub-${id}`)).toBe(false);
    await requestAccountDeletion(database.db, id);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect(await isSignInBlocked(database.db, "oidc", `sub-${id}`)).toBe(true);
  });

  it("deletes the data, then the user with their sign-in accounts; repeating a step is harmless", async () => {
    const id = await userWithSession("Eli");
    await requestAccountDeletion(database.db, id);
    expect(await deleteAccountData(database.db, id)).toEqual({ contacts: 1 });
    expect(await deleteAccountData(database.db, id)).toEqual({ contacts: 0 });
    expect(await deleteUser(database.db, id)).toEqual({ deleted: true });
    expect(await deleteUser(database.db, id)).toEqual({ deleted: false });
    expect(await database.db.select().from(users).where(eq(users.id, id))).toEqual([]);
    expect(await database.db.select().from(accounts).where(eq(accounts.userId, id))).toEqual([]);
  });

  it("never deletes a user who did not ask", async () => {
    const id = await userWithSession("Fay");
    expect(await deleteUser(database.db, id)).toEqual({ deleted: false });
    expect((await getAccount(database.db, id)).name).toBe("Fay");
  });

  it("scopes account procedures to the caller: one user's deletion leaves another untouched", async () => {
    const alice = await userWithSession("Alice");
    const bob = await userWithSession("Bob");
    const asBob = createCaller({ db: database.db, userId: bob });
    await expect(asBob.account.requestDeletion({ confirmation: "delete my acount" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await asBob.account.update({ name: "Robert" });
    expect((await asBob.account.get()).name).toBe("Robert");
    expect((await getAccount(database.db, alice)).name).toBe("Alice");
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, alice))).toHaveLength(1);
    expect((await listContacts(database.db, alice, {})).items).toHaveLength(1);
  });
});
