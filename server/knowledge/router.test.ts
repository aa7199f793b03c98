import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("knowledge procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.knowledge.topics.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's contact, topic or entry, and changes nothing", async () => {
    const { alice, bob } = callers;
    const contact = await alice.contacts.create({ displayName: "Alice's friend" });
    const fact = await alice.knowledge.facts.add({ contactId: contact.id, kind: "family", text: "Two kids", learnedOn: "2025-03-03" });
    const disclosure = await alice.knowledge.disclosures.add({ contactId: contact.id, text: "I am changing jobs", sharedOn: "2025-04-04" });
    const contribution = await alice.knowledge.contributions.add({ contactId: contact.id, direction: "given", kind: "advice", occurredOn: "2025-05-05" });
    const topic = await alice.knowledge.topics.addToContact({ contactId: contact.id, name: "Rust", note: "Advent of Code" });
    const bobsContact = await bob.contacts.create({ displayName: "Bob's friend" });
    const bobsTopic = await bob.knowledge.topics.create({ name: "Go" });

    const snapshot = async () => ({
      facts: await alice.knowledge.facts.list({ contactId: contact.id }),
      disclosures: await alice.knowledge.disclosures.list({ contactId: contact.id }),
      contributions: await alice.knowledge.contributions.list({ contactId: contact.id }),
      balance: await alice.knowledge.contributions.balance({ contactId: contact.id }),
      topics: await alice.knowledge.topics.list(),
      topic: await alice.knowledge.topics.get({ id: topic.id }),
      contactTopics: await alice.knowledge.topics.listForContact({ contactId: contact.id }),
    });
    const before = await snapshot();

    const contactId = contact.id;
    await expectAllNotFound([
      ["facts.list", () => bob.knowledge.facts.list({ contactId })],
      ["facts.add", () => bob.knowledge.facts.add({ contactId, kind: "work", text: "Planted" })],
      ["facts.update", () => bob.knowledge.facts.update({ id: fact.id, text: "Hijacked" })],
      ["facts.remove", () => bob.knowledge.facts.remove({ id: fact.id })],
      ["disclosures.list", () => bob.knowledge.disclosures.list({ contactId })],
      ["disclosures.add", () => bob.knowledge.disclosures.add({ contactId, text: "Planted" })],
      ["disclosures.update", () => bob.knowledge.disclosures.update({ id: disclosure.id, text: "Hijacked" })],
      ["disclosures.remove", () => bob.knowledge.disclosures.remove({ id: disclosure.id })],
      ["contributions.list", () => bob.knowledge.contributions.list({ contactId })],
      ["contributions.balance", () => bob.knowledge.contributions.balance({ contactId })],
      ["contributions.add", () => bob.knowledge.contributions.add({ contactId, direction: "received", kind: "gift" })],
      ["contributions.update", () => bob.knowledge.contributions.update({ id: contribution.id, direction: "received" })],
      ["contributions.remove", () => bob.knowledge.contributions.remove({ id: contribution.id })],
      ["topics.get", () => bob.knowledge.topics.get({ id: topic.id })],
      ["topics.update", () => bob.knowledge.topics.update({ id: topic.id, name: "Hijacked" })],
      ["topics.remove", () => bob.knowledge.topics.remove({ id: topic.id })],
      ["topics.listForContact", () => bob.knowledge.topics.listForContact({ contactId })],
      ["topics.addToContact by name", () => bob.knowledge.topics.addToContact({ contactId, name: "Planted" })],
      ["topics.addToContact with own topic", () => bob.knowledge.topics.addToContact({ contactId, topicId: bobsTopic.id })],
      ["topics.addToContact to own contact", () => bob.knowledge.topics.addToContact({ contactId: bobsContact.id, topicId: topic.id })],
      ["topics.setNote", () => bob.knowledge.topics.setNote({ contactId, topicId: topic.id, note: "Hijacked" })],
      ["topics.removeFromContact", () => bob.knowledge.topics.removeFromContact({ contactId, topicId: topic.id })],
    ]);

    expect(await snapshot()).toEqual(before);
    expect(before.topic.people).toEqual([{ id: contact.id, displayName: "Alice's friend", photoUrl: null, note: "Advent of Code" }]);
    expect(await bob.knowledge.topics.list()).toEqual([{ ...bobsTopic, peopleCount: 0 }]);
    expect(await bob.knowledge.topics.listForContact({ contactId: bobsContact.id })).toEqual([]);
  });
});
