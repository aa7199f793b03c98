import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContact, createTestDatabase, createTestInteraction, createTestUser, testDatabaseKinds, type TestContactFields, type TestDatabase } from "@/db/testing";
import { interactions, users } from "@/db/schema";
import type { Initiator, Place, TieContext } from "@/db/schema/vocabulary";
import { NotFoundError } from "../errors";
import { getTie, getTieStrengths } from "./service";

const now = new Date("2025-06-15T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

const lisbon: Place = { id: "2267057", name: "Lisbon", region: "Lisbon", countryCode: "PT", country: "Portugal", latitude: 38.71667, longitude: -9.13333 };
const porto: Place = { id: "2735943", name: "Porto", region: "Porto", countryCode: "PT", country: "Portugal", latitude: 41.14961, longitude: -8.61099 };

describe.each(testDatabaseKinds)("ties service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  const addContact = (ownerId: string, fields: TestContactFields = {}) => createTestContact(database, ownerId, "Someone", fields);
  const addInteraction = (ownerId: string, contactIds: string[], occurredAt: Date, initiator: Initiator, contexts: TieContext[] = []) =>
    createTestInteraction(database, ownerId, contactIds, occurredAt, { initiator, contexts });

  it("measures a tie with nothing known: strength 0, and says which components are left out", async () => {
    const owner = await createTestUser(database);
    const contact = await addContact(owner);
    const tie = await getTie(database.db, owner, contact, now);
    expect(tie).toMatchObject({
      strength: 0,
      band: "weak",
      duration: null,
      proximity: null,
      recency: null,
      frequency: 0,
      reciprocity: null,
      interactionCount: 0,
      initiators: { me: 0, them: 0, mutual: 0 },
      multiplexity: { count: 0, contexts: [] },
    });
    expect(tie.breakdown.components.map((c) => c.key)).toEqual(["frequency", "recency", "multiplexity"]);
    expect(tie.breakdown.leftOut.map((c) => c.key)).toEqual(["duration", "intimacy", "reciprocity", "proximity"]);
    expect((await getTieStrengths(database.db, owner, undefined, now)).get(contact)).toBe(0);
  });

  it("changes the figures as interactions are added, edited and deleted", async () => {
    const owner = await createTestUser(database);
    await database.db.update(users).set({ homePlace: lisbon }).where(eq(users.id, owner));
    const contact = await addContact(owner, { knowsMe: 3, knownSince: "2019-03-14", contexts: ["work"], place: porto });

    // Before any interaction: frequency 0 and recency 0 (known, scored 0); reciprocity left out,
    // weights renormalised over 1 - 0.10 = 0.90:
    // duration: 2019-03-14 to 2025-06-15 = 2192 + 93 = 2285 days = 6.256 years; ln(7.256)/ln(11) = 0.82649
    // intimacy 3 -> 2/3; multiplexity 1 (work) -> 0.25; proximity same country -> 0.5
    // (0.15 x 0.82649 + 0.10 x 0.66667 + 0.15 x 0.25 + 0.05 x 0.5) / 0.90
    //   = (0.123973 + 0.066667 + 0.0375 + 0.025) / 0.90 = 0.253140 / 0.90 = 0.28127 -> 28
    let tie = await getTie(database.db, owner, contact, now);
    expect(tie.strength).toBe(28);
    expect(tie.breakdown.note).toBe("Reciprocity is unknown, so it is left out and the other weights are scaled up to add to 100%.");
    expect(tie.proximity).toMatchObject({ band: "same_country", from: { name: "Lisbon" }, to: { name: "Porto" } });
    expect(Math.round(tie.proximity?.km ?? 0)).toBe(274);

    const recent = await addInteraction(owner, [contact], daysAgo(10), "them", ["friendship"]);
    const middle = await addInteraction(owner, [contact], daysAgo(100), "me", ["work", "learning"]);
    await addInteraction(owner, [contact], daysAgo(400), "mutual");

    // frequency: 2 in the last 365 days (400 days ago is outside): ln(3)/ln(53) = 1.09861/3.97029 = 0.27671
    // recency: 10 days: 0.5^(10/90) = 0.92587
    // multiplexity: work, friendship, learning = 3 -> 0.75
    // reciprocity: me 1, them 1, mutual 1: share (1 + 0.5)/3 = 0.5 -> balance 1
    // 100 x (0.25 x 0.27671 + 0.20 x 0.92587 + 0.15 x 0.82649 + 0.10 x 0.66667 + 0.15 x 0.75 + 0.10 x 1 + 0.05 x 0.5)
    //   = 6.918 + 18.517 + 12.397 + 6.667 + 11.25 + 10 + 2.5 = 68.25 -> 68
    tie = await getTie(database.db, owner, contact, now);
    expect(tie).toMatchObject({
      strength: 68,
      band: "strong",
      frequency: 2,
      interactionCount: 3,
      initiators: { me: 1, them: 1, mutual: 1 },
      reciprocity: { theirShare: 0.5, balance: 1 },
      recency: { days: 10, lastAt: daysAgo(10) },
      duration: { since: "2019-03-14", source: "known_since", days: 2285, years: 6 },
      multiplexity: { count: 3, contexts: ["work", "friendship", "learning"], stated: ["work"], fromInteractions: ["work", "friendship", "learning"] },
    });
    expect(tie.breakdown.leftOut).toEqual([]);

    // Edit: the recent one moves to 200 days ago and I started it.
    await database.db.update(interactions).set({ occurredAt: daysAgo(200), initiator: "me", contexts: [] }).where(eq(interactions.id, recent));
    // frequency still 2 -> 0.27671; recency 100 days: 0.5^(100/90) = 0.46294
    // multiplexity: work, learning = 2 -> 0.5; reciprocity: me 2, mutual 1: share 0.5/3 = 1/6, balance 1 - 2 x 1/3 = 1/3
    // 6.918 + 0.20 x 46.294 + 12.397 + 6.667 + 0.15 x 50 + 0.10 x 33.333 + 2.5
    //   = 6.918 + 9.259 + 12.397 + 6.667 + 7.5 + 3.333 + 2.5 = 48.57 -> 49
    tie = await getTie(database.db, owner, contact, now);
    expect(tie).toMatchObject({ strength: 49, recency: { days: 100 }, initiators: { me: 2, them: 0, mutual: 1 }, multiplexity: { count: 2 } });

    // Delete the one 100 days ago: last contact 200 days ago, 1 in the last year.
    await database.db.delete(interactions).where(eq(interactions.id, middle));
    // frequency: ln(2)/ln(53) = 0.17458; recency: 0.5^(200/90) = 0.21433; multiplexity: work (stated) -> 0.25
    // reciprocity: me 1, mutual 1: share 0.25, balance 0.5
    // 0.25 x 17.458 + 0.20 x 21.433 + 12.397 + 6.667 + 0.15 x 25 + 0.10 x 50 + 2.5
    //   = 4.365 + 4.287 + 12.397 + 6.667 + 3.75 + 5 + 2.5 = 38.97 -> 39
    tie = await getTie(database.db, owner, contact, now);
    expect(tie).toMatchObject({ strength: 39, frequency: 1, interactionCount: 2, recency: { days: 200 }, reciprocity: { theirShare: 0.25, balance: 0.5 } });
    expect((await getTieStrengths(database.db, owner, [contact], now)).get(contact)).toBe(39);
  });

  it("counts the frequency window as 365 days back, ignores interactions after now, and counts shared ones for each contact", async () => {
    const owner = await createTestUser(database);
    const a = await addContact(owner);
    const b = await addContact(owner);
    await addInteraction(owner, [a, b], daysAgo(364), "me");
    await addInteraction(owner, [a], daysAgo(366), "me");
    await addInteraction(owner, [a], new Date(now.getTime() + 3_600_000), "them");
    const tieA = await getTie(database.db, owner, a, now);
    expect(tieA).toMatchObject({ frequency: 1, interactionCount: 2, initiators: { me: 2, them: 0, mutual: 0 }, recency: { days: 364 } });
    // Duration from the first interaction, 366 days ago: 2024-06-14T12:00Z to 2025-06-15T12:00Z.
    expect(tieA.duration).toMatchObject({ since: "2024-06-14", source: "first_interaction", days: 366, years: 1 });
    expect(await getTie(database.db, owner, b, now)).toMatchObject({ frequency: 1, interactionCount: 1 });
  });

  it("gives every non-archived contact's strength in one call, the same as each tie, or only those asked for", async () => {
    const owner = await createTestUser(database);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await addContact(owner, { knowsMe: (i % 4) + 1, contexts: i % 2 ? ["family", "hobby"] : [] });
      for (let j = 0; j < i * 3; j++) await addInteraction(owner, [id], daysAgo(j * 20 + i), (["me", "them", "mutual"] as const)[j % 3] ?? "me", j % 2 ? ["work"] : []);
      ids.push(id);
    }
    const archived = await addContact(owner, { archivedAt: now });

    const all = await getTieStrengths(database.db, owner, undefined, now);
    expect([...all.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(all.get(id)).toBe((await getTie(database.db, owner, id, now)).strength);
    // The contacts differ, so the strengths are not all alike.
    expect(new Set(all.values()).size).toBeGreaterThan(3);

    const some = await getTieStrengths(database.db, owner, [ids[1] as string, archived, "not-a-uuid"], now);
    expect([...some.keys()].sort()).toEqual([ids[1], archived].sort());
    expect(some.get(ids[1] as string)).toBe(all.get(ids[1] as string));
    expect((await getTieStrengths(database.db, owner, [], now)).size).toBe(0);
  });

  it("keeps each owner's ties to themselves", async () => {
    const alice = await createTestUser(database, "Alice");
    const bob = await createTestUser(database, "Bob");
    const alicesContact = await addContact(alice, { knowsMe: 4 });
    const bobsContact = await addContact(bob);
    await addInteraction(alice, [alicesContact], daysAgo(1), "them");

    await expect(getTie(database.db, bob, alicesContact, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTie(database.db, bob, "not-a-uuid", now)).rejects.toBeInstanceOf(NotFoundError);
    expect([...(await getTieStrengths(database.db, bob, undefined, now)).keys()]).toEqual([bobsContact]);
    expect((await getTieStrengths(database.db, bob, [alicesContact], now)).size).toBe(0);
    // Bob's home city does not measure Alice's proximity, nor does his interaction count for her contact.
    await database.db.update(users).set({ homePlace: lisbon }).where(eq(users.id, bob));
    await addInteraction(bob, [alicesContact], daysAgo(2), "me");
    expect(await getTie(database.db, alice, alicesContact, now)).toMatchObject({ proximity: null, interactionCount: 1, initiators: { me: 0, them: 1, mutual: 0 } });
  });
});
