import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("ties procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("answers NOT_FOUND when another owner asks for a tie, and the owner still gets it", async () => {
    const { alice, bob } = callers;
    const contact = await alice.contacts.create({ displayName: "Alice's friend", knowsMe: 4, contexts: ["work", "family"] });
    await expectAllNotFound([
      ["get", () => bob.ties.get({ contactId: contact.id })],
      ["get with a bad id", () => bob.ties.get({ contactId: "not-a-uuid" })],
    ]);
    // knowsMe 4 -> 1 and two contexts -> 0.5, with frequency and recency 0:
    // (0.10 x 1 + 0.15 x 0.5) / (0.25 + 0.20 + 0.10 + 0.15) = 0.175 / 0.70 = 0.25 -> 25
    expect(await alice.ties.get({ contactId: contact.id })).toMatchObject({ contactId: contact.id, strength: 25, knowsMe: 4 });
  });
});
