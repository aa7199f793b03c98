import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("circles procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.circles.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's circle or contact, and changes nothing", async () => {
    const { alice, bob } = callers;
    const friend = await alice.contacts.create({ displayName: "Alice's friend" });
    const circle = await alice.circles.create({ name: "Alice's circle", cadenceDays: 30 });
    await alice.circles.addMembers({ circleId: circle.id, contactIds: [friend.id] });
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsCircle = await bob.circles.create({ name: "Bob's circle" });
    const before = await alice.circles.get({ id: circle.id });

    await expectAllNotFound([
      ["get", () => bob.circles.get({ id: circle.id })],
      ["update", () => bob.circles.update({ id: circle.id, name: "Hijacked" })],
      ["remove", () => bob.circles.remove({ id: circle.id })],
      ["addMembers to their circle", () => bob.circles.addMembers({ circleId: circle.id, contactIds: [bobsContact.id] })],
      ["addMembers of their contact", () => bob.circles.addMembers({ circleId: bobsCircle.id, contactIds: [friend.id] })],
      ["removeMember", () => bob.circles.removeMember({ circleId: circle.id, contactId: friend.id })],
      ["listForContact", () => bob.circles.listForContact({ contactId: friend.id })],
    ]);
    expect(await alice.circles.get({ id: circle.id })).toEqual(before);
    expect((await bob.circles.list()).map((c) => [c.name, c.memberCount])).toEqual([["Bob's circle", 0]]);
  });

  it("says clearly when a name is taken", async () => {
    const { alice } = callers;
    await alice.circles.create({ name: "Running club" });
    await expect(alice.circles.create({ name: "running CLUB" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "You already have a circle called “running CLUB”. Pick another name.",
    });
  });
});
