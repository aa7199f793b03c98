import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
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
  // Without dataDir the database lives in memory. (Passing `undefined` as the first argument
  // makes PGlite drop the options, so the directory goes inside them.)
  const client = new PGlite({ dataDir: target.dataDir ? path.join(target.dataDir, "pgdata") : undefined, extensions: { fuzzystrmatch, pg_trgm } });
  takeTurns(client);
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * PGlite runs each query on the server's one thread, synchronously, and hands its result back as
 * an already settled promise: queries asked for together would run back to back, and a page that
 * makes many would hold every other request (and its own first streamed bytes) until its last.
 * Queries here run one at a time, each after a turn of the event loop.
 */
function takeTurns(client: PGlite): void {
  const query = client.query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();
  client.query = ((...args: Parameters<typeof query>) => {
    // PGlite's own start-up queries pass straight through: the first of ours waits for them.
    if (!client.ready) return query(...args);
    const next = previous.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as typeof client.query;
}
