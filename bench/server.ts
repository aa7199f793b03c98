// The production server (`npm start`) on a fresh database, seeded before it starts, with
// the local account signed in: what the HTTP and page benchmarks measure against. Measuring can
// wait for the server's start-up work: the first run of each periodic job (30 s after start, when
// Inngest is not configured), which would otherwise land in the middle of a measurement.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@/db/client";
import { ensureLocalUser, signInLocalAccount } from "@/server/auth/local";
import { sessionCookieName } from "@/server/auth/session-cookie";
import { PERIODIC_JOBS } from "@/jobs/schedule";
import { parseConfig } from "@/server/env";
import { createServerDatabase } from "@/db/testing";

export interface BenchServer {
  origin: string;
  /** The session cookie's name and value for the signed-in local account. */
  cookie: { name: string; value: string };
  stop(): Promise<void>;
}

async function waitForServer(server: ChildProcess, origin: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error("The Kith server stopped before it was ready (see above).");
    const ready = await fetch(`${origin}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The Kith server did not answer within 5 minutes.");
}

/** Waits until the server has logged the first run of every periodic job. */
async function waitForStartupJobs(server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error("The Kith server stopped during its start-up work (see above).");
    if (PERIODIC_JOBS.every((job) => output().includes(`[kith] ${job.name}`))) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The Kith server's periodic jobs did not all run within 5 minutes; its output:\n${output()}`);
}

/** Seeds a fresh database for the local account with `seed`, then starts the server on it. */
export async function startBenchServer(port: number, seed: (database: Database, ownerId: string) => Promise<void>, options: { waitForStartupJobs: boolean }): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kith-bench-server-"));
  const scratch = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL, "kith_bench") : null;
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, KITH_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" };
  if (scratch) env.DATABASE_URL = scratch.url;
  let server: ChildProcess | undefined;
  const stop = async () => {
    server?.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  try {
    const database = openDatabase(scratch ? { databaseUrl: scratch.url } : { dataDir });
    let sessionToken: string;
    try {
      await database.migrate();
      const owner = await ensureLocalUser(database.db);
      await seed(database, owner.id);
      ({ sessionToken } = await signInLocalAccount(database.db, parseConfig(env), undefined));
    } finally {
      await database.close();
    }
    server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "server/cli.ts", "start"], { env, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitForServer(server, origin);
    if (options.waitForStartupJobs) await waitForStartupJobs(server, () => output);
    return { origin, cookie: { name: sessionCookieName(false), value: sessionToken }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
