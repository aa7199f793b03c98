import { openDatabase, type Database, type Db } from "@/db/client";
import { databaseTarget, getConfig } from "./env";

// Next may load this module in several bundles of one process, and PGlite allows one opener per
// data directory, so the instance lives on globalThis.
const holder = globalThis as typeof globalThis & { kithDatabase?: Database };

/** The process's database, opened from the configuration on first use. */
export function getDatabase(): Database {
  holder.kithDatabase ??= openDatabase(databaseTarget(getConfig()));
  return holder.kithDatabase;
}

export function getDb(): Db {
  return getDatabase().db;
}

/** Makes this process use an already opened database (the CLI and tests). */
export function provideDatabase(database: Database): void {
  holder.kithDatabase = database;
}
