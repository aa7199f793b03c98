import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact } from "../contacts/service";
import { NotFoundError, UserInputError } from "../errors";
import { addContribution, balanceFor, listContributions, removeContribution, updateContribution } from "./contributions";
import { addDisclosure, listDisclosures, removeDisclosure, updateDisclosure } from "./disclosures";
import { addFact, listFacts, removeFact, updateFact } from "./facts";
import {
  addTopicToContact,
  createTopic,
  getTopic,
  listTopics,
  listTopicsForContact,
  removeTopic,
  removeTopicFromContact,
  setTopicNote,
  updateTopic,
} from "./topics";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";
const todayUtc = () => new Date().toISOString().slice(0, 10);

describe.each(testDatabaseKinds)("knowledge services on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  async function ownerWithContacts(...names: string[]) {
    const owner = await createTestUser(database);
    const ids: string[] = [];
    for (const displayName of names) ids.push((await createContact(database.db, owner, { displayName })).id);
    return { owner, ids };
  }

  describe("facts", () => {
    it("lists a contact's facts most recently learned first, and only theirs", async () => {
      const { owner, ids } = await ownerWithContacts("Ada", "Grace");
      const [ada = "", grace = ""] = ids;
      await addFact(database.db, owner, { contactId: ada, kind: "family", text: "Two kids", learnedOn: "2025-03-03" });
      await addFact(database.db, owner, { contactId: ada, kind: "food", text: "Vegetarian", learnedOn: "2024-01-10" });
      await addFact(database.db, owner, { contactId: ada, kind: "likes", text: "Chess", learnedOn: "2025-03-03" });
      await addFact(database.db, owner, { contactId: grace, kind: "work", text: "Compilers", learnedOn: "2025-06-01" });

      const listed = await listFacts(database.db, owner, ada);
      // Same day: the one recorded later comes first.
      expect(listed.map((fact) => `${fact.kind}: ${fact.text} (${fact.learnedOn})`)).toEqual([
        "likes: Chess (2025-03-03)",
        "family: Two kids (2025-03-03)",
        "food: Vegetarian (2024-01-10)",
      ]);
    });

    it("trims input, dates a fact today by default, and refuses a future date or empty text", async () => {
      const { owner, ids } = await ownerWithContacts("Ada");
      const contactId = ids[0] ?? "";
      const fact = await addFact(database.db, owner, { contactId, kind: "  pets ", text: " A cat called Babbage " });
      expect(fact).toMatchObject({ kind: "pets", text: "A cat called Babbage", learnedOn: todayUtc() });

      await expect(addFact(database.db, owner, { contactId, kind: "pets", text: "Dog", learnedOn: "2999-01-01" })).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["learnedOn"], message: "Learned on cannot be in the future." })],
      });
      await expect(addFact(database.db, owner, { contactId, kind: "x".repeat(41), text: "  " })).rejects.toMatchObject({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ["kind"], message: "Kind must be at most 40 characters." }),
          expect.objectContaining({ path: ["text"], message: "Write what you learned." }),
        ]),
      });
      expect(await listFacts(database.db, owner, contactId)).toHaveLength(1);
    });

    it("updates only the fields given, and re-adding a removed fact puts it back in its place", async () => {
      const { owner, ids } = await ownerWithContacts("Ada");
      const contactId = ids[0] ?? "";
      const older = await addFact(database.db, owner, { contactId, kind: "likes", text: "Tea", learnedOn: "2023-05-01" });
      await addFact(database.db, owner, { contactId, kind: "dates", text: "Anniversary in June", learnedOn: "2024-02-02" });

      const updated = await updateFact(database.db, owner, { id: older.id, text: "Earl Grey, no milk" });
      expect(updated).toEqual({ ...older, text: "Earl Grey, no milk" });
      expect(await updateFact(database.db, owner, { id: older.id })).toEqual(updated);

      const removed = await removeFact(database.db, owner, older.id);
      expect((await listFacts(database.db, owner, contactId)).map((fact) => fact.text)).toEqual(["Anniversary in June"]);
      await addFact(database.db, owner, { contactId, kind: removed.kind, text: removed.text, learnedOn: removed.learnedOn });
      expect((await listFacts(database.db, owner, contactId)).map((fact) => fact.text)).toEqual(["Anniversary in June", "Earl Grey, no milk"]);
    });

    it("answers NotFound for a missing contact or fact, or one that is not a uuid", async () => {
      const { owner } = await ownerWithContacts();
      await expect(listFacts(database.db, owner, MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addFact(database.db, owner, { contactId: "nope", kind: "x", text: "y" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateFact(database.db, owner, { id: MISSING_ID, text: "y" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeFact(database.db, owner, "nope")).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("disclosures", () => {
    it("keeps a log of what was shared, newest first, with edits and removal", async () => {
      const { owner, ids } = await ownerWithContacts("Ada");
      const contactId = ids[0] ?? "";
      const job = await addDisclosure(database.db, owner, { contactId, text: "I am looking for a new job", sharedOn: "2026-01-12" });
      const move = await addDisclosure(database.db, owner, { contactId, text: "We plan to move to Lisbon", sharedOn: "2025-11-30" });
      const today = await addDisclosure(database.db, owner, { contactId, text: "My sister is getting married" });
      expect(today.sharedOn).toBe(todayUtc());

      await updateDisclosure(database.db, owner, { id: move.id, sharedOn: "2026-02-01" });
      await removeDisclosure(database.db, owner, today.id);
      expect((await listDisclosures(database.db, owner, contactId)).map((entry) => `${entry.sharedOn} ${entry.text}`)).toEqual([
        "2026-02-01 We plan to move to Lisbon",
        "2026-01-12 I am looking for a new job",
      ]);
      await expect(updateDisclosure(database.db, owner, { id: job.id, text: "" })).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["text"], message: "Write what you shared." })],
      });
      await expect(removeDisclosure(database.db, owner, today.id)).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("topics", () => {
    it("reuses a topic whatever the case of the name it is added by", async () => {
      const { owner, ids } = await ownerWithContacts("Ada", "Grace");
      const [ada = "", grace = ""] = ids;
      const first = await addTopicToContact(database.db, owner, { contactId: ada, name: " Rust ", note: "we pair on Advent of Code" });
      const second = await addTopicToContact(database.db, owner, { contactId: grace, name: "rust" });
      expect(second.id).toBe(first.id);
      expect(second.name).toBe("Rust");
      expect(first.note).toBe("we pair on Advent of Code");
      expect(await listTopics(database.db, owner)).toEqual([{ id: first.id, name: "Rust", description: null, peopleCount: 2 }]);

      await expect(createTopic(database.db, owner, { name: "RUST" })).rejects.toThrow(new UserInputError("You already have a topic called “Rust”. Pick another name, or use that one."));
      expect(await listTopics(database.db, owner)).toHaveLength(1);
    });

    it("links a contact once; linking again keeps the note unless a new one is given", async () => {
      const { owner, ids } = await ownerWithContacts("Ada");
      const contactId = ids[0] ?? "";
      const topic = await createTopic(database.db, owner, { name: "Parenting", description: "Toddlers, sleep" });
      await addTopicToContact(database.db, owner, { contactId, topicId: topic.id, note: "swap book tips" });
      expect((await addTopicToContact(database.db, owner, { contactId, name: "parenting" })).note).toBe("swap book tips");
      expect((await addTopicToContact(database.db, owner, { contactId, topicId: topic.id, note: "weekly call" })).note).toBe("weekly call");
      expect(await listTopicsForContact(database.db, owner, contactId)).toEqual([
        { id: topic.id, name: "Parenting", description: "Toddlers, sleep", contactId, note: "weekly call" },
      ]);
      await expect(addTopicToContact(database.db, owner, { contactId })).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["name"], message: "Enter a topic name." })],
      });
    });

    it("lists topics A to Z whatever their case, with everyone learning each", async () => {
      const { owner, ids } = await ownerWithContacts("Zoe", "ada", "Mo");
      const [zoe = "", ada = "", mo = ""] = ids;
      const cherry = await createTopic(database.db, owner, { name: "cherry" });
      const banana = await createTopic(database.db, owner, { name: "Banana", description: "" });
      await createTopic(database.db, owner, { name: "apple" });
      await addTopicToContact(database.db, owner, { contactId: zoe, topicId: banana.id, note: "smoothies" });
      await addTopicToContact(database.db, owner, { contactId: ada, topicId: banana.id });
      await addTopicToContact(database.db, owner, { contactId: mo, topicId: cherry.id });

      expect((await listTopics(database.db, owner)).map((topic) => `${topic.name} ${topic.peopleCount}`)).toEqual(["apple 0", "Banana 2", "cherry 1"]);
      expect(await getTopic(database.db, owner, banana.id)).toEqual({
        id: banana.id,
        name: "Banana",
        description: null,
        people: [
          { id: ada, displayName: "ada", photoUrl: null, note: null },
          { id: zoe, displayName: "Zoe", photoUrl: null, note: "smoothies" },
        ],
      });
    });

    it("renames a topic, refusing a name another topic has, in any case", async () => {
      const { owner } = await ownerWithContacts();
      const rust = await createTopic(database.db, owner, { name: "Rust" });
      const go = await createTopic(database.db, owner, { name: "Go" });
      expect(await updateTopic(database.db, owner, { id: rust.id, name: "rust lang", description: "The book, then Advent of Code" })).toEqual({
        id: rust.id,
        name: "rust lang",
        description: "The book, then Advent of Code",
      });
      // Changing only the case of its own name is fine.
      expect((await updateTopic(database.db, owner, { id: rust.id, name: "Rust Lang" })).name).toBe("Rust Lang");
      await expect(updateTopic(database.db, owner, { id: go.id, name: "RUST LANG" })).rejects.toThrow(new UserInputError("You already have a topic called “Rust Lang”. Pick another name, or use that one."));
      expect((await listTopics(database.db, owner)).map((topic) => topic.name)).toEqual(["Go", "Rust Lang"]);
    });

    it("edits and clears a contact's note, unlinks one contact, and deletes a topic from everyone", async () => {
      const { owner, ids } = await ownerWithContacts("Ada", "Grace");
      const [ada = "", grace = ""] = ids;
      const topic = await addTopicToContact(database.db, owner, { contactId: ada, name: "Chess" });
      await addTopicToContact(database.db, owner, { contactId: grace, topicId: topic.id });

      expect((await setTopicNote(database.db, owner, { contactId: ada, topicId: topic.id, note: " Sunday openings " })).note).toBe("Sunday openings");
      expect((await setTopicNote(database.db, owner, { contactId: ada, topicId: topic.id, note: "" })).note).toBeNull();

      await removeTopicFromContact(database.db, owner, { contactId: grace, topicId: topic.id });
      expect(await listTopicsForContact(database.db, owner, grace)).toEqual([]);
      expect((await listTopics(database.db, owner))[0]?.peopleCount).toBe(1);
      await expect(removeTopicFromContact(database.db, owner, { contactId: grace, topicId: topic.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(setTopicNote(database.db, owner, { contactId: grace, topicId: topic.id, note: "x" })).rejects.toBeInstanceOf(NotFoundError);

      await removeTopic(database.db, owner, topic.id);
      expect(await listTopicsForContact(database.db, owner, ada)).toEqual([]);
      expect(await listTopics(database.db, owner)).toEqual([]);
      await expect(getTopic(database.db, owner, topic.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("keeps each owner's topics apart: the same name is a different topic", async () => {
      const alice = await ownerWithContacts("Ada");
      const bob = await ownerWithContacts("Bo");
      const alices = await addTopicToContact(database.db, alice.owner, { contactId: alice.ids[0] ?? "", name: "Rust" });
      const bobs = await addTopicToContact(database.db, bob.owner, { contactId: bob.ids[0] ?? "", name: "rust" });
      expect(bobs.id).not.toBe(alices.id);
      expect(bobs.name).toBe("rust");
      await expect(addTopicToContact(database.db, bob.owner, { contactId: bob.ids[0] ?? "", topicId: alices.id })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("contributions", () => {
    it("keeps the balance of given and received, in total and by kind, through adds, edits and removals", async () => {
      const { owner, ids } = await ownerWithContacts("Ada", "Grace");
      const [ada = "", grace = ""] = ids;
      const advice = await addContribution(database.db, owner, { contactId: ada, direction: "given", kind: "advice", description: "CV review", occurredOn: "2025-01-05" });
      const intro = await addContribution(database.db, owner, { contactId: ada, direction: "given", kind: "intro", occurredOn: "2025-02-10" });
      await addContribution(database.db, owner, { contactId: ada, direction: "received", kind: "help", description: "Helped me move", occurredOn: "2025-03-01" });
      await addContribution(database.db, owner, { contactId: ada, direction: "given", kind: "gift", occurredOn: "2024-12-24" });
      await addContribution(database.db, owner, { contactId: grace, direction: "received", kind: "gift", occurredOn: "2025-01-01" });

      const first = await balanceFor(database.db, owner, ada);
      expect(first).toMatchObject({ given: 3, received: 1, balance: 2 });
      expect(first.byKind).toEqual({
        intro: { given: 1, received: 0 },
        advice: { given: 1, received: 0 },
        help: { given: 0, received: 1 },
        referral: { given: 0, received: 0 },
        gift: { given: 1, received: 0 },
        other: { given: 0, received: 0 },
      });

      await removeContribution(database.db, owner, intro.id);
      await addContribution(database.db, owner, { contactId: ada, direction: "received", kind: "advice", occurredOn: "2025-04-01" });
      await updateContribution(database.db, owner, { id: advice.id, direction: "received" });
      const second = await balanceFor(database.db, owner, ada);
      expect(second).toMatchObject({ given: 1, received: 3, balance: -2 });
      expect(second.byKind.advice).toEqual({ given: 0, received: 2 });

      expect((await listContributions(database.db, owner, ada)).map((entry) => `${entry.occurredOn} ${entry.direction} ${entry.kind}`)).toEqual([
        "2025-04-01 received advice",
        "2025-03-01 received help",
        "2025-01-05 received advice",
        "2024-12-24 given gift",
      ]);
      expect(await balanceFor(database.db, owner, grace)).toMatchObject({ given: 0, received: 1, balance: -1 });
    });

    it("dates an entry today by default, leaves the description empty, and refuses an unknown kind", async () => {
      const { owner, ids } = await ownerWithContacts("Ada");
      const contactId = ids[0] ?? "";
      expect(await addContribution(database.db, owner, { contactId, direction: "received", kind: "referral", description: "  " })).toMatchObject({
        description: null,
        occurredOn: todayUtc(),
      });
      await expect(addContribution(database.db, owner, { contactId, direction: "given", kind: "bribe" as "gift" })).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["kind"], message: "Pick what kind of contribution it was." })],
      });
      expect(await balanceFor(database.db, owner, contactId)).toMatchObject({ given: 0, received: 1, balance: -1 });
      await expect(balanceFor(database.db, owner, MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
