import { asc, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contacts, interactionContacts, interactions, interactionSummaries } from "@/db/schema";
import { INITIATORS, TIE_CONTEXTS } from "@/db/schema/vocabulary";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact, removeContact } from "../contacts/service";
import { logInteraction, removeInteraction, updateInteraction } from "./service";

const DAY = 86_400_000;
const START = Date.parse("2025-01-01T12:00:00Z");

// What the service and raw SQL may do to interactions, by index into what exists at the time.
const operation = fc.oneof(
  fc.record({ kind: fc.constant("log" as const), people: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }), day: fc.nat(400), initiator: fc.constantFrom(...INITIATORS), contexts: fc.subarray([...TIE_CONTEXTS]) }),
  fc.record({ kind: fc.constant("update" as const), which: fc.nat(), people: fc.option(fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }), { nil: undefined }), day: fc.option(fc.nat(400), { nil: undefined }), initiator: fc.option(fc.constantFrom(...INITIATORS), { nil: undefined }), contexts: fc.option(fc.subarray([...TIE_CONTEXTS]), { nil: undefined }) }),
  fc.record({ kind: fc.constant("remove" as const), which: fc.nat() }),
  fc.record({ kind: fc.constant("redate in SQL" as const), which: fc.nat(), day: fc.nat(400) }),
  fc.record({ kind: fc.constant("remove contact" as const), person: fc.nat(4) }),
);

describe.each(testDatabaseKinds)("interaction summaries on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  /** Each contact's interactions added up from the tables, the way the summaries should have them. */
  async function addedUp(contactIds: string[]) {
    const rows = await database.db
      .select({ contactId: interactionContacts.contactId, occurredAt: interactions.occurredAt, initiator: interactions.initiator, contexts: interactions.contexts })
      .from(interactionContacts)
      .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
      .where(inArray(interactionContacts.contactId, contactIds));
    const expected = new Map<string, { interactionCount: number; firstAt: number; lastAt: number; initiatedByMe: number; initiatedByThem: number; initiatedMutually: number; contexts: string[] }>();
    for (const row of rows) {
      const at = row.occurredAt.getTime();
      const sum = expected.get(row.contactId) ?? { interactionCount: 0, firstAt: at, lastAt: at, initiatedByMe: 0, initiatedByThem: 0, initiatedMutually: 0, contexts: [] };
      sum.interactionCount++;
      sum.firstAt = Math.min(sum.firstAt, at);
      sum.lastAt = Math.max(sum.lastAt, at);
      if (row.initiator === "me") sum.initiatedByMe++;
      if (row.initiator === "them") sum.initiatedByThem++;
      if (row.initiator === "mutual") sum.initiatedMutually++;
      sum.contexts = [...new Set([...sum.contexts, ...row.contexts])].sort();
      expected.set(row.contactId, sum);
    }
    return expected;
  }

  async function summaries(contactIds: string[]) {
    const rows = await database.db.select().from(interactionSummaries).where(inArray(interactionSummaries.contactId, contactIds)).orderBy(asc(interactionSummaries.contactId));
    return new Map(rows.map(({ contactId, firstAt, lastAt, ...row }) => [contactId, { ...row, firstAt: firstAt.getTime(), lastAt: lastAt.getTime() }]));
  }

  it("match the interactions after any sequence of logging, editing and deleting, through the service or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const owner = await createTestUser(database);
        const people: string[] = [];
        for (const name of ["Ada", "Bea", "Cy", "Dov", "Eli"]) people.push((await createContact(database.db, owner, { displayName: name })).id);
        const alive = () => people.filter((id) => id !== "");
        const chosen = (indices: number[]) => [...new Set(indices.map((i) => people[i]!).filter((id) => id !== ""))];

        for (const step of operations) {
          if (step.kind === "log") {
            const contactIds = chosen(step.people);
            if (contactIds.length === 0) continue;
            const at = new Date(START + step.day * DAY);
            await logInteraction(database.db, owner, { contactIds, occurredAt: at, channel: "call", initiator: step.initiator, contexts: step.contexts });
          } else if (step.kind === "remove contact") {
            if (people[step.person] === "") continue;
            await removeContact(database.db, owner, people[step.person]!);
            people[step.person] = "";
          } else {
            const existing = await database.db.select({ id: interactions.id }).from(interactions).where(eq(interactions.ownerId, owner));
            const id = existing.length > 0 ? existing[step.which % existing.length]!.id : null;
            if (!id) continue;
            if (step.kind === "remove") await removeInteraction(database.db, owner, id);
            if (step.kind === "redate in SQL") await database.db.update(interactions).set({ occurredAt: new Date(START + step.day * DAY) }).where(eq(interactions.id, id));
            if (step.kind === "update") {
              const contactIds = step.people ? chosen(step.people) : undefined;
              await updateInteraction(database.db, owner, {
                id,
                contactIds: contactIds && contactIds.length > 0 ? contactIds : undefined,
                occurredAt: step.day === undefined ? undefined : new Date(START + step.day * DAY),
                initiator: step.initiator,
                contexts: step.contexts,
              });
            }
          }
        }
        const everyone = (await database.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.ownerId, owner))).map((row) => row.id);
        expect(everyone.sort()).toEqual(alive().sort());
        expect(await summaries(everyone)).toEqual(await addedUp(everyone));
      }),
      { numRuns: 30 },
    );
  });

  it("leave out another owner's interaction wrongly linked to a contact", async () => {
    const alice = await createTestUser(database, "Alice");
    const bob = await createTestUser(database, "Bob");
    const alicesContact = (await createContact(database.db, alice, { displayName: "Cy" })).id;
    const [bobsInteraction] = await database.db.insert(interactions).values({ ownerId: bob, occurredAt: new Date(START), channel: "call", initiator: "me" }).returning({ id: interactions.id });
    await database.db.insert(interactionContacts).values({ interactionId: bobsInteraction!.id, contactId: alicesContact });
    expect(await summaries([alicesContact])).toEqual(new Map());
  });
});
