import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("interactions procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.interactions.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's interaction or contact, and changes nothing", async () => {
    const { alice, bob } = callers;
    const friend = await alice.contacts.create({ displayName: "Alice's friend" });
    const logged = await alice.interactions.log({ channel: "call", notes: "private", contactIds: [friend.id] });
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });

    await expectAllNotFound([
      ["get", () => bob.interactions.get({ id: logged.id })],
      ["update", () => bob.interactions.update({ id: logged.id, notes: "Hijacked", contactIds: [bobsContact.id] })],
      ["remove", () => bob.interactions.remove({ id: logged.id })],
      ["list", () => bob.interactions.list({ contactId: friend.id })],
      ["count", () => bob.interactions.count({ contactId: friend.id })],
      ["log", () => bob.interactions.log({ channel: "call", contactIds: [friend.id] })],
      ["log with a mix", () => bob.interactions.log({ channel: "call", contactIds: [bobsContact.id, friend.id] })],
      ["update own with a foreign contact", async () => {
        const own = await bob.interactions.log({ channel: "email", contactIds: [bobsContact.id] });
        try {
          return await bob.interactions.update({ id: own.id, contactIds: [friend.id] });
        } finally {
          expect((await bob.interactions.get({ id: own.id })).participants).toEqual([{ id: bobsContact.id, displayName: "Bob's friend" }]);
          await bob.interactions.remove({ id: own.id });
        }
      }],
    ]);

    expect((await bob.interactions.list({})).items).toEqual([]);
    expect(await bob.interactions.count({})).toBe(0);
    expect(await alice.interactions.get({ id: logged.id })).toEqual(logged);
    expect((await alice.interactions.list({ contactId: friend.id })).items).toEqual([logged]);
  });

  it("reports a bad request with the field's message", async () => {
    const { alice } = callers;
    const friend = await alice.contacts.create({ displayName: "Dana" });
    const error = await alice.interactions.log({ channel: "call", contactIds: [friend.id], occurredAt: new Date(Date.now() + 3 * 86_400_000) }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await alice.interactions.count({ contactId: friend.id })).toBe(0);
  });
});
