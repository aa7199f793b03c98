import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "./client";
import { users } from "./schema";

export type TestDatabaseKind = "pglite" | "postgres";

// Tests run on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL points at a server.
const serverUrl = process.env.TEST_DATABASE_URL;

export const testDatabaseKinds: TestDatabaseKind[] = serverUrl ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends Database {
  /** Closes the connection and removes everything the test created. */
  destroy(): Promise<void>;
}

/** A migrated, empty database of its own: in-memory PGlite, or a fresh database on the server. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = openDatabase({});
    await database.migrate();
    return { ...database, destroy: () => database.close() };
  }
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const server = await createServerDatabase(serverUrl, "kith_test");
  const database = openDatabase({ databaseUrl: server.url });
  await database.migrate();
  return {
    ...database,
    async destroy() {
      await database.close();
      await server.drop();
    },
  };
}

/** Inserts a user and returns its id. */
export async function createTestUser(database: Database, name = "Test user"): Promise<string> {
  const [row] = await database.db.insert(users).values({ name }).returning({ id: users.id });
  if (!row) throw new Error("no user");
  return row.id;
}

/** A database URL for a brand-new PostgreSQL database (end-to-end runs), and a way to drop it. */
export async function createServerDatabase(baseUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
