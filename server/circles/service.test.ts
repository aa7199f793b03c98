import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { archiveContact, createContact, getContact, listContacts } from "../contacts/service";
import { NotFoundError, UserInputError } from "../errors";
import { addMembers, createCircle, getCircle, listCircles, listCirclesForContact, removeCircle, removeMember, updateCircle } from "./service";

describe.each(testDatabaseKinds)("circles service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  const person = async (owner: string, displayName: string, extra: { title?: string; company?: string } = {}) => (await createContact(database.db, owner, { displayName, ...extra })).id;

  it("creates a circle with its purpose, type, style and cadence, and reads it back with no members", async () => {
    const owner = await createTestUser(database);
    const circle = await createCircle(database.db, owner, {
      name: "  Lisbon founders ",
      description: "People building companies in Lisbon",
      purpose: "business",
      type: "professional",
      place: "Lisbon",
      space: "WhatsApp group",
      pace: "Monthly",
      cadenceDays: 30,
    });
    expect(circle).toMatchObject({ name: "Lisbon founders", purpose: "business", type: "professional", place: "Lisbon", space: "WhatsApp group", pace: "Monthly", cadenceDays: 30 });
    expect(await getCircle(database.db, owner, circle.id)).toEqual({ ...circle, members: [] });
  });

  it("refuses a second circle with the same name in any case, but another owner may use it", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const first = await createCircle(database.db, owner, { name: "Book club" });
    const second = await createCircle(database.db, owner, { name: "Chess" });
    await expect(createCircle(database.db, owner, { name: "BOOK CLUB" })).rejects.toThrow(new UserInputError("You already have a circle called “BOOK CLUB”. Pick another name."));
    await expect(updateCircle(database.db, owner, { id: second.id, name: "book club" })).rejects.toBeInstanceOf(UserInputError);
    expect((await updateCircle(database.db, owner, { id: first.id, name: "Book Club" })).name).toBe("Book Club");
    expect((await createCircle(database.db, other, { name: "Book club" })).name).toBe("Book club");
    expect((await listCircles(database.db, owner)).map((circle) => circle.name)).toEqual(["Book Club", "Chess"]);
  });

  it("rejects a cadence below a day, an unknown purpose and an empty name, each with its own message", async () => {
    const owner = await createTestUser(database);
    await expect(createCircle(database.db, owner, { name: " ", cadenceDays: 0, purpose: "fun" as never })).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ["name"], message: "Enter a name for the circle." }),
        expect.objectContaining({ path: ["cadenceDays"], message: "Pick how often to keep in touch." }),
        expect.objectContaining({ path: ["purpose"], message: "Pick a purpose from the list." }),
      ]),
    });
    expect(await listCircles(database.db, owner)).toEqual([]);
  });

  it("changes only the fields given and clears the ones set to empty", async () => {
    const owner = await createTestUser(database);
    const circle = await createCircle(database.db, owner, { name: "Climbing", description: "Tuesdays", place: "Gym", cadenceDays: 14 });
    const updated = await updateCircle(database.db, owner, { id: circle.id, description: "", cadenceDays: null, pace: "Weekly" });
    expect(updated).toMatchObject({ name: "Climbing", description: null, place: "Gym", pace: "Weekly", cadenceDays: null });
  });

  it("lists circles A to Z with the number of unarchived members of each", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const bea = await person(owner, "Bea");
    const cy = await person(owner, "Cy");
    const zeta = await createCircle(database.db, owner, { name: "zeta" });
    const alpha = await createCircle(database.db, owner, { name: "Alpha" });
    await addMembers(database.db, owner, { circleId: zeta.id, contactIds: [ada, bea, cy] });
    await addMembers(database.db, owner, { circleId: alpha.id, contactIds: [bea] });
    await archiveContact(database.db, owner, cy);
    expect((await listCircles(database.db, owner)).map((circle) => [circle.name, circle.memberCount])).toEqual([
      ["Alpha", 1],
      ["zeta", 2],
    ]);
  });

  it("adds people once, reports only those newly added, and shows members A to Z with their role", async () => {
    const owner = await createTestUser(database);
    const zoe = await person(owner, "Zoe", { title: "Engineer", company: "Acme" });
    const ada = await person(owner, "Ada");
    const circle = await createCircle(database.db, owner, { name: "Team" });
    expect(await addMembers(database.db, owner, { circleId: circle.id, contactIds: [zoe, zoe] })).toEqual({ added: [zoe] });
    expect(await addMembers(database.db, owner, { circleId: circle.id, contactIds: [zoe, ada] })).toEqual({ added: [ada] });
    expect((await getCircle(database.db, owner, circle.id)).members).toEqual([
      { id: ada, displayName: "Ada", photoUrl: null, title: null, company: null },
      { id: zoe, displayName: "Zoe", photoUrl: null, title: "Engineer", company: "Acme" },
    ]);
  });

  it("adds no one when any of the people is not the owner's", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const mine = await person(owner, "Mine");
    const theirs = await person(other, "Theirs");
    const circle = await createCircle(database.db, owner, { name: "Mixed" });
    await expect(addMembers(database.db, owner, { circleId: circle.id, contactIds: [mine, theirs] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembers(database.db, owner, { circleId: circle.id, contactIds: [mine, "nope"] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCircle(database.db, owner, circle.id)).members).toEqual([]);
  });

  it("takes a member out and deletes a circle while every contact stays", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const bea = await person(owner, "Bea");
    const circle = await createCircle(database.db, owner, { name: "Family", purpose: "personal" });
    await addMembers(database.db, owner, { circleId: circle.id, contactIds: [ada, bea] });
    expect(await removeMember(database.db, owner, { circleId: circle.id, contactId: ada })).toEqual({ contactId: ada });
    await expect(removeMember(database.db, owner, { circleId: circle.id, contactId: ada })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCircle(database.db, owner, circle.id)).members.map((member) => member.id)).toEqual([bea]);

    await removeCircle(database.db, owner, circle.id);
    await expect(getCircle(database.db, owner, circle.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCircle(database.db, owner, circle.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getContact(database.db, owner, bea)).displayName).toBe("Bea");
    expect((await listContacts(database.db, owner, {})).items.map((contact) => contact.displayName)).toEqual(["Ada", "Bea"]);
    expect(await listCirclesForContact(database.db, owner, bea)).toEqual([]);
  });

  it("lists the circles a contact is in, A to Z, and only for the owner's contacts", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const work = await createCircle(database.db, owner, { name: "Work" });
    const chess = await createCircle(database.db, owner, { name: "chess" });
    await createCircle(database.db, owner, { name: "Unrelated" });
    await addMembers(database.db, owner, { circleId: work.id, contactIds: [ada] });
    await addMembers(database.db, owner, { circleId: chess.id, contactIds: [ada] });
    expect(await listCirclesForContact(database.db, owner, ada)).toEqual([
      { id: chess.id, name: "chess" },
      { id: work.id, name: "Work" },
    ]);
    await expect(listCirclesForContact(database.db, other, ada)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCirclesForContact(database.db, owner, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
