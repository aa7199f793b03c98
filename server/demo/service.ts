import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  circleMembers,
  circles,
  contactTies,
  companies,
  contactTags,
  contactTopics,
  contacts,
  contributions,
  disclosures,
  facts,
  interactionContacts,
  interactions,
  tags,
  topics,
  users,
  type Place,
} from "@/db/schema";
import { addEmployment, createCompany } from "../companies/service";
import { demoContacts } from "../contacts/demo-network";
import type { ContactFieldsInput } from "../contacts/schemas";
import { countContacts, createContacts } from "../contacts/service";
import { UserInputError } from "../errors";
import { createDueAndBirthdayNotifications } from "../notifications/service";
import { findPlace } from "../places/gazetteer";
import {
  DEMO_HOME,
  demoCircles,
  demoCompanies,
  demoContributions,
  demoDisclosures,
  demoFacts,
  demoFormerJobs,
  demoInteractions,
  demoTags,
  demoTies,
  demoTopics,
  type DemoInteraction,
} from "./relationships";

/** What the sample network added, by kind. */
export interface DemoNetworkCounts {
  contacts: number;
  interactions: number;
  circles: number;
  tags: number;
  topics: number;
  facts: number;
  disclosures: number;
  contributions: number;
  companies: number;
  formerJobs: number;
  /** Pairs of contacts who know each other. */
  alterTies: number;
  notifications: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Midnight (UTC) of the day `daysAgo` days before `now`. */
function dayStart(now: Date, daysAgo: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo));
}

/** When a sample interaction happened, seen from `now`. */
function occurredAtOf(interaction: Pick<DemoInteraction, "daysAgo" | "onMonthDay" | "hour">, now: Date): Date {
  let day = dayStart(now, interaction.daysAgo);
  if (interaction.onMonthDay) {
    const [month, date] = interaction.onMonthDay.split("-").map(Number);
    if (!month || !date) throw new Error(`Sample network: "${interaction.onMonthDay}" is not a month and day`);
    const sameYear = new Date(Date.UTC(day.getUTCFullYear(), month - 1, date));
    day = sameYear <= day ? sameYear : new Date(Date.UTC(day.getUTCFullYear() - 1, month - 1, date));
  }
  return new Date(day.getTime() + interaction.hour * HOUR_MS);
}

/** A date (YYYY-MM-DD) given in days before `now`, or as a date already. */
function dateOf(when: number | string, now: Date): string {
  return typeof when === "string" ? when : dayStart(now, when).toISOString().slice(0, 10);
}

function asPlace(label: string | null | undefined): Place | null {
  const found = label ? findPlace(label) : null;
  if (!found) return null;
  const { id, name, region, countryCode, country, latitude, longitude } = found;
  return { id, name, region, countryCode, country, latitude, longitude };
}

/** The sample contacts with where they live and how the tie stands, as createContacts takes them. */
function contactInputs(): ContactFieldsInput[] {
  return demoContacts.map((contact) => {
    const { snoozeDays: _snooze, ...tie } = demoTies[contact.displayName] ?? {};
    return { ...contact, ...tie, place: asPlace(contact.location) };
  });
}

/**
 * Loads the sample network into an empty account, never mixing it into real contacts: the
 * contacts with their places and ties, then a couple of years of interactions (dated back from
 * now), circles, tags, topics, facts, disclosures, contributions, company details and past jobs,
 * and the notifications they are owed. Offers Lisbon as the user's home city when they have none.
 */
