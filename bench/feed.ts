// The feed at scale: one user with 5,000 contacts, 2,000 linked sources and 200,000 posts (and
// other users' posts beside them), read through the same service the feed page calls: the first
// page, the next page, and the first page with filters. The HTTP comparison with the framework's
// floor route belongs to the benchmark's load-tool part; this measures the queries themselves.
//   npm run bench                          PGlite (in memory), and PostgreSQL when
//   BENCH_DATABASE_URL=postgres://...      points at a server (a scratch database is created there)
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { circleMembers, circles, contacts, sources, statusUpdates, users } from "@/db/schema";
import { listFeed } from "@/server/feed/service";
import { onEveryDatabase } from "./databases";

const CONTACTS = 5_000;
const SOURCES = 2_000;
const POSTS = 200_000;
const OTHER_USERS = 20;
const OTHER_POSTS = 2_000;
const ROUNDS = 30;
const BATCH = 5_000;
const NOW = Date.parse("2026-11-20T12:00:00Z");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function seedUser(database: Database, name: string, contactCount: number, sourceCount: number, postCount: number): Promise<{ ownerId: string; circleId: string }> {
  const { db } = database;
  const [user] = await db.insert(users).values({ name }).returning({ id: users.id });
  const ownerId = user!.id;
  const contactIds: string[] = [];
  for (let start = 0; start < contactCount; start += BATCH) {
    const rows = await db
      .insert(contacts)
      .values(Array.from({ length: Math.min(BATCH, contactCount - start) }, (_, i) => ({ ownerId, displayName: `${name} contact ${start + i}` })))
      .returning({ id: contacts.id });
    contactIds.push(...rows.map((row) => row.id));
  }
  const sourceRows = await db
    .insert(sources)
    .values(Array.from({ length: sourceCount }, (_, i) => ({ ownerId, contactId: contactIds[i % contactIds.length]!, kind: i % 2 ? ("mastodon" as const) : ("feed" as const), input: `https://${name}-${i}.example/feed.xml`, state: "ok" as const })))
    .returning({ id: sources.id, contactId: sources.contactId });
  for (let start = 0; start < postCount; start += BATCH) {
    await db.insert(statusUpdates).values(
      Array.from({ length: Math.min(BATCH, postCount - start) }, (_, j) => {
        const i = start + j;
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
      }),
    );
  }
  const [circle] = await db.insert(circles).values({ ownerId, name: "Close friends" }).returning({ id: circles.id });
  await db.insert(circleMembers).values(contactIds.slice(0, 50).map((contactId) => ({ circleId: circle!.id, contactId })));
  await db.execute(sql`analyze`);
  return { ownerId, circleId: circle!.id };
}

async function measure(label: string, database: Database): Promise<void> {
  await database.migrate();
  const started = performance.now();
  const { ownerId, circleId } = await seedUser(database, "heavy", CONTACTS, SOURCES, POSTS);
  for (let u = 0; u < OTHER_USERS; u++) await seedUser(database, `other${u}`, 200, 20, OTHER_POSTS);
  console.log(`\n${label}: feed (seeded ${POSTS.toLocaleString("en")} posts for one user, ${(OTHER_USERS * OTHER_POSTS).toLocaleString("en")} for ${OTHER_USERS} others, in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const { db } = database;
  const first = await listFeed(db, ownerId, {});
  const cases: [string, () => Promise<unknown>][] = [
    ["first page", () => listFeed(db, ownerId, {})],
    ["next page", () => listFeed(db, ownerId, { cursor: first.nextCursor })],
    ["unread only", () => listFeed(db, ownerId, { unread: true })],
    ["one source kind", () => listFeed(db, ownerId, { kind: "mastodon" })],
    ["one circle", () => listFeed(db, ownerId, { circleId })],
  ];
  for (const [name, run] of cases) {
    await run();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    console.log(`  ${name.padEnd(16)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`);
  }
}

await onEveryDatabase(measure);
