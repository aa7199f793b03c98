import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, sessions, users } from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact, listContacts } from "../contacts/service";
import { findPlace } from "../places/gazetteer";
import { createCaller } from "../trpc/router";
import { canonicalTimeZone } from "./schemas";
import { deleteAccountData, deleteUser, getAccount, isSignInBlocked, requestAccountDeletion, updateAccount } from "./service";

const porto = { id: "2735943", name: "Porto", region: "17", countryCode: "PT", country: "Portugal", latitude: 41.14961, longitude: -8.61099 };

describe("time zones", () => {
  it("accepts IANA names, in the runtime's spelling, and refuses anything else", () => {
    expect(canonicalTimeZone("Europe/Lisbon")).toBe("Europe/Lisbon");
    expect(canonicalTimeZone("europe/lisbon")).toBe("Europe/Lisbon");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(canonicalTimeZone("+01:00")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });
});

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

  it("starts with no home place in UTC; sets, keeps and clears the home place and time zone", async () => {
    const id = await createTestUser(database, "Gil");
    expect(await getAccount(database.db, id)).toMatchObject({ homePlace: null, timeZone: "UTC" });
    const lisbon = findPlace("Lisbon, Portugal");
    if (!lisbon) throw new Error("no Lisbon in the gazetteer");
    const asGil = createCaller({ db: database.db, userId: id });
    // A suggestion carries its time zone; the stored place is just the Place.
    const saved = await asGil.account.update({ homePlace: lisbon, timeZone: lisbon.timeZone });
    const { timeZone: _zone, ...place } = lisbon;
    expect(saved).toMatchObject({ name: "Gil", homePlace: place, timeZone: "Europe/Lisbon" });
    expect(Object.keys(saved.homePlace ?? {})).not.toContain("timeZone");

    await asGil.account.update({ name: "Gil Vicente" });
    expect(await asGil.account.get()).toMatchObject({ name: "Gil Vicente", homePlace: place, timeZone: "Europe/Lisbon" });
    await asGil.account.update({ homePlace: porto });
    expect(await asGil.account.get()).toMatchObject({ homePlace: porto, timeZone: "Europe/Lisbon" });
    await asGil.account.update({ homePlace: null, timeZone: "america/sao_paulo" });
    expect(await asGil.account.get()).toMatchObject({ name: "Gil Vicente", homePlace: null, timeZone: "America/Sao_Paulo" });
    expect(await updateAccount(database.db, id, {})).toMatchObject({ name: "Gil Vicente", timeZone: "America/Sao_Paulo" });
  });

  it("refuses an unknown time zone or a place not from the gazetteer, and changes nothing", async () => {
    const id = await createTestUser(database, "Hana");
    const asHana = createCaller({ db: database.db, userId: id });
    await asHana.account.update({ homePlace: porto, timeZone: "Europe/Lisbon" });
    await expect(asHana.account.update({ timeZone: "Europe/Atlantis" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asHana.account.update({ homePlace: { ...porto, countryCode: "Portugal" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asHana.account.update({ name: "Hana", homePlace: { ...porto, latitude: 123 } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await asHana.account.get()).toMatchObject({ homePlace: porto, timeZone: "Europe/Lisbon" });
    await expect(updateAccount(database.db, "no-such-user", { timeZone: "UTC" })).rejects.toThrow("Account not found");
  });

  it("scopes account procedures to the caller: one user's deletion leaves another untouched", async () => {
    const alice = await userWithSession("Alice");
    const bob = await userWithSession("Bob");
    const asBob = createCaller({ db: database.db, userId: bob });
    await expect(asBob.account.requestDeletion({ confirmation: "delete my acount" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await asBob.account.update({ name: "Robert", homePlace: porto, timeZone: "Europe/Lisbon" });
    expect((await asBob.account.get()).name).toBe("Robert");
    expect(await getAccount(database.db, alice)).toMatchObject({ name: "Alice", homePlace: null, timeZone: "UTC" });
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, alice))).toHaveLength(1);
    expect((await listContacts(database.db, alice, {})).items).toHaveLength(1);
  });
});
