import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("companies procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.companies.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callers.anonymous.companies.targets()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's companies, contacts and jobs, and changes nothing", async () => {
    const { alice, bob } = callers;
    const company = await alice.companies.create({ name: "Alice's employer", notes: "private", target: "work_for" });
    const contact = await alice.contacts.create({ displayName: "Alice's friend", company: "Alice's employer", title: "Boss" });
    const [job] = await alice.companies.employments.listForContact({ contactId: contact.id });
    if (!job) throw new Error("no job");
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsCompany = await bob.companies.create({ name: "Bob's employer" });
    const before = { company: await alice.companies.get({ id: company.id }), jobs: await alice.companies.employments.listForContact({ contactId: contact.id }) };

    await expectAllNotFound([
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
    ]);

    expect(await alice.companies.get({ id: company.id })).toEqual(before.company);
    expect(await alice.companies.employments.listForContact({ contactId: contact.id })).toEqual(before.jobs);
    expect(await alice.contacts.get({ id: contact.id })).toMatchObject({ company: "Alice's employer", title: "Boss" });
    expect(await bob.companies.employments.listForContact({ contactId: bobsContact.id })).toEqual([]);
    expect((await bob.companies.list({})).map((c) => c.name)).toEqual(["Bob's employer"]);
    expect(await bob.companies.targets()).toEqual([]);
  });
});
