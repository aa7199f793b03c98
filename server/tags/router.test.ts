import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("tags procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.tags.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's tag or contact, and changes nothing", async () => {
    const { alice, bob } = callers;
    const friend = await alice.contacts.create({ displayName: "Alice's friend" });
    const tag = await alice.tags.create({ name: "close", colour: "violet" });
    const other = await alice.tags.create({ name: "work" });
    await alice.tags.applyTo({ tagId: tag.id, contactIds: [friend.id] });
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsTag = await bob.tags.create({ name: "mine" });

    await expectAllNotFound([
      ["rename", () => bob.tags.rename({ id: tag.id, name: "Hijacked" })],
      ["recolour", () => bob.tags.recolour({ id: tag.id, colour: "red" })],
      ["merge their tag into mine", () => bob.tags.merge({ sourceId: tag.id, targetId: bobsTag.id })],
      ["merge my tag into theirs", () => bob.tags.merge({ sourceId: bobsTag.id, targetId: tag.id })],
      ["merge theirs into theirs", () => bob.tags.merge({ sourceId: other.id, targetId: tag.id })],
      ["remove", () => bob.tags.remove({ id: tag.id })],
      ["applyTo with their tag", () => bob.tags.applyTo({ tagId: tag.id, contactIds: [bobsContact.id] })],
      ["applyTo to their contact", () => bob.tags.applyTo({ tagId: bobsTag.id, contactIds: [friend.id] })],
      ["unapplyFrom", () => bob.tags.unapplyFrom({ tagId: tag.id, contactIds: [friend.id] })],
      ["listForContact", () => bob.tags.listForContact({ contactId: friend.id })],
    ]);
    expect(await alice.tags.list()).toEqual([
      { ...tag, count: 1 },
      { ...other, count: 0 },
    ]);
    expect(await alice.tags.listForContact({ contactId: friend.id })).toEqual([tag]);
    expect(await bob.tags.list()).toEqual([{ ...bobsTag, count: 0 }]);
  });
});
