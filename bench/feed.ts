// The feed at scale: one user with 5,000 contacts, 2,000 linked sources and 200,000 posts (and
// other users' posts beside them), read through the same service the feed page calls: the first
// page, the next page, and the first page with filters. The HTTP comparison with the framework's
// floor route belongs to the benchmark's load-tool part; this measures the queries themselves.
//   npm run bench                          PGlite (in memory), and PostgreSQL when
//   BENCH_DATABASE_URL=postgres://...      points at a server (a scratch database is created there)
import { performance } from "node:perf_hooks";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { listFeed } from "@/server/feed/service";
import { onEveryDatabase } from "./databases";
import { FEED_SCALE, seedFeedScale } from "./seed-feed";
import { percentile } from "./stats";

const ROUNDS = 30;

async function measure(label: string, database: Database): Promise<void> {
  await database.migrate();
  const started = performance.now();
  const [user] = await database.db.insert(users).values({ name: "Heavy" }).returning({ id: users.id });
  const ownerId = user!.id;
  const { circleId } = await seedFeedScale(database, ownerId);
  console.log(`\n${label}: feed (seeded ${FEED_SCALE.posts.toLocaleString("en")} posts for one user, ${(FEED_SCALE.otherUsers * FEED_SCALE.otherPosts).toLocaleString("en")} for ${FEED_SCALE.otherUsers} others, in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

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
