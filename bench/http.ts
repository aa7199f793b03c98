// The feed over HTTP, as the browser asks for it, against the framework's floor: the production
// server (`npm start`) on a PGlite database holding the feed benchmark's data, the local account
// signed in, and autocannon with 16 connections (a warm-up, then a fixed duration) on:
//   floor       account.get: an authenticated tRPC query doing one trivial read
//   feed first  feed.list, the first page
//   feed next   feed.list, the page after it
// Target: each feed page's p95 at most 1.5× the floor's p95 in the same run.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "@/db/client";
import { ensureLocalUser, signInLocalAccount } from "@/server/auth/local";
import { parseConfig } from "@/server/env";
import { sessionCookieName } from "@/server/auth/session-cookie";
import { FEED_SCALE, seedFeedScale } from "./seed-feed";
import { percentile } from "./stats";

const PORT = 3300;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 16;
const WARM_UP_SECONDS = 3;
const DURATION_SECONDS = 10;
const TARGET_RATIO = 1.5;

function trpcGet(procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `${ORIGIN}/api/trpc/${procedure}${query}`;
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

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error("The Kith server stopped before it was ready (see above).");
    const ready = await fetch(`${ORIGIN}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The Kith server did not answer within 5 minutes.");
}

const dataDir = mkdtempSync(path.join(tmpdir(), "kith-bench-http-"));
const env: NodeJS.ProcessEnv = { ...process.env, KITH_DATA_DIR: dataDir, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production" };
delete env.DATABASE_URL;
let server: ChildProcess | undefined;
try {
  const config = parseConfig(env);
  const database = openDatabase({ dataDir });
  let cookie: string;
  let nextCursor: string | null;
  try {
    await database.migrate();
    const started = performance.now();
    const owner = await ensureLocalUser(database.db);
    await seedFeedScale(database, owner.id);
    const { sessionToken } = await signInLocalAccount(database.db, config, undefined);
    cookie = `${sessionCookieName(false)}=${sessionToken}`;
    const { listFeed } = await import("@/server/feed/service");
    nextCursor = (await listFeed(database.db, owner.id, {})).nextCursor;
    console.log(`\nHTTP: feed (seeded ${FEED_SCALE.posts.toLocaleString("en")} posts for the local account in ${((performance.now() - started) / 1000).toFixed(1)} s; ${CONNECTIONS} connections, ${DURATION_SECONDS} s each after ${WARM_UP_SECONDS} s of warm-up)`);
  } finally {
    await database.close();
  }

  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "server/cli.ts", "start"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await waitForServer(server);

  const routes: [string, string][] = [
    ["floor", trpcGet("account.get")],
    ["feed first", trpcGet("feed.list", {})],
    ["feed next", trpcGet("feed.list", { cursor: nextCursor })],
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
  server?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}
