import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { addMembers, createCircle } from "../circles/service";
import { addEmployment } from "../companies/service";
import { archiveContact, createContact } from "../contacts/service";
import { NotFoundError, UserInputError } from "../errors";
import { logInteraction } from "../interactions/service";
import { addTies, dismissTieSuggestion, getCircleMatrix, listContactTies, listTieSuggestions, removeTie, restoreTieSuggestion, setTie } from "./ties";

describe.each(testDatabaseKinds)("who knows whom on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  const people = async (owner: string, ...names: string[]) => {
    const ids: string[] = [];
    for (const displayName of names) ids.push((await createContact(database.db, owner, { displayName })).id);
    return ids;
  };

  it("records that a contact knows several people at once, seen from either side, once per pair", async () => {
    const owner = await createTestUser(database);
    const [ana, ben, cai, dee] = await people(owner, "Ana", "Ben", "Cai", "Dee");
    expect(await addTies(database.db, owner, { contactId: ana!, otherContactIds: [cai!, ben!, ben!] })).toEqual({ added: 2 });
    // The same pair entered from the other side is the same tie; a strength given replaces none.
    await addTies(database.db, owner, { contactId: ben!, otherContactIds: [ana!], strength: 3 });
    expect((await listContactTies(database.db, owner, ana!)).map(({ displayName, strength }) => [displayName, strength])).toEqual([
      ["Ben", 3],
      ["Cai", null],
    ]);
    expect((await listContactTies(database.db, owner, ben!)).map(({ displayName }) => displayName)).toEqual(["Ana"]);
    expect(await listContactTies(database.db, owner, dee!)).toEqual([]);
    // Adding again without a strength keeps the one stored.
    await addTies(database.db, owner, { contactId: ana!, otherContactIds: [ben!] });
    expect((await listContactTies(database.db, owner, ana!))[0]).toMatchObject({ displayName: "Ben", strength: 3 });
  });

  it("refuses a tie to oneself and a strength outside 1 to 3, with messages that say what to do", async () => {
    const owner = await createTestUser(database);
    const [ana, ben] = await people(owner, "Ana", "Ben");
    await expect(addTies(database.db, owner, { contactId: ana!, otherContactIds: [ana!] })).rejects.toThrow(new UserInputError("Pick someone else: a person is not tied to themselves."));
    await expect(addTies(database.db, owner, { contactId: ana!, otherContactIds: [ben!], strength: 4 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "Pick how well they know each other: 1 to 3." })],
    });
    await expect(addTies(database.db, owner, { contactId: ana!, otherContactIds: [] })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Pick at least one person they know." })] });
    expect(await listContactTies(database.db, owner, ana!)).toEqual([]);
  });

  it("ticks and unticks pairs in a circle's matrix, and removing a tie returns it for undo", async () => {
    const owner = await createTestUser(database);
    const [ana, ben, cai, out] = await people(owner, "Ana", "Ben", "Cai", "Outsider");
    const circle = await createCircle(database.db, owner, { name: "Climbing" });
    await addMembers(database.db, owner, { circleId: circle.id, contactIds: [ana!, ben!, cai!] });
    await addTies(database.db, owner, { contactId: ana!, otherContactIds: [out!] });
    await setTie(database.db, owner, { contactId: cai!, otherContactId: ana!, knows: true, strength: 2 });
    await setTie(database.db, owner, { contactId: ben!, otherContactId: cai!, knows: true });
    let matrix = await getCircleMatrix(database.db, owner, { circleId: circle.id });
    expect(matrix.members.map((member) => member.displayName)).toEqual(["Ana", "Ben", "Cai"]);
    // Only ties among members: Ana–Outsider is not in this circle's matrix.
    expect(matrix.ties).toHaveLength(2);
    expect(matrix.ties).toContainEqual({ contactId: [ana!, cai!].sort()[0], otherContactId: [ana!, cai!].sort()[1], strength: 2 });

    await setTie(database.db, owner, { contactId: ben!, otherContactId: cai!, knows: false });
    const removed = await removeTie(database.db, owner, { contactId: ana!, otherContactId: cai! });
    expect(removed.strength).toBe(2);
    matrix = await getCircleMatrix(database.db, owner, { circleId: circle.id });
    expect(matrix.ties).toEqual([]);
    await expect(removeTie(database.db, owner, { contactId: ana!, otherContactId: cai! })).rejects.toBeInstanceOf(NotFoundError);
    // Undo puts it back as it was.
    await addTies(database.db, owner, { contactId: removed.contactId, otherContactIds: [removed.otherContactId], strength: removed.strength });
    expect((await getCircleMatrix(database.db, owner, { circleId: circle.id })).ties).toEqual([{ ...removed }]);
  });

  it("suggests pairs who work at the same company, share a circle or met together, until accepted or dismissed", async () => {
    const owner = await createTestUser(database);
    const [ana, ben, cai, dee, eve] = await people(owner, "Ana", "Ben", "Cai", "Dee", "Eve");
    await addEmployment(database.db, owner, { contactId: ana!, companyName: "Acme", current: true });
    await addEmployment(database.db, owner, { contactId: ben!, companyName: "Acme", current: true });
    // A past job is no reason.
    await addEmployment(database.db, owner, { contactId: eve!, companyName: "Acme", current: false, startedOn: "2018-01-01", endedOn: "2020-01-01" });
    const circle = await createCircle(database.db, owner, { name: "Book club" });
    await addMembers(database.db, owner, { circleId: circle.id, contactIds: [ana!, ben!, cai!] });
    await logInteraction(database.db, owner, { contactIds: [cai!, dee!], channel: "in_person", initiator: "me" });

    const suggestions = await listTieSuggestions(database.db, owner);
    const describe = (list: typeof suggestions) => list.map((s) => [[s.contact.displayName, s.other.displayName].sort().join("–"), s.reasons.map((r) => (r.kind === "interaction" ? `met together ${r.count}×` : `${r.kind} ${r.label}`)).sort()]);
    // Ana–Ben share two reasons, so they come first.
    expect(describe(suggestions)).toEqual([
      ["Ana–Ben", ["circle Book club", "company Acme"]],
      ["Ana–Cai", ["circle Book club"]],
      ["Ben–Cai", ["circle Book club"]],
      ["Cai–Dee", ["met together 1×"]],
    ]);
    // Seen from one contact, only their pairs, with them first.
    const forCai = await listTieSuggestions(database.db, owner, { contactId: cai! });
    expect(forCai.map((s) => [s.contact.displayName, s.other.displayName])).toEqual([
      ["Cai", "Ana"],
      ["Cai", "Ben"],
      ["Cai", "Dee"],
    ]);

    await addTies(database.db, owner, { contactId: ana!, otherContactIds: [ben!] });
    await dismissTieSuggestion(database.db, owner, { contactId: dee!, otherContactId: cai! });
    await archiveContact(database.db, owner, ben!);
    expect(describe(await listTieSuggestions(database.db, owner))).toEqual([["Ana–Cai", ["circle Book club"]]]);
    expect(await restoreTieSuggestion(database.db, owner, { contactId: cai!, otherContactId: dee! })).toEqual({ restored: true });
    expect(describe(await listTieSuggestions(database.db, owner))).toContainEqual(["Cai–Dee", ["met together 1×"]]);
  });

  it("keeps ties, matrices and suggestions to their owner", async () => {
    const owner = await createTestUser(database);
    const intruder = await createTestUser(database);
    const [ana, ben] = await people(owner, "Ana", "Ben");
    const [own] = await people(intruder, "Mine");
    const circle = await createCircle(database.db, owner, { name: "Private" });
    await addTies(database.db, owner, { contactId: ana!, otherContactIds: [ben!] });
    await expect(listContactTies(database.db, intruder, ana!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTies(database.db, intruder, { contactId: own!, otherContactIds: [ana!] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setTie(database.db, intruder, { contactId: ana!, otherContactId: ben!, knows: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeTie(database.db, intruder, { contactId: ana!, otherContactId: ben! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCircleMatrix(database.db, intruder, { circleId: circle.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTieSuggestions(database.db, intruder, { contactId: ana! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(dismissTieSuggestion(database.db, intruder, { contactId: ana!, otherContactId: ben! })).rejects.toBeInstanceOf(NotFoundError);
    expect(await restoreTieSuggestion(database.db, intruder, { contactId: ana!, otherContactId: ben! })).toEqual({ restored: false });
    expect(await listTieSuggestions(database.db, intruder)).toEqual([]);
    expect(await listContactTies(database.db, owner, ana!)).toHaveLength(1);
  });
});
