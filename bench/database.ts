import { openDatabase, type Database } from "@/db/client";
import { createServerDatabase } from "@/db/testing";

/** What the benchmark runs on: a scratch database on the PostgreSQL server at DATABASE_URL, else PGlite. */
export const benchDatabaseLabel = (): string => (process.env.DATABASE_URL ? "PostgreSQL" : "PGlite");

/** Runs `work` on a fresh, migrated database of that kind (in memory for PGlite), then drops it. */
export async function withBenchDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const scratch = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL, "kith_bench") : null;
  const database = openDatabase(scratch ? { databaseUrl: scratch.url } : {});
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
    await scratch?.drop();
  }
}
