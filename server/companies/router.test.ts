import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createCaller } from "../trpc/router";

describe.each(testDatabaseKinds)("companies procedures on %s", (kind) => {
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
    await expect(anonymous.companies.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.companies.targets()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's companies, contacts and jobs, and changes nothing", async () => {
    const company = await alice.companies.create({ name: "Alice's employer", notes: "private", target: "work_for" });
    const contact = await alice.contacts.create({ displayName: "Alice's friend", company: "Alice's employer", title: "Boss" });
    const [job] = await alice.companies.employments.listForContact({ contactId: contact.id });
    if (!job) throw new Error("no job");
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsCompany = await bob.companies.create({ name: "Bob's employer" });
    const before = { company: await alice.companies.get({ id: company.id }), jobs: await alice.companies.employments.listForContact({ contactId: contact.id }) };

    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => bob.companies.get({ id: company.id })],
      ["update", () => bob.companies.update({ id: company.id, name: "Hijacked" })],
      ["setTarget", () => bob.companies.setTarget({ id: company.id, target: null })],
      ["remove", () => bob.companies.remove({ id: company.id })],
      ["employments.listForContact", () => bob.companies.employments.listForContact({ contactId: contact.id })],
      ["employments.add to their contact", () => bob.companies.employments.add({ contactId: contact.id, companyId: bobsCompany.id, current: true })],
      ["employments.add at their company", () => bob.companies.employments.add({ contactId: bobsContact.id, companyId: company.id, current: true })],
      ["employments.update", () => bob.companies.employments.update({ id: job.id, title: "Hijacked" })],
      ["employments.update to their company", () => alice.companies.employments.update({ id: job.id, companyId: bobsCompany.id })],
      ["employments.remove", () => bob.companies.employments.remove({ id: job.id })],
      ["get with a bad id", () => bob.companies.get({ id: "not-a-uuid" })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, name).toBe("NOT_FOUND");
    }

    expect(await alice.companies.get({ id: company.id })).toEqual(before.company);
    expect(await alice.companies.employments.listForContact({ contactId: contact.id })).toEqual(before.jobs);
    expect(await alice.contacts.get({ id: contact.id })).toMatchObject({ company: "Alice's employer", title: "Boss" });
    expect(await bob.companies.employments.listForContact({ contactId: bobsContact.id })).toEqual([]);
    expect((await bob.companies.list({})).map((c) => c.name)).toEqual(["Bob's employer"]);
    expect(await bob.companies.targets()).toEqual([]);
  });
});
