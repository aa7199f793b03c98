import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  circles,
  companies,
  contacts,
  employments,
  interactionContacts,
  interactions,
  notifications,
  tags,
  users,
  type Place,
} from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { demoContacts } from "../contacts/demo-network";
import { createContact, listContacts } from "../contacts/service";
import { createCaller } from "../trpc/router";
import {
  demoCircles,
  demoContributions,
  demoDisclosures,
  demoFacts,
  demoFormerJobs,
  demoInteractions,
  demoTags,
  demoTies,
  demoTopics,
} from "./relationships";
import { loadDemoNetwork, type DemoNetworkCounts } from "./service";

const DAY_MS = 86_400_000;

function utcDay(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}

describe("the sample network's data", () => {
  it("refers only to contacts that exist in the sample, each tie at most once", () => {
    const names = new Set(demoContacts.map((contact) => contact.displayName));
    const referenced = [
      ...demoInteractions.flatMap((interaction) => interaction.with),
      ...Object.keys(demoTies),
      ...demoCircles.flatMap((circle) => circle.members),
      ...demoTags.flatMap((tag) => tag.members),
      ...demoTopics.flatMap((topic) => Object.keys(topic.with)),
      ...[...demoFacts, ...demoDisclosures, ...demoContributions, ...demoFormerJobs].map((entry) => entry.contact),
    ];
    expect(referenced.filter((name) => !names.has(name))).toEqual([]);
    for (const interaction of demoInteractions) expect(new Set(interaction.with).size, interaction.notes).toBe(interaction.with.length);
  });

  it("dates every interaction in the past, within about two years", () => {
    expect(demoInteractions.filter((interaction) => interaction.daysAgo < 1 || interaction.daysAgo > 730)).toEqual([]);
  });
});

