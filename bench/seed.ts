// The benchmark's data at a scale (see scale.ts): one heavy user with contacts at companies, in
// circles, with tags and topics, who know each other, with interactions, linked sources and posts;
// and other users beside them with contacts and posts of their own, so that every query has to
// find the owner's rows among everyone's.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  circleMembers,
  circles,
  companies,
  contactTags,
  contactTies,
  contactTopics,
  contacts,
  employments,
  INDUSTRIES,
  interactionContacts,
  interactions,
  sources,
  statusUpdates,
  tags,
  topics,
  users,
} from "@/db/schema";
import { seededRandom } from "@/server/network/communities";
import type { Scale } from "./scale";

const BATCH = 2_000;
const NOW = Date.parse("2026-11-20T12:00:00Z");
const DAY = 86_400_000;

const GIVEN = ["Marta", "Rui", "Ana", "Tomás", "Priya", "Chidi", "Jess", "Haruka", "Yuki", "Diego", "Isabella", "Kenji", "Lena", "Omar", "Sofia", "Liam", "Noah", "Emma", "Aisha", "Mateo", "Ines", "Jonas", "Freya", "Arjun", "Zara"];
const FAMILY = ["Ferreira", "Costa", "Silva", "Okafor", "Nair", "Whitaker", "Sato", "Ito", "Hernández", "Rossi", "Begum", "Hughes", "Schmidt", "Novak", "Kowalski", "Haddad", "Larsen", "Moreau", "Tanaka", "Mensah"];
const WORDS = ["sourdough", "climbing", "pottery", "rust", "kubernetes", "marathon", "podcast", "allotment", "volcanoes", "chess", "jazz", "surfing", "typescript", "ceramics", "cycling"];
const CHANNELS = ["in_person", "call", "video", "message", "email", "social", "event", "other"] as const;
const INITIATORS = ["me", "them", "mutual"] as const;
const CIRCLES = 10;

/** What the searches ask for: names, a misspelling, a company, a note's word, no match, one letter. */
export const SEARCH_QUERIES = ["mar", "marta ferreira", "okafor", "fereira", "brightloom", "climbing", "sourdough", "haruka ito", "zzzz no match", "a"];

export interface SeededData {
  /** A contact of the heavy user with interactions, ties, a linked source and posts. */
  contactId: string;
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** Inserts rows in batches, returning what `returning` selects of each. */
async function insertAll<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown[]>): Promise<unknown[]> {
  const inserted: unknown[] = [];
  for (let start = 0; start < rows.length; start += BATCH) inserted.push(...(await insert(rows.slice(start, start + BATCH))));
  return inserted;
}

async function seedContacts(database: Database, ownerId: string, count: number, prefix = ""): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const given = pick(GIVEN, i);
    const family = pick(FAMILY, Math.floor(i / GIVEN.length));
    return {
      ownerId,
      displayName: `${prefix}${given} ${family}`,
      givenName: given,
      familyName: family,
      title: pick(["Engineer", "Designer", "Teacher", "Architect", "Nurse"], i),
      emails: [{ label: "work", value: `${given}.${family}.${prefix}${i}@example.com`.toLowerCase() }],
      notes: `Met at a ${pick(WORDS, i * 7)} meetup. Talks about ${pick(WORDS, i * 3)} and ${pick(WORDS, i * 5)}.`,
      // Every tenth is someone to keep in touch with every month: the due list has people on it.
      cadenceDays: i % 10 === 0 ? 30 : null,
    };
  });
  const inserted = (await insertAll(rows, (batch) => database.db.insert(contacts).values(batch).returning({ id: contacts.id }))) as { id: string }[];
  return inserted.map((row) => row.id);
}

async function seedSourcesAndPosts(database: Database, ownerId: string, contactIds: string[], sourceCount: number, postCount: number, name: string): Promise<void> {
  const sourceRows = (await database.db
    .insert(sources)
    .values(
      Array.from({ length: sourceCount }, (_, i) => ({
        ownerId,
        contactId: contactIds[i % contactIds.length]!,
        ...(i % 2 ? { kind: "mastodon" as const, input: `@${name}${i}@social.example` } : { kind: "feed" as const, input: `https://${name}-${i}.example/feed.xml` }),
        state: "ok" as const,
        // Synced already: nothing is due while the benchmark runs (the addresses do not exist).
        nextSyncAt: new Date(NOW + 365 * DAY),
      })),
    )
    .returning({ id: sources.id, contactId: sources.contactId })) as { id: string; contactId: string }[];
  const posts = Array.from({ length: postCount }, (_, i) => {
    const source = sourceRows[i % sourceRows.length]!;
    return {
      ownerId,
      contactId: source.contactId,
      sourceId: source.id,
      externalId: `p${i}`,
      publishedAt: new Date(NOW - i * 60_000),
      text: `Post ${i} about trams, bread and cities`,
      html: `<p>Post ${i} about <a href="https://example.com/${i}">trams</a>, bread and cities</p>`,
      readAt: i % 3 === 0 ? new Date(NOW) : null,
    };
  });
  await insertAll(posts, (batch) => database.db.insert(statusUpdates).values(batch).returning({ id: statusUpdates.id }));
}