export async function loadDemoNetwork(db: Db, ownerId: string): Promise<DemoNetworkCounts> {
  // Outside the transaction: the first look-up reads the gazetteer from disk.
  const inputs = contactInputs();
  const home = asPlace(DEMO_HOME);
  const homeTimeZone = findPlace(DEMO_HOME)?.timeZone ?? null;
  const now = new Date();

  return db.transaction(async (tx) => {
    // Holding the user's row serialises two clicks on "Load sample network".
    await tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).for("update");
    if ((await countContacts(tx, ownerId)) > 0) {
      throw new UserInputError("The sample network can only be loaded into an empty account: you already have contacts.");
    }
    const contactCount = await createContacts(tx, ownerId, inputs);

    const rows = await tx.select({ id: contacts.id, displayName: contacts.displayName }).from(contacts).where(eq(contacts.ownerId, ownerId));
    const ids = new Map(rows.map((row) => [row.displayName, row.id]));
    const idOf = (name: string): string => {
      const id = ids.get(name);
      if (!id) throw new Error(`Sample network: there is no contact named "${name}"`);
      return id;
    };

    const snoozed = Object.entries(demoTies).flatMap(([name, tie]) => (tie.snoozeDays ? [{ id: idOf(name), until: new Date(now.getTime() + tie.snoozeDays * DAY_MS) }] : []));
    if (snoozed.length > 0) {
      await tx
        .update(contacts)
        .set({ snoozedUntil: sql`case ${sql.join(snoozed.map((s) => sql`when ${contacts.id} = ${s.id} then ${s.until.toISOString()}::timestamptz`), sql` `)} end` })
        .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, snoozed.map((s) => s.id))));
    }

    const interactionRows = demoInteractions.map((interaction) => ({
      id: randomUUID(),
      ownerId,
      occurredAt: occurredAtOf(interaction, now),
      channel: interaction.channel,
      contexts: [...interaction.contexts],
      initiator: interaction.initiator,
      notes: interaction.notes ?? null,
    }));
    await tx.insert(interactions).values(interactionRows);
    await tx.insert(interactionContacts).values(demoInteractions.flatMap((interaction, i) => interaction.with.map((name) => ({ interactionId: interactionRows[i]!.id, contactId: idOf(name) }))));

    const circleRows = demoCircles.map(({ members: _members, cadenceDays, ...circle }) => ({ ...circle, id: randomUUID(), ownerId, cadenceDays: cadenceDays ?? null }));
    await tx.insert(circles).values(circleRows);
    await tx.insert(circleMembers).values(demoCircles.flatMap((circle, i) => circle.members.map((name) => ({ circleId: circleRows[i]!.id, contactId: idOf(name) }))));

    const tagRows = demoTags.map((tag) => ({ id: randomUUID(), ownerId, name: tag.name, colour: tag.colour }));
    await tx.insert(tags).values(tagRows);
    await tx.insert(contactTags).values(demoTags.flatMap((tag, i) => tag.members.map((name) => ({ tagId: tagRows[i]!.id, contactId: idOf(name) }))));

    const topicRows = demoTopics.map((topic) => ({ id: randomUUID(), ownerId, name: topic.name, description: topic.description }));
    await tx.insert(topics).values(topicRows);
    await tx
      .insert(contactTopics)
      .values(demoTopics.flatMap((topic, i) => Object.entries(topic.with).map(([name, note]) => ({ topicId: topicRows[i]!.id, contactId: idOf(name), note }))));

    await tx.insert(facts).values(demoFacts.map((fact) => ({ ownerId, contactId: idOf(fact.contact), kind: fact.kind, text: fact.text, learnedOn: dateOf(fact.learnedDaysAgo, now) })));
    await tx
      .insert(disclosures)
      .values(demoDisclosures.map((disclosure) => ({ ownerId, contactId: idOf(disclosure.contact), text: disclosure.text, sharedOn: dateOf(disclosure.sharedDaysAgo, now) })));
    await tx.insert(contributions).values(
      demoContributions.map((contribution) => ({
        ownerId,
        contactId: idOf(contribution.contact),
        direction: contribution.direction,
        kind: contribution.kind,
        description: contribution.description,
        occurredOn: dateOf(contribution.on, now),
      })),
    );

    // Through the companies service, so each contact's cached company and title stay right.
    for (const company of demoCompanies) await createCompany(tx, ownerId, company);
    for (const job of demoFormerJobs) {
      await addEmployment(tx, ownerId, { contactId: idOf(job.contact), companyName: job.company, title: job.title, startedOn: job.startedOn, endedOn: job.endedOn, current: false });
    }
    const [companyCount] = await tx.select({ n: count() }).from(companies).where(eq(companies.ownerId, ownerId));

    // Who knows whom: the people of each circle know one another (family closely).
    const alterTies = new Map<string, { contactId: string; otherContactId: string; strength: number }>();
    for (const circle of demoCircles) {
      const members = circle.members.map(idOf).sort();
      members.forEach((contactId, i) => {
        for (const otherContactId of members.slice(i + 1)) {
          const key = `${contactId}:${otherContactId}`;
          const strength = circle.name === "Family" ? 3 : 2;
          alterTies.set(key, { contactId, otherContactId, strength: Math.max(strength, alterTies.get(key)?.strength ?? 0) });
        }
      });
    }
    await tx.insert(contactTies).values([...alterTies.values()].map((tie) => ({ ownerId, ...tie })));

    if (home) {
      await tx
        .update(users)
        .set({ homePlace: home, ...(homeTimeZone ? { timeZone: sql`case when ${users.timeZone} = 'UTC' then ${homeTimeZone} else ${users.timeZone} end` } : {}) })
        .where(and(eq(users.id, ownerId), isNull(users.homePlace)));
    }

    const notificationCount = await createDueAndBirthdayNotifications(tx, ownerId, now);

    return {
      contacts: contactCount,
      interactions: interactionRows.length,
      circles: circleRows.length,
      tags: tagRows.length,
      topics: topicRows.length,
      facts: demoFacts.length,
      disclosures: demoDisclosures.length,
      contributions: demoContributions.length,
      companies: companyCount?.n ?? 0,
      formerJobs: demoFormerJobs.length,
      alterTies: alterTies.size,
      notifications: notificationCount,
    };
  });
}
