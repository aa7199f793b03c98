import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { NotFoundError } from "../errors";
import { listInteractions, logInteraction } from "../interactions/service";
import { archiveContact, createContact, getContact, listContacts, removeContact, restoreContact, updateContact } from "./service";

describe.each(testDatabaseKinds)("contacts service on %s", (kind) => {
  let database: TestDatabase;
  let owner: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createTestUser(database);
  });
  afterAll(() => database.destroy());

  it("creates a contact with every field and reads it back", async () => {
    const created = await createContact(database.db, owner, {
      displayName: "  Ada Lovelace ",
      givenName: "Ada",
      familyName: "Lovelace",
      nickname: "",
      pronouns: "she/her",
      emails: [{ label: "work", value: "ADA@Example.com" }],
      phones: [{ label: "mobile", value: "+44 7700 900123" }],
      links: [{ label: "site", url: "https://example.org/ada" }],
      company: "Analytical Engines",
      title: "Programmer",
      location: "London, UK",
      birthday: { day: 10, month: 12, year: null },
      howWeMet: "A lecture on the Difference Engine",
      notes: "**Ask** about the notes on Menabrea",
    });
    expect(created.displayName).toBe("Ada Lovelace");
    expect(created.nickname).toBeNull();
    expect(created.emails).toEqual([{ label: "work", value: "ada@example.com" }]);
    expect(created.birthday).toEqual({ day: 10, month: 12, year: null });
    expect(await getContact(database.db, owner, created.id)).toEqual(created);
  });

  it("rejects invalid fields with a message for each", async () => {
    await expect(
      createContact(database.db, owner, { displayName: " ", emails: [{ label: "", value: "not-an-email" }], birthday: { day: 30, month: 2 } }),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ["displayName"], message: "Enter a name." }),
        expect.objectContaining({ path: ["emails", 0, "value"] }),
        expect.objectContaining({ path: ["birthday", "day"], message: "That month has 29 days." }),
      ]),
    });
  });

  it("pages through contacts by name without repeating or skipping any", async () => {
    const pager = await createTestUser(database);
    const names = Array.from({ length: 23 }, (_, i) => `Person ${String(i).padStart(2, "0")}`);
    // Same-name contacts must still page deterministically.
    names.push("Person 05", "person 05");
    for (const displayName of names) await createContact(database.db, pager, { displayName });

    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await listContacts(database.db, pager, { limit: 4, cursor });
      seen.push(...page.items.map((contact) => contact.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(names.length);
    expect(seen.map((name) => name.toLowerCase())).toEqual([...names].map((name) => name.toLowerCase()).sort());
  });

  it("lists what a row shows of each person, not their whole record", async () => {
    const user = await createTestUser(database);
    await createContact(database.db, user, { displayName: "Ada Lovelace", title: "Analyst", company: "Engines Ltd", location: "London", notes: "Private notes", emails: [{ label: "home", value: "ada@example.com" }] });
    const { items } = await listContacts(database.db, user, {});
    const searched = await listContacts(database.db, user, { q: "ada" });
    for (const item of [items[0], searched.items[0]]) {
      expect(item).toMatchObject({ displayName: "Ada Lovelace", title: "Analyst", company: "Engines Ltd", location: "London", tags: [] });
      expect(Object.keys(item!).sort()).toEqual(["company", "displayName", "id", "location", "photoUrl", "tags", "title"]);
    }
  });

  it("sorts by last update, newest first, across pages", async () => {
    const user = await createTestUser(database);
    const a = await createContact(database.db, user, { displayName: "A" });
    await createContact(database.db, user, { displayName: "B" });
    await createContact(database.db, user, { displayName: "C" });
    await updateContact(database.db, user, { id: a.id, title: "Updated" });
    const first = await listContacts(database.db, user, { sort: "updated", limit: 2 });
    const second = await listContacts(database.db, user, { sort: "updated", limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.displayName)).toEqual(["A", "C", "B"]);
    expect(second.nextCursor).toBeNull();
  });

  it("finds contacts by any part of their names, case-insensitively, and treats % literally", async () => {
    const user = await createTestUser(database);
    await createContact(database.db, user, { displayName: "Grace Hopper", nickname: "Amazing Grace" });
    await createContact(database.db, user, { displayName: "Alan Turing" });
    await createContact(database.db, user, { displayName: "100% Honest Abe" });
    const search = async (q: string) => (await listContacts(database.db, user, { q })).items.map((c) => c.displayName);
    expect(await search("hop")).toEqual(["Grace Hopper"]);
    expect(await search("AMAZING")).toEqual(["Grace Hopper"]);
    expect(await search("%")).toEqual(["100% Honest Abe"]);
    expect(await search("zzz")).toEqual([]);
  });

  it("archives out of the list and restores into it", async () => {
    const user = await createTestUser(database);
    const contact = await createContact(database.db, user, { displayName: "Archie" });
    await archiveContact(database.db, user, contact.id);
    expect((await listContacts(database.db, user, {})).items).toEqual([]);
    expect((await listContacts(database.db, user, { archived: true })).items.map((c) => c.id)).toEqual([contact.id]);
    await restoreContact(database.db, user, contact.id);
    expect((await listContacts(database.db, user, {})).items.map((c) => c.id)).toEqual([contact.id]);
  });

  it("updates only the fields given and clears a birthday on null", async () => {
    const user = await createTestUser(database);
    const contact = await createContact(database.db, user, { displayName: "Bea", company: "Acme", birthday: { day: 1, month: 1, year: 1990 } });
    const updated = await updateContact(database.db, user, { id: contact.id, title: "CTO", birthday: null });
    expect(updated).toMatchObject({ company: "Acme", title: "CTO", birthday: null });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(contact.updatedAt.getTime());
  });

  it("keeps lists it was not given: a partial update never empties emails, phones, links or contexts", async () => {
    const user = await createTestUser(database);
    const contact = await createContact(database.db, user, {
      displayName: "Cy",
      emails: [{ label: "home", value: "cy@example.com" }],
      phones: [{ label: "", value: "+44 7700 900999" }],
      links: [{ label: "", url: "https://example.org/cy" }],
      contexts: ["work", "hobby"],
    });
    const updated = await updateContact(database.db, user, { id: contact.id, knowsMe: 3 });
    expect(updated).toMatchObject({ emails: contact.emails, phones: contact.phones, links: contact.links, contexts: ["work", "hobby"], knowsMe: 3 });
  });

  it("deleting a contact deletes interactions only they took part in, and keeps shared ones", async () => {
    const user = await createTestUser(database);
    const [ana, ben] = [await createContact(database.db, user, { displayName: "Ana" }), await createContact(database.db, user, { displayName: "Ben" })];
    const alone = await logInteraction(database.db, user, { channel: "call", contactIds: [ana.id] });
    const shared = await logInteraction(database.db, user, { channel: "in_person", contactIds: [ana.id, ben.id] });
    await removeContact(database.db, user, ana.id);
    const left = await listInteractions(database.db, user, {});
    expect(left.items.map((interaction) => [interaction.id, interaction.participants.map((person) => person.displayName)])).toEqual([[shared.id, ["Ben"]]]);
    expect(left.items.some((interaction) => interaction.id === alone.id)).toBe(false);
  });

  it("deletes a contact for good, and a second delete is NOT_FOUND", async () => {
    const user = await createTestUser(database);
    const contact = await createContact(database.db, user, { displayName: "Gone" });
    await removeContact(database.db, user, contact.id);
    await expect(getContact(database.db, user, contact.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeContact(database.db, user, contact.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getContact(database.db, user, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
