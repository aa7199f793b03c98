import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "./client";
import { contacts, interactionContacts, interactions, users } from "./schema";

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

/** A contact's columns other than its owner and name, for tests that set them directly. */
export type TestContactFields = Omit<Partial<typeof contacts.$inferInsert>, "ownerId" | "displayName">;

/** Inserts a contact straight into the table, past the contacts service, and returns its id. */
export async function createTestContact(database: Database, ownerId: string, displayName: string, fields: TestContactFields = {}): Promise<string> {
  const [row] = await database.db
    .insert(contacts)
    .values({ ...fields, ownerId, displayName })
    .returning({ id: contacts.id });
  if (!row) throw new Error("no contact");
  return row.id;
}

/** An interaction's columns other than its owner and time: a call I started unless told otherwise. */
export type TestInteractionFields = Omit<Partial<typeof interactions.$inferInsert>, "ownerId" | "occurredAt">;

/** Inserts an interaction with these contacts straight into the tables, past the interactions service, and returns its id. */
export async function createTestInteraction(
  database: Database,
  ownerId: string,
  contactIds: string[],
  occurredAt: Date,
  fields: TestInteractionFields = {},
): Promise<string> {
  const [row] = await database.db
    .insert(interactions)
    .values({ channel: "call", initiator: "me", ...fields, ownerId, occurredAt })
    .returning({ id: interactions.id });
  if (!row) throw new Error("no interaction");
  if (contactIds.length > 0) await database.db.insert(interactionContacts).values(contactIds.map((contactId) => ({ interactionId: row.id, contactId })));
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
