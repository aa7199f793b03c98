// Linked sources at the scale's size, against a local server speaking Atom with ETags and
// Last-Modified, on a database of their own:
// - resync of unchanged feeds (full: 1,000): target one conditional request per source and zero row writes;
// - applying new posts (full: 20,000): target at least 1,000 posts a second.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { contacts, sources, users } from "@/db/schema";
import { sendCacheable, startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { syncSourceWorkflow } from "@/jobs/functions/sync-source";
import { inProcessSteps } from "@/jobs/steps";
import { provideDatabase } from "@/server/db";
import { HostPacer } from "@/server/net/host-pacer";
import { applySync } from "@/server/sources/apply";
import { provideSyncEnvironment } from "@/server/sources/sync";
import type { StatusUpdate } from "@/server/sources/types";
import { withBenchDatabase } from "./database";
import type { Report } from "./report";
import type { Scale } from "./scale";

const CONCURRENCY = 8;
const POST_SOURCES = 20;
const PUBLISHED = new Date("2026-11-01T12:00:00Z");

function atomFeed(origin: string, n: number): string {
  const entries = Array.from(
    { length: 5 },
    (_, i) => `<entry><id>${origin}/bench/${n}/${i}</id><title>Post ${i} of feed ${n}</title><link href="${origin}/bench/${n}/${i}"/>
      <published>${new Date(PUBLISHED.getTime() - i * 3_600_000).toISOString()}</published><content type="html">&lt;p&gt;Hello from feed ${n}, post ${i}&lt;/p&gt;</content></entry>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed ${n}</title><id>${origin}/bench/${n}</id>
    <author><name>Author ${n}</name></author><link href="${origin}/bench/${n}/"/><updated>${PUBLISHED.toISOString()}</updated>${entries}</feed>`;
}

async function runAll<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const WRITABLE_TABLES = ["sources", "status_updates", "profile_fields", "source_suggestions", "notifications", "contacts", "employments", "companies"];

async function rowsOf<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** A transaction id: every row written after this point carries a newer one (xmin). */
async function transactionMark(database: Database): Promise<number> {
  const [row] = await rowsOf<{ mark: string | number }>(database, sql`select (txid_current() % 4294967296)::bigint as mark`);
  return Number(row?.mark);
}

/** Rows inserted or updated since the mark, in every table a sync may write, read from the rows themselves. */
async function rowsWrittenSince(database: Database, mark: number): Promise<number> {
  let total = 0;
  for (const table of WRITABLE_TABLES) {
    const [row] = await rowsOf<{ count: string | number }>(database, sql`select count(*) as count from ${sql.identifier(table)} where xmin::text::bigint > ${mark}`);
    total += Number(row?.count ?? 0);
  }
  return total;
}

async function measure(database: Database, fake: FakeServer, scale: Scale, report: Report): Promise<void> {
  provideDatabase(database);
  const { db } = database;
  const [user] = await db.insert(users).values({ name: "Bench" }).returning({ id: users.id });
  const ownerId = user!.id;
  const contactRows = await db
    .insert(contacts)
    .values(Array.from({ length: scale.resyncSources }, (_, i) => ({ ownerId, displayName: `Person ${i}` })))
    .returning({ id: contacts.id });
  const sourceRows = await db
    .insert(sources)
    .values(contactRows.map((contact, i) => ({ ownerId, contactId: contact.id, kind: "feed" as const, input: `${fake.origin}/bench/${i}.xml` })))
    .returning({ id: sources.id });
  const sync = async (source: { id: string }) => {
    await syncSourceWorkflow(inProcessSteps, { ownerId, sourceId: source.id, host: fake.host });
  };

  report.section(`Linked sources in process (${scale.resyncSources.toLocaleString("en")} feeds on a local server)`);
  let start = performance.now();
  await runAll(sourceRows, sync);
  report.add({ section: "Sources", name: "first sync of every feed", value: (performance.now() - start) / 1000, unit: "s" });

  fake.requests.length = 0;
  let rowsWritten = 0;
  const mark = await transactionMark(database);
  start = performance.now();
  await runAll(sourceRows, async (source) => {
    const result = await syncSourceWorkflow(inProcessSteps, { ownerId, sourceId: source.id, host: fake.host });
    rowsWritten += result.rowsWritten;
  });
  const seconds = (performance.now() - start) / 1000;
  // Counted twice: by the syncs themselves, and from the rows' transaction ids in the database.
  const databaseRows = await rowsWrittenSince(database, mark);
  const conditional = fake.requests.filter((request) => request.headers["if-none-match"] || request.headers["if-modified-since"]).length;
  report.add({ section: "Sources", name: "unchanged resync: requests per source", value: fake.requests.length / scale.resyncSources, unit: "", target: { op: "≤", value: 1 } });
  report.add({ section: "Sources", name: "unchanged resync: conditional requests per source", value: conditional / scale.resyncSources, unit: "", target: { op: "≥", value: 1 } });
  report.add({ section: "Sources", name: "unchanged resync: rows written", value: Math.max(rowsWritten, databaseRows), unit: "rows", target: { op: "≤", value: 0 }, note: `${seconds.toFixed(1)} s for every feed` });

  const postSources = sourceRows.slice(0, POST_SOURCES);
  const postsPerSource = Math.ceil(scale.appliedPosts / POST_SOURCES);
  const applyMark = await transactionMark(database);
  start = performance.now();
  for (const [s, source] of postSources.entries()) {
    const updates: StatusUpdate[] = Array.from({ length: postsPerSource }, (_, i) => ({
      externalId: `bench-${s}-${i}`,
      url: `${fake.origin}/bench/${s}/posts/${i}`,
      publishedAt: new Date(PUBLISHED.getTime() - i * 60_000).toISOString(),
      editedAt: null,
      text: `Post ${i} with a few words about cities, trams and bread.`,
      html: `<p>Post ${i} with a few words about <a href="https://example.com/${i}">cities</a>, trams and bread.</p>`,
      isRepost: i % 10 === 0,
      media: [],
    }));
    await applySync(db, ownerId, source.id, { state: "ok", stateReason: null, profile: null, suggestions: [], updates, cursor: null, validators: {} });
  }
  const applySeconds = (performance.now() - start) / 1000;
  const posts = postSources.length * postsPerSource;
  // The same count that found no writes above finds these (posts, plus each source's changedAt).
  const postRows = await rowsWrittenSince(database, applyMark);
  if (postRows < posts) throw new Error(`applying ${posts} posts wrote only ${postRows} rows`);
  report.add({ section: "Sources", name: "new posts applied", value: posts / applySeconds, unit: "posts/s", target: { op: "≥", value: 1_000 }, note: `${posts.toLocaleString("en")} posts in ${applySeconds.toFixed(1)} s` });
}

export async function measureSources(scale: Scale, report: Report): Promise<void> {
  const fake = await startFakeServer([
    (request, response, url, server) => {
      const match = /^\/bench\/(\d+)\.xml$/.exec(url.pathname);
      if (!match) return false;
      sendCacheable(request, response, atomFeed(server.origin, Number(match[1])), "application/atom+xml; charset=utf-8", { lastModified: PUBLISHED });
      return true;
    },
  ]);
  provideSyncEnvironment({
    config: { blueskyAppViewUrl: fake.origin, githubApiUrl: fake.origin, githubToken: undefined, allowPrivateNetwork: true },
    pacer: new HostPacer({ minIntervalMs: 0 }),
  });
  try {
    await withBenchDatabase((database) => measure(database, fake, scale, report));
  } finally {
    await fake.close();
  }
}