describe.each(testDatabaseKinds)("loading the sample network on %s", (kind) => {
  let database: TestDatabase;
  let owner: string;
  let other: string;
  let otherContactId: string;
  let counts: DemoNetworkCounts;
  let loadedAt: Date;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    other = await createTestUser(database, "Alice");
    otherContactId = (await createContact(database.db, other, { displayName: "Alice's friend", company: "Tidewright" })).id;
    owner = await createTestUser(database, "Bob");
    loadedAt = new Date();
    counts = await loadDemoNetwork(database.db, owner);
  });
  afterAll(() => database.destroy());

  it("adds the whole network and says how much", async () => {
    expect(counts).toEqual({
      contacts: 60,
      interactions: 387,
      circles: 7,
      tags: 8,
      topics: 6,
      facts: 20,
      disclosures: 13,
      contributions: 28,
      // The 21 employers of the 43 contacts with a job; past jobs are all at one of them.
      companies: 21,
      formerJobs: 6,
      alterTies: 95,
      notifications: expect.any(Number) as number,
    });
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(interactions)
      .where(eq(interactions.ownerId, owner));
    expect(row?.n).toBe(387);
    const [owed] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.ownerId, owner), eq(notifications.kind, "due")));
    // One "catch up" notification per overdue contact (see below).
    expect(owed?.n).toBe(8);
  });

  it("puts some people overdue and some due this week at load time, and keeps the snoozed and the never-reminded off the list", async () => {
    // Written out in full: drizzle leaves a lone table's columns unqualified, which a subquery would misread.
    const last = sql`(select max(i.occurred_at) from interaction_contacts ic join interactions i on i.id = ic.interaction_id where ic.contact_id = contacts.id)`;
    const rows = await database.db
      .select({
        name: contacts.displayName,
        own: contacts.cadenceDays,
        inherited: sql<number | null>`(select min(c.cadence_days) from circle_members m join circles c on c.id = m.circle_id where m.contact_id = contacts.id)`,
        lastInteractionAt: sql`${last}`.mapWith(contacts.createdAt),
        createdAt: contacts.createdAt,
        snoozedUntil: contacts.snoozedUntil,
      })
      .from(contacts)
      .where(eq(contacts.ownerId, owner));

    const daysOverdue = new Map<string, number>();
    for (const row of rows) {
      const cadence = row.own ?? row.inherited;
      if (!cadence) continue;
      const lastTouch = row.lastInteractionAt ?? row.createdAt;
      const dueAt = Math.max(lastTouch.getTime() + cadence * DAY_MS, row.snoozedUntil?.getTime() ?? 0);
      daysOverdue.set(row.name, utcDay(loadedAt) - utcDay(new Date(dueAt)));
    }
    const within = (low: number, high: number) =>
      [...daysOverdue]
        .filter(([, days]) => days >= low && days <= high)
        .map(([name]) => name)
        .sort();

    expect(within(1, Infinity)).toEqual(
      ["Camila Souza", "Chidi Okafor", "Claire Donnelly", "Filipe Rocha", "Nadia Petrova", "Oluwaseun Adeyemi", "Patricia Whitaker", "Rhys Morgan"].sort(),
    );
    expect(within(-6, 0)).toEqual(["Danny Hughes", "Gonçalo Ribeiro", "Hannah Lindqvist", "Jake Thompson", "Linda Whitaker", "Rui Ferreira", "Siddharth Rao"].sort());
    expect(daysOverdue.get("Patricia Whitaker")).toBe(5);
    expect(daysOverdue.get("Linda Whitaker")).toBe(-3);
    // Ten days overdue without the snooze; the snooze moves Danny to three days from now, and Grace further.
    expect(daysOverdue.get("Danny Hughes")).toBe(-3);
    expect(daysOverdue.get("Grace Wanjiru")).toBe(-10);
    // Marta's own cadence of 0 wins over the Family circle's 30 days.
    expect(daysOverdue.has("Marta Ferreira")).toBe(false);
    expect(rows.find((row) => row.name === "Marta Ferreira")?.inherited).toBe(30);
  });

  it("dates every interaction after its people met the user and before now, and leaves a few people with none", async () => {
    const rows = await database.db
      .select({ name: contacts.displayName, knownSince: contacts.knownSince, occurredAt: interactions.occurredAt, notes: interactions.notes })
      .from(interactionContacts)
      .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
      .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
      .where(eq(interactions.ownerId, owner));
    expect(rows.filter((row) => row.occurredAt > loadedAt || (row.knownSince !== null && row.occurredAt.toISOString().slice(0, 10) < row.knownSince))).toEqual([]);
    const christmas = rows.find((row) => row.notes?.startsWith("Christmas in Manchester"));
    expect(christmas?.occurredAt.toISOString().slice(5, 10)).toBe("12-25");

    const withInteractions = new Set(rows.map((row) => row.name));
    expect(demoContacts.map((contact) => contact.displayName).filter((name) => !withInteractions.has(name))).toEqual(["Siobhan Kelly", "Haruka Ito", "Diego Hernández"]);
  });

  it("keeps past jobs beside current ones, with targets, and each contact's company as it is now", async () => {
    const jobs = await database.db
      .select({ name: contacts.displayName, cached: contacts.company, company: companies.name, current: employments.current, endedOn: employments.endedOn })
      .from(employments)
      .innerJoin(contacts, eq(contacts.id, employments.contactId))
      .innerJoin(companies, eq(companies.id, employments.companyId))
      .where(eq(employments.ownerId, owner));
    expect(jobs.filter((job) => job.name === "Wei Chen").sort((a, b) => Number(b.current) - Number(a.current))).toEqual([
      { name: "Wei Chen", cached: "Ferrous Fox", company: "Ferrous Fox", current: true, endedOn: null },
      { name: "Wei Chen", cached: "Ferrous Fox", company: "Brightloom Analytics", current: false, endedOn: "2019-05-01" },
    ]);
    expect(jobs.filter((job) => job.current)).toHaveLength(43);
    expect(jobs.filter((job) => !job.current).map((job) => `${job.name} @ ${job.company}`)).toHaveLength(6);

    const targets = await database.db
      .select({ name: companies.name, target: companies.target, domain: companies.domain })
      .from(companies)
      .where(and(eq(companies.ownerId, owner), sql`${companies.target} is not null`))
      .orderBy(companies.name);
    expect(targets).toEqual([
      { name: "Ferrous Fox", target: "work_for", domain: "ferrousfox.example.net" },
      { name: "Kumo Works", target: "collaborate", domain: "kumoworks.example.com" },
      { name: "Vetro Data", target: "work_for", domain: "vetrodata.example.com" },
    ]);
  });

  it("places every contact from their location, and offers Lisbon as the user's home", async () => {
    const rows = await database.db.select({ name: contacts.displayName, place: contacts.place }).from(contacts).where(eq(contacts.ownerId, owner));
    expect(rows.filter((row) => row.place === null).map((row) => row.name)).toEqual([]);
    const place = (name: string) => rows.find((row) => row.name === name)?.place;
    expect(place("Marta Ferreira")).toMatchObject({ name: "Lisbon", countryCode: "PT" });
    expect(place("Patricia Whitaker")).toMatchObject({ name: "Salford", countryCode: "GB" });
    expect(place("Ji-woo Park")).toMatchObject({ name: "Seoul", countryCode: "KR" });

    const [user] = await database.db.select({ homePlace: users.homePlace }).from(users).where(eq(users.id, owner));
    expect(user?.homePlace).toMatchObject({ name: "Lisbon", countryCode: "PT" });
    expect(user?.homePlace).not.toHaveProperty("timeZone");
  });

  it("keeps a home city the user already picked", async () => {
    const porto: Place = { id: "2735943", name: "Porto", region: "17", countryCode: "PT", country: "Portugal", latitude: 41.15, longitude: -8.61 };
    const userId = await createTestUser(database, "Carol");
    await database.db.update(users).set({ homePlace: porto }).where(eq(users.id, userId));
    await loadDemoNetwork(database.db, userId);
    const [user] = await database.db.select({ homePlace: users.homePlace }).from(users).where(eq(users.id, userId));
    expect(user?.homePlace).toEqual(porto);
  });

  it("is refused a second time, and into an account with contacts, through the procedure", async () => {
    await expect(createCaller({ db: database.db, userId: owner }).demo.load()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(createCaller({ db: database.db, userId: other }).demo.load()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(interactions)
      .where(eq(interactions.ownerId, owner));
    expect(row?.n).toBe(387);
  });

  it("leaves another user's data as it was", async () => {
    const { items } = await listContacts(database.db, other, {});
    expect(items.map((contact) => [contact.id, contact.displayName, contact.company])).toEqual([[otherContactId, "Alice's friend", "Tidewright"]]);
    const owned = async (table: PgTable, ownerId: PgColumn) => {
      const [row] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(eq(ownerId, other));
      return row?.n;
    };
    expect([
      await owned(interactions, interactions.ownerId),
      await owned(circles, circles.ownerId),
      await owned(tags, tags.ownerId),
      await owned(notifications, notifications.ownerId),
      await owned(employments, employments.ownerId),
    ]).toEqual([0, 0, 0, 0, 1]);
    // Alice's Tidewright is hers alone: no domain or notes from the sample.
    const [tidewright] = await database.db.select({ domain: companies.domain, notes: companies.notes }).from(companies).where(eq(companies.ownerId, other));
    expect(tidewright).toEqual({ domain: null, notes: null });
    const [alice] = await database.db.select({ homePlace: users.homePlace }).from(users).where(eq(users.id, other));
    expect(alice?.homePlace).toBeNull();
  });
});
