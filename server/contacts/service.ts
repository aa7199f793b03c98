import { and, asc, desc, eq, isNotNull, isNull, like, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, type ContactRow } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import {
  contactFields,
  listContactsInput,
  updateContactInput,
  type ContactFieldsInput,
  type ListContactsInput,
  type UpdateContactInput,
} from "./schemas";

export interface Birthday {
  day: number;
  month: number;
  year: number | null;
}

export type Contact = Omit<ContactRow, "ownerId" | "sortName" | "searchText" | "birthdayDay" | "birthdayMonth" | "birthdayYear"> & {
  birthday: Birthday | null;
};

export interface ContactPage {
  items: Contact[];
  nextCursor: string | null;
}

function toContact(row: ContactRow): Contact {
  const { ownerId: _owner, sortName: _sort, searchText: _search, birthdayDay, birthdayMonth, birthdayYear, ...rest } = row;
  return {
    ...rest,
    birthday: birthdayDay != null && birthdayMonth != null ? { day: birthdayDay, month: birthdayMonth, year: birthdayYear } : null,
  };
}

type ContactColumns = Omit<typeof contacts.$inferInsert, "id" | "ownerId" | "sortName" | "searchText" | "createdAt" | "updatedAt" | "archivedAt">;

function toColumns(fields: Partial<ReturnType<typeof contactFields.parse>>): Partial<ContactColumns> {
  const { birthday, ...rest } = fields;
  const columns: Partial<ContactColumns> = { ...rest };
  if (birthday !== undefined) {
    columns.birthdayDay = birthday?.day ?? null;
    columns.birthdayMonth = birthday?.month ?? null;
    columns.birthdayYear = birthday?.year ?? null;
  }
  return columns;
}

function ownedBy(ownerId: string, id: string): SQL | undefined {
  return and(eq(contacts.ownerId, ownerId), eq(contacts.id, id));
}

interface Cursor {
  key: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (parsed && typeof parsed === "object" && "key" in parsed && "id" in parsed) {
      const { key, id } = parsed as Record<string, unknown>;
      if (typeof key === "string" && typeof id === "string" && isUuid(id)) return { key, id };
    }
  } catch {
    // fall through: an unreadable cursor starts from the top
  }
  return null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** One page of the owner's contacts, by name (A to Z) or by last update (newest first). */
export async function listContacts(db: Db, ownerId: string, rawInput: ListContactsInput): Promise<ContactPage> {
  const input = listContactsInput.parse(rawInput);
  const filters: (SQL | undefined)[] = [eq(contacts.ownerId, ownerId), input.archived ? isNotNull(contacts.archivedAt) : isNull(contacts.archivedAt)];
  if (input.q) filters.push(like(contacts.searchText, `%${escapeLike(input.q.toLowerCase())}%`));

  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const byName = input.sort === "name";
  if (cursor) {
    filters.push(
      byName
        ? sql`(${contacts.sortName}, ${contacts.id}) > (${cursor.key}, ${cursor.id})`
        : sql`(${contacts.updatedAt}, ${contacts.id}) < (${cursor.key}::timestamptz, ${cursor.id})`,
    );
  }

  const rows = await db
    .select()
    .from(contacts)
    .where(and(...filters))
    .orderBy(...(byName ? [asc(contacts.sortName), asc(contacts.id)] : [desc(contacts.updatedAt), desc(contacts.id)]))
    .limit(input.limit + 1);

  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? encodeCursor({ key: byName ? last.sortName : last.updatedAt.toISOString(), id: last.id }) : null;
  return { items: items.map(toContact), nextCursor };
}

export async function getContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db.select().from(contacts).where(ownedBy(ownerId, id));
  if (!row) throw new NotFoundError("Contact");
  return toContact(row);
}

export async function createContact(db: Db, ownerId: string, rawInput: ContactFieldsInput): Promise<Contact> {
  const fields = contactFields.parse(rawInput);
  const [row] = await db
    .insert(contacts)
    .values({ ...toColumns(fields), displayName: fields.displayName, ownerId })
    .returning();
  if (!row) throw new Error("Insert returned no row");
  return toContact(row);
}

/** Creates many contacts in one transaction: all of them or none. */
export async function createContacts(db: Db, ownerId: string, rawInputs: ContactFieldsInput[]): Promise<number> {
  const values = rawInputs.map((raw) => {
    const fields = contactFields.parse(raw);
    return { ...toColumns(fields), displayName: fields.displayName, ownerId };
  });
  if (values.length === 0) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx.insert(contacts).values(values).returning({ id: contacts.id });
    return rows.length;
  });
}

export async function updateContact(db: Db, ownerId: string, rawInput: UpdateContactInput): Promise<Contact> {
  const { id, ...fields } = updateContactInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db
    .update(contacts)
    .set({ ...toColumns(fields), updatedAt: new Date() })
    .where(ownedBy(ownerId, id))
    .returning();
  if (!row) throw new NotFoundError("Contact");
  return toContact(row);
}

async function setArchived(db: Db, ownerId: string, id: string, archived: boolean): Promise<Contact> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db
    .update(contacts)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(ownedBy(ownerId, id))
    .returning();
  if (!row) throw new NotFoundError("Contact");
  return toContact(row);
}

export function archiveContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  return setArchived(db, ownerId, id, true);
}

export function restoreContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  return setArchived(db, ownerId, id, false);
}

export async function removeContact(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db.delete(contacts).where(ownedBy(ownerId, id)).returning({ id: contacts.id });
  if (!row) throw new NotFoundError("Contact");
  return row;
}

/** How many contacts the owner has, archived ones included. */
export async function countContacts(db: Db, ownerId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(contacts).where(eq(contacts.ownerId, ownerId));
  return row?.count ?? 0;
}

/** Deletes every contact the owner has; used when an account is deleted. */
export async function removeAllContacts(db: Db, ownerId: string): Promise<number> {
  const rows = await db.delete(contacts).where(eq(contacts.ownerId, ownerId)).returning({ id: contacts.id });
  return rows.length;
}
