// The feed over HTTP, as the browser asks for it, against the framework's floor: the production
// server (`npm start`) on a PGlite database holding the feed benchmark's data, the local account
// signed in, and autocannon with 16 connections (a warm-up, then a fixed duration) on:
//   floor       account.get: an authenticated tRPC query doing one trivial read
//   feed first  feed.list, the first page
//   feed next   feed.list, the page after it
// Target: each feed page's p95 at most 1.5× the floor's p95 in the same run.
import autocannon from "autocannon";
import { listFeed } from "@/server/feed/service";
import { FEED_SCALE, seedFeedScale } from "./seed-feed";
import { startBenchServer } from "./server";
import { percentile } from "./stats";

const PORT = 3300;
const CONNECTIONS = 16;
const WARM_UP_SECONDS = 3;
const DURATION_SECONDS = 10;
const TARGET_RATIO = 1.5;

function trpcGet(origin: string, procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `${origin}/api/trpc/${procedure}${query}`;
}

/** Latencies (ms) of every response in a fixed-duration run, and requests per second. */
async function load(url: string, cookie: string, seconds: number): Promise<{ latencies: number[]; perSecond: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors++;
    });
  });
  return { latencies, perSecond: result.requests.average, errors };
}

const started = performance.now();
let nextCursor: string | null = null;
const server = await startBenchServer(PORT, async (database, ownerId) => {
  await seedFeedScale(database, ownerId);
  nextCursor = (await listFeed(database.db, ownerId, {})).nextCursor;
});
try {
  const cookie = `${server.cookie.name}=${server.cookie.value}`;
  console.log(`\nHTTP: feed (seeded ${FEED_SCALE.posts.toLocaleString("en")} posts for the local account and started the server in ${((performance.now() - started) / 1000).toFixed(1)} s; ${CONNECTIONS} connections, ${DURATION_SECONDS} s each after ${WARM_UP_SECONDS} s of warm-up)`);
  const routes: [string, string][] = [
    ["floor", trpcGet(server.origin, "account.get")],
    ["feed first", trpcGet(server.origin, "feed.list", {})],
    ["feed next", trpcGet(server.origin, "feed.list", { cursor: nextCursor })],
  ];
  const p95: Record<string, number> = {};
  for (const [name, url] of routes) {
    await load(url, cookie, WARM_UP_SECONDS);
    const { latencies, perSecond, errors } = await load(url, cookie, DURATION_SECONDS);
    if (latencies.length === 0) throw new Error(`${name}: no successful responses (${errors} errors): is the session cookie accepted?`);
    p95[name] = percentile(latencies, 95);
    const met = name === "floor" || p95[name]! <= TARGET_RATIO * p95.floor!;
    if (!met) process.exitCode = 1;
    const ratio = name === "floor" ? "" : `   ${(p95[name]! / p95.floor!).toFixed(2)}× floor: ${met ? "PASS" : "FAIL"} (≤ ${TARGET_RATIO}×)`;
    console.log(
      `  ${name.padEnd(11)} p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p95 ${p95[name]!.toFixed(1).padStart(6)} ms   p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms   ${Math.round(perSecond)} req/s${errors ? `, ${errors} errors` : ""}${ratio}`,
    );
  }
} finally {
  await server.stop();
}