/** The heavy user's data, then the other users', then fresh planner statistics. */
export async function seedBench(database: Database, ownerId: string, scale: Scale): Promise<SeededData> {
  const { db } = database;
  const random = seededRandom(7);
  const contactIds = await seedContacts(database, ownerId, scale.contacts);

  const companyIds = (
    await db
      .insert(companies)
      .values(Array.from({ length: 300 }, (_, i) => ({ ownerId, name: i === 0 ? "Brightloom Analytics" : `Company ${i} ${pick(WORDS, i)}`, industry: pick(INDUSTRIES, i) })))
      .returning({ id: companies.id })
  ).map((row) => row.id);
  await insertAll(
    contactIds.map((contactId, i) => ({ ownerId, contactId, companyId: pick(companyIds, i), current: true })),
    (batch) => db.insert(employments).values(batch).returning({ id: employments.id }),
  );
  const tagIds = (await db.insert(tags).values(WORDS.map((name) => ({ ownerId, name }))).returning({ id: tags.id })).map((row) => row.id);
  const topicIds = (await db.insert(topics).values(WORDS.map((name) => ({ ownerId, name: `${name} club` }))).returning({ id: topics.id })).map((row) => row.id);
  await insertAll(
    contactIds.map((contactId, i) => ({ contactId, tagId: pick(tagIds, i) })),
    (batch) => db.insert(contactTags).values(batch).returning({ contactId: contactTags.contactId }),
  );
  await insertAll(
    contactIds.map((contactId, i) => ({ contactId, topicId: pick(topicIds, i * 11) })),
    (batch) => db.insert(contactTopics).values(batch).returning({ contactId: contactTopics.contactId }),
  );

  // Circles of people who mostly know each other, and ties across them.
  const circleIds = (await db.insert(circles).values(Array.from({ length: CIRCLES }, (_, i) => ({ ownerId, name: `Circle ${i}` }))).returning({ id: circles.id })).map((row) => row.id);
  const members = contactIds.slice(0, Math.max(CIRCLES, Math.floor(contactIds.length / 10)));
  await db.insert(circleMembers).values(members.map((contactId, i) => ({ circleId: circleIds[i % CIRCLES]!, contactId })));
  const pairs = new Map<string, { ownerId: string; contactId: string; otherContactId: string; strength: number | null }>();
  const maxTies = (contactIds.length * (contactIds.length - 1)) / 2;
  while (pairs.size < Math.min(scale.ties, maxTies)) {
    const a = Math.floor(random() * contactIds.length);
    const b = random() < 0.5 ? (a + 1 + Math.floor(random() * 50)) % contactIds.length : Math.floor(random() * contactIds.length);
    if (a === b) continue;
    const [contactId, otherContactId] = contactIds[a]! < contactIds[b]! ? [contactIds[a]!, contactIds[b]!] : [contactIds[b]!, contactIds[a]!];
    pairs.set(`${contactId}:${otherContactId}`, { ownerId, contactId, otherContactId, strength: random() < 0.3 ? 1 + Math.floor(random() * 3) : null });
  }
  await insertAll([...pairs.values()], (batch) => db.insert(contactTies).values(batch).returning({ id: contactTies.contactId }));

  // Interactions over the last five years, most of them with the first tenth of the contacts.
  const interactionRows = Array.from({ length: scale.interactions }, (_, i) => ({
    ownerId,
    occurredAt: new Date(NOW - Math.floor(random() * 5 * 365) * DAY),
    channel: pick(CHANNELS, i),
    initiator: pick(INITIATORS, i),
    contexts: [pick(["work", "friendship", "learning", "community"] as const, i)],
    notes: i % 4 === 0 ? `Talked about ${pick(WORDS, i)}.` : null,
  }));
  const interactionIds = ((await insertAll(interactionRows, (batch) => db.insert(interactions).values(batch).returning({ id: interactions.id }))) as { id: string }[]).map((row) => row.id);
  // Every participant in one statement, so the database adds up each contact's interactions once
  // (interaction_summaries' trigger) rather than again for each batch.
  const participants = interactionIds.map((_, i) => (random() < 0.7 ? members[i % members.length]! : contactIds[Math.floor(random() * contactIds.length)]!));
  await db.execute(
    sql`insert into ${interactionContacts} (interaction_id, contact_id) select * from unnest(string_to_array(${interactionIds.join(",")}, ',')::uuid[], string_to_array(${participants.join(",")}, ',')::uuid[])`,
  );

  await seedSourcesAndPosts(database, ownerId, contactIds, scale.sources, scale.posts, "heavy");

  for (let u = 0; u < scale.otherUsers; u++) {
    const [other] = await db.insert(users).values({ name: `Other ${u}` }).returning({ id: users.id });
    const theirs = await seedContacts(database, other!.id, scale.otherContacts, `other${u} `);
    await seedSourcesAndPosts(database, other!.id, theirs, 2, 20, `other${u}`);
  }
  await db.execute(sql`analyze`);
  return { contactId: contactIds[0]! };
}
