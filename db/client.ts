import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { PGliteThreadClient } from "./pglite-client";
import * as schema from "./schema";

/** The one database type every service takes, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { databaseUrl: string; dataDir?: undefined }
  /** dataDir undefined with no URL means an in-memory PGlite (tests). */
  | { databaseUrl?: undefined; dataDir?: string };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it keeps two instances starting at once from migrating together.
const MIGRATION_LOCK_KEY = 4_200_917;

export function openDatabase(target: DatabaseTarget): Database {
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    // postgres.js prepares every statement. After a few runs PostgreSQL may switch a prepared
    // statement to one generic plan for all values, and one plan cannot fit both an owner with
    // 200,000 posts and one with 20 (a feed filter went from 3 to 65 ms): plan for the values given.
    const sql = postgres(url, { max: 10, connect_timeout: 10, onnotice: () => {}, connection: { plan_cache_mode: "force_custom_plan" } });
    const db = drizzlePostgres({ client: sql, schema, casing: "snake_case" });
    return {
      db,
      kind: "postgres",
      async migrate() {
        const lockSql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
        try {
          await lockSql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
          await migratePostgres(drizzlePostgres({ client: lockSql, casing: "snake_case" }), { migrationsFolder });
        } finally {
          await lockSql.end({ timeout: 5 });
        }
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  // Without dataDir the database lives in memory.
  const client = new PGliteThreadClient(target.dataDir ? path.join(target.dataDir, "pgdata") : undefined);
  // drizzle's PGlite driver asks only for query and transaction, which the thread's client answers.
  const db = drizzlePglite({ client: client as unknown as PGlite, schema, casing: "snake_case" });
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}
