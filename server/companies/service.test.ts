import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, employments } from "@/db/schema";
import { createTestDatabase, createTestInteraction, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { demoContacts } from "../contacts/demo-network";
import { archiveContact, createContact, createContacts, getContact, listContacts, updateContact } from "../contacts/service";
import { NotFoundError, UserInputError } from "../errors";
import { getTieStrengths } from "../ties/service";
import {
  addEmployment,
  createCompany,
  getCompany,
  listCompanies,
  listEmployments,
  listTargetCompanies,
  removeCompany,
  removeEmployment,
  setCompanyTarget,
  updateCompany,
  updateEmployment,
} from "./service";

const DAY_MS = 86_400_000;

describe.each(testDatabaseKinds)("companies service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  /** Logs `count` interactions with a contact, the latest `daysAgo` days ago, one a week before that. */
  async function interact(ownerId: string, contactId: string, count: number, daysAgo: number) {
    for (let i = 0; i < count; i++) {
      await createTestInteraction(database, ownerId, [contactId], new Date(Date.now() - (daysAgo + 7 * i) * DAY_MS), { initiator: "mutual", contexts: ["work"] });
    }
  }

  const role = async (ownerId: string, contactId: string) => {
    const contact = await getContact(database.db, ownerId, contactId);
    return { company: contact.company, title: contact.title };
  };

  it("keeps one company per name whatever its case, and checks the domain", async () => {
    const owner = await createTestUser(database);
    const acme = await createCompany(database.db, owner, { name: "Acme", domain: " ACME.com " });
    expect(acme).toMatchObject({ name: "Acme", domain: "acme.com", target: null });

    const again = await createCompany(database.db, owner, { name: "  acme ", notes: "Makes anvils", target: "work_for" });
    expect(again).toMatchObject({ id: acme.id, name: "Acme", domain: "acme.com", notes: "Makes anvils", target: "work_for" });
    expect((await listCompanies(database.db, owner)).map((c) => c.name)).toEqual(["Acme"]);

    await expect(createCompany(database.db, owner, { name: "Globex", domain: "https://globex.com" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["domain"], message: "Enter just the domain, like acme.com, without https://." })],
    });
    await expect(createCompany(database.db, owner, { name: "Globex", domain: "globex" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["domain"], message: "Enter a domain like acme.com." })],
    });
    await expect(createCompany(database.db, owner, { name: " " })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["name"], message: "Enter the company's name." })],
    });

    const globex = await createCompany(database.db, owner, { name: "Globex", domain: "" });
    expect(globex.domain).toBeNull();
    await expect(updateCompany(database.db, owner, { id: globex.id, name: "ACME" })).rejects.toThrow(new UserInputError("You already have a company called “Acme”. Pick another name."));
    // Another owner's "Acme" is theirs alone.
    const other = await createTestUser(database);
    expect((await createCompany(database.db, other, { name: "acme" })).id).not.toBe(acme.id);
  });

  it("keeps a company's industry from a fixed list (network diversity is measured over it), and changes it", async () => {
    const owner = await createTestUser(database);
    const acme = await createCompany(database.db, owner, { name: "Acme", industry: "manufacturing" });
    expect(acme.industry).toBe("manufacturing");
    // Named again without an industry, the one it has stays; a new one replaces it by update only.
    expect((await createCompany(database.db, owner, { name: "ACME" })).industry).toBe("manufacturing");
    expect((await updateCompany(database.db, owner, { id: acme.id, industry: "tech" })).industry).toBe("tech");
    expect((await updateCompany(database.db, owner, { id: acme.id, industry: null })).industry).toBeNull();
    await expect(createCompany(database.db, owner, { name: "Globex", industry: "anvils" as never })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["industry"], message: "Pick an industry from the list." })],
    });
  });

  it("turns the contact form's company and title into jobs, and keeps the contact's role from them", async () => {
    const owner = await createTestUser(database);
    const ada = await createContact(database.db, owner, { displayName: "Ada", company: "Analytical Engines", title: "Programmer" });
    expect(ada).toMatchObject({ company: "Analytical Engines", title: "Programmer" });
    let jobs = await listEmployments(database.db, owner, ada.id);
    expect(jobs).toMatchObject([{ company: { name: "Analytical Engines" }, title: "Programmer", current: true, startedOn: null, endedOn: null }]);

    // Same company in another case: the same job, retitled.
    expect(await updateContact(database.db, owner, { id: ada.id, company: "analytical engines", title: "Lead programmer" })).toMatchObject({
      company: "Analytical Engines",
      title: "Lead programmer",
    });
    expect(await listEmployments(database.db, owner, ada.id)).toHaveLength(1);

    // Title alone retitles the current job.
    await updateContact(database.db, owner, { id: ada.id, title: "Chief programmer" });
    expect((await listEmployments(database.db, owner, ada.id))[0]?.title).toBe("Chief programmer");

    // Another company: a new current job that shows as the role; the old one is not ended.
    expect(await updateContact(database.db, owner, { id: ada.id, company: "Royal Society", title: "Fellow" })).toMatchObject({ company: "Royal Society", title: "Fellow" });
    jobs = await listEmployments(database.db, owner, ada.id);
    expect(jobs.map((job) => [job.company.name, job.title, job.current, job.endedOn])).toEqual([
      ["Royal Society", "Fellow", true, null],
      ["Analytical Engines", "Chief programmer", true, null],
    ]);

    // Company cleared: every current job becomes a former one, with no end date made up.
    expect(await updateContact(database.db, owner, { id: ada.id, company: null, title: "Retired" })).toMatchObject({ company: null, title: "Retired" });
    jobs = await listEmployments(database.db, owner, ada.id);
    expect(jobs.map((job) => [job.company.name, job.current, job.endedOn])).toEqual([
      ["Royal Society", false, null],
      ["Analytical Engines", false, null],
    ]);
    // A title with no company stays on the contact, even when a former job is added.
    await addEmployment(database.db, owner, { contactId: ada.id, companyName: "Babbage & Co", startedOn: "1830-01-01", endedOn: "1832-06-01" });
    expect(await role(owner, ada.id)).toEqual({ company: null, title: "Retired" });

    // A contact without a company makes no job.
    const bea = await createContact(database.db, owner, { displayName: "Bea", title: "Freelance" });
    expect(bea).toMatchObject({ company: null, title: "Freelance" });
    expect(await listEmployments(database.db, owner, bea.id)).toEqual([]);
  });

  it("records jobs by the month, checks their dates, and shows the current one with the latest start", async () => {
    const owner = await createTestUser(database);
    const cy = await createContact(database.db, owner, { displayName: "Cy" });
    const initech = await createCompany(database.db, owner, { name: "Initech" });

    const old = await addEmployment(database.db, owner, { contactId: cy.id, companyId: initech.id, title: "Intern", startedOn: "2018-02-17", endedOn: "2021-06-30" });
    expect(old).toMatchObject({ company: { id: initech.id, name: "Initech" }, startedOn: "2018-02-01", endedOn: "2021-06-01", current: false });
    expect(await role(owner, cy.id)).toEqual({ company: null, title: null });

    const main = await addEmployment(database.db, owner, { contactId: cy.id, companyName: "Umbrella", title: "Engineer", startedOn: "2021-03-01", current: true });
    expect(await role(owner, cy.id)).toEqual({ company: "Umbrella", title: "Engineer" });
    // A second current job that started earlier does not take over the role.
    const side = await addEmployment(database.db, owner, { contactId: cy.id, companyName: "initech", title: "Adviser", startedOn: "2020-01-01", current: true });
    expect(side.company.id).toBe(initech.id);
    expect(await role(owner, cy.id)).toEqual({ company: "Umbrella", title: "Engineer" });

    expect((await listEmployments(database.db, owner, cy.id)).map((job) => job.id)).toEqual([main.id, side.id, old.id]);

    await expect(addEmployment(database.db, owner, { contactId: cy.id, companyId: initech.id, startedOn: "2020-05-01", endedOn: "2020-04-30" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["endedOn"], message: "The end must be on or after the start." })],
    });
    // The same month at both ends is fine at month precision.
    await expect(addEmployment(database.db, owner, { contactId: cy.id, companyId: initech.id, startedOn: "2020-05-20", endedOn: "2020-05-02" })).resolves.toMatchObject({
      startedOn: "2020-05-01",
      endedOn: "2020-05-01",
    });
    await expect(addEmployment(database.db, owner, { contactId: cy.id, companyId: initech.id, endedOn: "2020-05-01", current: true })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["endedOn"], message: "A current job has no end date: clear the end date, or untick “Works here now”." })],
    });
    await expect(addEmployment(database.db, owner, { contactId: cy.id, title: "Nowhere" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["company"], message: "Pick a company, or type its name to add it." })],
    });
    // Checked against the stored dates when only one end changes.
    await expect(updateEmployment(database.db, owner, { id: old.id, endedOn: "2017-01-01" })).rejects.toThrow(new UserInputError("The end must be on or after the start."));
    await expect(updateEmployment(database.db, owner, { id: old.id, current: true })).rejects.toThrow(
      new UserInputError("A current job has no end date: clear the end date, or untick “Works here now”."),
    );

    // Ending the main job hands the role to the other current one.
    await updateEmployment(database.db, owner, { id: main.id, current: false, endedOn: "2024-09-01" });
    expect(await role(owner, cy.id)).toEqual({ company: "Initech", title: "Adviser" });
    await updateEmployment(database.db, owner, { id: side.id, title: "Senior adviser", startedOn: "2019-11-05" });
    expect(await role(owner, cy.id)).toEqual({ company: "Initech", title: "Senior adviser" });
    expect((await listEmployments(database.db, owner, cy.id))[0]).toMatchObject({ id: side.id, startedOn: "2019-11-01" });

    const removed = await removeEmployment(database.db, owner, side.id);
    expect(removed).toMatchObject({ id: side.id, title: "Senior adviser", current: true });
    expect(await role(owner, cy.id)).toEqual({ company: null, title: null });
    await expect(removeEmployment(database.db, owner, side.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listEmployments(database.db, owner, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists companies with who works there now and before, by name, and searches them", async () => {
    const owner = await createTestUser(database);
    const [dee, eve, fay, gus] = await Promise.all(["Dee", "Eve", "Fay", "Gus"].map((displayName) => createContact(database.db, owner, { displayName })));
    if (!dee || !eve || !fay || !gus) throw new Error("no contacts");
    const hooli = await createCompany(database.db, owner, { name: "hooli" });
    await createCompany(database.db, owner, { name: "100% Pure" });
    await createCompany(database.db, owner, { name: "Acme" });
    await addEmployment(database.db, owner, { contactId: dee.id, companyId: hooli.id, current: true });
    // Dee's earlier stint does not make her a former colleague as well.
    await addEmployment(database.db, owner, { contactId: dee.id, companyId: hooli.id, startedOn: "2015-01-01", endedOn: "2016-01-01" });
    await addEmployment(database.db, owner, { contactId: eve.id, companyId: hooli.id, current: true });
    await addEmployment(database.db, owner, { contactId: fay.id, companyId: hooli.id, endedOn: "2020-01-01" });
    // Archived contacts are not counted.
    await addEmployment(database.db, owner, { contactId: gus.id, companyId: hooli.id, current: true });
    await archiveContact(database.db, owner, gus.id);

    const list = await listCompanies(database.db, owner);
    expect(list.map((c) => [c.name, c.currentCount, c.formerCount])).toEqual([
      ["100% Pure", 0, 0],
      ["Acme", 0, 0],
      ["hooli", 2, 1],
    ]);
    expect((await listCompanies(database.db, owner, { q: "OOL" })).map((c) => c.name)).toEqual(["hooli"]);
    expect((await listCompanies(database.db, owner, { q: "%" })).map((c) => c.name)).toEqual(["100% Pure"]);
    expect(await listCompanies(database.db, await createTestUser(database))).toEqual([]);
  });

  it("shows a company's people, and its targets' people, strongest ties first", async () => {
    const owner = await createTestUser(database);
    const names = ["Weak Wendy", "Strong Sam", "Middling Mo", "Zara Former", "Fred Former", "Elsewhere Ed"];
    const people = new Map<string, string>();
    for (const displayName of names) people.set(displayName, (await createContact(database.db, owner, { displayName })).id);
    const id = (name: string) => people.get(name) ?? "";
    await interact(owner, id("Strong Sam"), 12, 2);
    await interact(owner, id("Middling Mo"), 2, 60);
    await interact(owner, id("Zara Former"), 8, 5);

    const target = await createCompany(database.db, owner, { name: "Pied Piper" });
    expect(await setCompanyTarget(database.db, owner, { id: target.id, target: "collaborate" })).toMatchObject({ target: "collaborate" });
    for (const name of ["Weak Wendy", "Strong Sam", "Middling Mo"]) {
      await addEmployment(database.db, owner, { contactId: id(name), companyId: target.id, title: `${name.split(" ")[0]} title`, startedOn: "2022-04-01", current: true });
    }
    for (const name of ["Fred Former", "Zara Former"]) {
      await addEmployment(database.db, owner, { contactId: id(name), companyId: target.id, startedOn: "2019-01-01", endedOn: "2021-12-01" });
    }
    await createCompany(database.db, owner, { name: "Not a target" });
    await addEmployment(database.db, owner, { contactId: id("Elsewhere Ed"), companyName: "Not a target", current: true });

    const strengths = await getTieStrengths(database.db, owner);
    expect(strengths.get(id("Strong Sam"))).toBeGreaterThan(strengths.get(id("Middling Mo")) ?? 100);
    expect(strengths.get(id("Middling Mo"))).toBeGreaterThan(strengths.get(id("Weak Wendy")) ?? 100);
    expect(strengths.get(id("Zara Former"))).toBeGreaterThan(strengths.get(id("Fred Former")) ?? 100);

    const detail = await getCompany(database.db, owner, target.id);
    expect(detail.current.map((person) => person.displayName)).toEqual(["Strong Sam", "Middling Mo", "Weak Wendy"]);
    expect(detail.current[0]).toEqual({
      id: id("Strong Sam"),
      displayName: "Strong Sam",
      photoUrl: null,
      title: "Strong title",
      startedOn: "2022-04-01",
      endedOn: null,
      strength: strengths.get(id("Strong Sam")),
    });
    expect(detail.former.map((person) => person.displayName)).toEqual(["Zara Former", "Fred Former"]);

    const targets = await listTargetCompanies(database.db, owner);
    expect(targets.map((company) => [company.name, company.target, company.current.map((p) => p.displayName), company.former.map((p) => p.displayName)])).toEqual([
      ["Pied Piper", "collaborate", ["Strong Sam", "Middling Mo", "Weak Wendy"], ["Zara Former", "Fred Former"]],
    ]);

    await setCompanyTarget(database.db, owner, { id: target.id, target: null });
    expect(await listTargetCompanies(database.db, owner)).toEqual([]);
  });

  it("renames a company on its people's role, and deleting it takes its jobs and recomputes their roles", async () => {
    const owner = await createTestUser(database);
    const hal = await createContact(database.db, owner, { displayName: "Hal", company: "Vandelay", title: "Importer" });
    const ida = await createContact(database.db, owner, { displayName: "Ida", company: "Kramerica", title: "Intern" });
    const vandelay = (await listCompanies(database.db, owner, { q: "vandelay" }))[0];
    if (!vandelay) throw new Error("no company");
    await addEmployment(database.db, owner, { contactId: ida.id, companyId: vandelay.id, title: "Exporter", startedOn: "2010-01-01", endedOn: "2012-01-01" });

    await updateCompany(database.db, owner, { id: vandelay.id, name: "Vandelay Industries", domain: "vandelay.example" });
    expect(await role(owner, hal.id)).toEqual({ company: "Vandelay Industries", title: "Importer" });

    await removeCompany(database.db, owner, vandelay.id);
    expect(await role(owner, hal.id)).toEqual({ company: null, title: null });
    expect(await role(owner, ida.id)).toEqual({ company: "Kramerica", title: "Intern" });
    expect(await database.db.select().from(employments).where(and(eq(employments.ownerId, owner), eq(employments.companyId, vandelay.id)))).toEqual([]);
    await expect(getCompany(database.db, owner, vandelay.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCompany(database.db, owner, vandelay.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("loads the 60-contact sample network with a job for each company given, one company per name", async () => {
    const owner = await createTestUser(database);
    expect(await createContacts(database.db, owner, demoContacts)).toBe(60);

    const withCompany = demoContacts.filter((contact) => contact.company);
    const distinctNames = new Set(withCompany.map((contact) => contact.company?.toLowerCase()));
    expect(await database.db.select().from(employments).where(eq(employments.ownerId, owner))).toHaveLength(withCompany.length);
    expect(await database.db.select().from(companies).where(eq(companies.ownerId, owner))).toHaveLength(distinctNames.size);
    const marta = (await listContacts(database.db, owner, { q: "Marta Ferreira" })).items[0];
    expect(marta).toMatchObject({ company: "Atelier Lince", title: "Architect" });
    // Mum has a title and no company: it stays, with no job.
    const linda = (await listContacts(database.db, owner, { q: "Linda Whitaker" })).items[0];
    expect(linda).toMatchObject({ company: null, title: "Retired primary school teacher" });
  });
});
