import { openDatabase, type Database } from "@/db/client";
import { createServerDatabase } from "@/db/testing";

/**
 * Runs a measurement on a fresh in-memory PGlite, then on a scratch database of the PostgreSQL
 * server at BENCH_DATABASE_URL when it is set. True when every run met its targets.
 */
export async function onEveryDatabase(measure: (label: string, database: Database) => Promise<boolean | void>): Promise<boolean> {
  let ok = true;
  const pglite = openDatabase({});
  try {
    ok = (await measure("PGlite", pglite)) !== false && ok;
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const scratch = await createServerDatabase(serverUrl, "kith_bench");
    const postgres = openDatabase({ databaseUrl: scratch.url });
    try {
      ok = (await measure("PostgreSQL", postgres)) !== false && ok;
    } finally {
      await postgres.close();
      await scratch.drop();
    }
  }
  return ok;
}
