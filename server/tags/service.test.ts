import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { archiveContact, createContact, listContacts } from "../contacts/service";
import { NotFoundError, UserInputError } from "../errors";
import { applyTag, createTag, listTags, listTagsForContact, mergeTags, recolourTag, removeTag, renameTag, unapplyTag } from "./service";

describe.each(testDatabaseKinds)("tags service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  const person = async (owner: string, displayName: string) => (await createContact(database.db, owner, { displayName })).id;
  const counts = async (owner: string) => (await listTags(database.db, owner)).map((tag) => [tag.name, tag.count]);

  it("creates a tag in stone unless a colour is picked, and refuses a name already used in any case", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const plain = await createTag(database.db, owner, { name: " investor " });
    expect(plain).toEqual({ id: plain.id, name: "investor", colour: "stone" });
    expect((await createTag(database.db, owner, { name: "Mentor", colour: "sky" })).colour).toBe("sky");
    await expect(createTag(database.db, owner, { name: "INVESTOR" })).rejects.toThrow(new UserInputError("You already have a tag called “INVESTOR”. Pick another name, or merge the two."));
    await expect(createTag(database.db, owner, { name: "x", colour: "gold" as never })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["colour"], message: "Pick a colour from the palette." })],
    });
    expect((await createTag(database.db, other, { name: "investor" })).name).toBe("investor");
    expect(await counts(owner)).toEqual([
      ["investor", 0],
      ["Mentor", 0],
    ]);
  });

  it("renames (even to a new case of its own name) and recolours, refusing a name another tag has", async () => {
    const owner = await createTestUser(database);
    const friends = await createTag(database.db, owner, { name: "friends" });
    await createTag(database.db, owner, { name: "family" });
    expect(await renameTag(database.db, owner, { id: friends.id, name: "Friends" })).toEqual({ ...friends, name: "Friends" });
    await expect(renameTag(database.db, owner, { id: friends.id, name: "Family" })).rejects.toBeInstanceOf(UserInputError);
    expect(await recolourTag(database.db, owner, { id: friends.id, colour: "rose" })).toEqual({ id: friends.id, name: "Friends", colour: "rose" });
  });

  it("applies and unapplies in bulk, idempotently, reporting only who changed", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const bea = await person(owner, "Bea");
    const cy = await person(owner, "Cy");
    const tag = await createTag(database.db, owner, { name: "climbers" });
    expect(await applyTag(database.db, owner, { tagId: tag.id, contactIds: [ada, ada] })).toEqual({ applied: [ada] });
    const second = await applyTag(database.db, owner, { tagId: tag.id, contactIds: [ada, bea, cy] });
    expect(second.applied.sort()).toEqual([bea, cy].sort());
    expect(await counts(owner)).toEqual([["climbers", 3]]);

    // Undoing the second apply leaves Ada, who was tagged before it.
    expect((await unapplyTag(database.db, owner, { tagId: tag.id, contactIds: second.applied })).removed.sort()).toEqual([bea, cy].sort());
    expect(await unapplyTag(database.db, owner, { tagId: tag.id, contactIds: [bea] })).toEqual({ removed: [] });
    expect((await listContacts(database.db, owner, { tagId: tag.id })).items.map((contact) => contact.displayName)).toEqual(["Ada"]);
  });

  it("counts only unarchived people", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const bea = await person(owner, "Bea");
    const tag = await createTag(database.db, owner, { name: "old school" });
    await applyTag(database.db, owner, { tagId: tag.id, contactIds: [ada, bea] });
    await archiveContact(database.db, owner, bea);
    expect(await counts(owner)).toEqual([["old school", 1]]);
  });

  it("tags no one when any of the people is not the owner's", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const mine = await person(owner, "Mine");
    const theirs = await person(other, "Theirs");
    const tag = await createTag(database.db, owner, { name: "mixed" });
    await expect(applyTag(database.db, owner, { tagId: tag.id, contactIds: [mine, theirs] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listTagsForContact(database.db, owner, mine)).toEqual([]);
  });

  it("merges one tag into another without duplicates and deletes the source", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const bea = await person(owner, "Bea");
    const cy = await person(owner, "Cy");
    const source = await createTag(database.db, owner, { name: "vc" });
    const target = await createTag(database.db, owner, { name: "investor", colour: "amber" });
    await applyTag(database.db, owner, { tagId: source.id, contactIds: [ada, bea] });
    await applyTag(database.db, owner, { tagId: target.id, contactIds: [bea, cy] });

    expect(await mergeTags(database.db, owner, { sourceId: source.id, targetId: target.id })).toEqual({ target, added: 1 });
    expect(await counts(owner)).toEqual([["investor", 3]]);
    expect(await listTagsForContact(database.db, owner, bea)).toEqual([target]);
    await expect(mergeTags(database.db, owner, { sourceId: target.id, targetId: target.id })).rejects.toBeInstanceOf(UserInputError);
    await expect(mergeTags(database.db, owner, { sourceId: source.id, targetId: target.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes a tag and leaves its people in place", async () => {
    const owner = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const tag = await createTag(database.db, owner, { name: "temporary" });
    await applyTag(database.db, owner, { tagId: tag.id, contactIds: [ada] });
    expect(await removeTag(database.db, owner, tag.id)).toEqual({ id: tag.id });
    await expect(removeTag(database.db, owner, tag.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listTags(database.db, owner)).toEqual([]);
    expect((await listContacts(database.db, owner, {})).items.map((contact) => contact.id)).toEqual([ada]);
  });

  it("lists a contact's tags A to Z, only for the owner's contacts", async () => {
    const owner = await createTestUser(database);
    const other = await createTestUser(database);
    const ada = await person(owner, "Ada");
    const zebra = await createTag(database.db, owner, { name: "Zebra", colour: "teal" });
    const apple = await createTag(database.db, owner, { name: "apple" });
    await createTag(database.db, owner, { name: "unused" });
    await applyTag(database.db, owner, { tagId: zebra.id, contactIds: [ada] });
    await applyTag(database.db, owner, { tagId: apple.id, contactIds: [ada] });
    expect(await listTagsForContact(database.db, owner, ada)).toEqual([apple, zebra]);
    await expect(listTagsForContact(database.db, other, ada)).rejects.toBeInstanceOf(NotFoundError);
  });
});
