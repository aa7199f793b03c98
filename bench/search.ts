// Search at scale: 5,000 contacts with companies, tags and topics, queried through the same
// service the search box calls. Target: p95 under 50 ms per query.
//   npm run bench                          PGlite (in memory), and PostgreSQL when
//   BENCH_DATABASE_URL=postgres://...      points at a server (a scratch database is created there)
import { performance } from "node:perf_hooks";
import { companies, contactTags, contactTopics, contacts, employments, tags, topics } from "@/db/schema";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { listContacts } from "@/server/contacts/service";
import { onEveryDatabase } from "./databases";
import { percentile } from "./stats";

const CONTACTS = 5_000;
const ROUNDS = 30;
const TARGET_P95_MS = 50;

const GIVEN = ["Marta", "Rui", "Ana", "Tomás", "Priya", "Chidi", "Jess", "Haruka", "Yuki", "Diego", "Isabella", "Kenji", "Lena", "Omar", "Sofia", "Liam", "Noah", "Emma", "Aisha", "Mateo", "Ines", "Jonas", "Freya", "Arjun", "Zara"];
const FAMILY = ["Ferreira", "Costa", "Silva", "Okafor", "Nair", "Whitaker", "Sato", "Ito", "Hernández", "Rossi", "Begum", "Hughes", "Schmidt", "Novak", "Kowalski", "Haddad", "Larsen", "Moreau", "Tanaka", "Mensah"];
const WORDS = ["sourdough", "climbing", "pottery", "rust", "kubernetes", "marathon", "podcast", "allotment", "volcanoes", "chess", "jazz", "surfing", "typescript", "ceramics", "cycling"];
const QUERIES = ["mar", "marta ferreira", "okafor", "fereira", "brightloom", "climbing", "sourdough", "rust", "haruka ito", "zzzz no match", "a"];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

async function seed(database: Database): Promise<string> {
  const { db } = database;
  const [user] = await db.insert(users).values({ name: "Bench" }).returning({ id: users.id });
  const ownerId = user!.id;
  const companyRows = await db
    .insert(companies)
    .values(Array.from({ length: 300 }, (_, i) => ({ ownerId, name: i === 0 ? "Brightloom Analytics" : `Company ${i} ${pick(WORDS, i)}` })))
    .returning({ id: companies.id });
  const tagRows = await db.insert(tags).values(WORDS.map((name) => ({ ownerId, name }))).returning({ id: tags.id });
  const topicRows = await db.insert(topics).values(WORDS.map((name) => ({ ownerId, name: `${name} club` }))).returning({ id: topics.id });
  for (let start = 0; start < CONTACTS; start += 500) {
    const rows = await db
      .insert(contacts)
      .values(
        Array.from({ length: 500 }, (_, j) => {
          const i = start + j;
          const given = pick(GIVEN, i);
          const family = pick(FAMILY, Math.floor(i / GIVEN.length));
          return {
            ownerId,
            displayName: `${given} ${family}`,
            givenName: given,
            familyName: family,
            title: pick(["Engineer", "Designer", "Teacher", "Architect", "Nurse"], i),
            company: `Company ${i % 300}`,
            emails: [{ label: "work", value: `${given}.${family}.${i}@example.com`.toLowerCase() }],
            notes: `Met at a ${pick(WORDS, i * 7)} meetup. Talks about ${pick(WORDS, i * 3)} and ${pick(WORDS, i * 5)}.`,
          };
        }),
      )
      .returning({ id: contacts.id });
    const ids = rows.map((row) => row.id);
    await db.insert(contactTags).values(ids.map((contactId, j) => ({ contactId, tagId: pick(tagRows, start + j).id })));
    await db.insert(contactTopics).values(ids.map((contactId, j) => ({ contactId, topicId: pick(topicRows, (start + j) * 11).id })));
    await db.insert(employments).values(ids.map((contactId, j) => ({ ownerId, contactId, companyId: pick(companyRows, start + j).id, current: true })));
  }
  return ownerId;
}

async function measure(label: string, database: Database): Promise<boolean> {
  await database.migrate();
  const seedStart = performance.now();
  const ownerId = await seed(database);
  console.log(`\n${label}: seeded ${CONTACTS} contacts in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  for (const q of QUERIES) await listContacts(database.db, ownerId, { q }); // warm up
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      found = (await listContacts(database.db, ownerId, { q })).items.length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`  ${JSON.stringify(q).padEnd(18)} ${String(found).padStart(3)} shown   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`);
  }
  all.sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  const met = p95 < TARGET_P95_MS;
  console.log(`  all queries: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms: ${met ? "meets" : "MISSES"} the ${TARGET_P95_MS} ms target`);
  return met;
}

process.exitCode = (await onEveryDatabase(measure)) ? 0 : 1;
