import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, interactions, type ContactRow } from "@/db/schema";
import { addCurrentRoles, setCurrentRole } from "../companies/service";
import { isUuid, NotFoundError } from "../errors";
import { decodeCursor, decodeOffset, encodeCursor, encodeOffset, descending } from "../pagination";
import { searchCondition, searchRank } from "./search";
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

export type Contact = Omit<ContactRow, "ownerId" | "sortName" | "searchText" | "searchDocument" | "searchVector" | "birthdayDay" | "birthdayMonth" | "birthdayYear"> & {
  birthday: Birthday | null;
};

export interface ContactTag {
  id: string;
  name: string;
  colour: string;
}

/** What a list of people shows of each, with their tags: enough to recognise and open them. */
export type ContactListItem = Pick<Contact, "id" | "displayName" | "photoUrl" | "title" | "company" | "location"> & { tags: ContactTag[] };

export interface ContactPage {
  items: ContactListItem[];
  nextCursor: string | null;
}

// A contact's columns but the search ones: those are long (the notes, lower-cased, twice, and a
// tsvector) and only the database reads them.
const { searchText: _searchText, searchDocument: _searchDocument, searchVector: _searchVector, ...contactColumns } = getTableColumns(contacts);
type ContactRecord = Omit<ContactRow, "searchText" | "searchDocument" | "searchVector">;

// A list item's columns, its tags (A to Z) read in the same query, and the sort name and update
// time the list's cursor reads. (Inside a select's fields drizzle leaves columns unqualified,
// which in the subquery would name the tag's own: so the subquery is written out.)
const listColumns = {
  id: contacts.id,
  displayName: contacts.displayName,
  photoUrl: contacts.photoUrl,
  title: contacts.title,
  company: contacts.company,
  location: contacts.location,
  updatedAt: contacts.updatedAt,
  tags: sql<ContactTag[]>`coalesce((
    select json_agg(json_build_object('id', t.id, 'name', t.name, 'colour', t.colour) order by lower(t.name), t.id)
    from contact_tags ct join tags t on t.id = ct.tag_id
    where ct.contact_id = contacts.id and t.owner_id = contacts.owner_id
  ), '[]'::json)`,
  sortName: contacts.sortName,
};

function toListItem({ sortName: _sortName, updatedAt: _updatedAt, ...item }: ContactListItem & { sortName: string; updatedAt: Date }): ContactListItem {
  return item;
}

function toContact(row: ContactRecord): Contact {
  const { ownerId: _owner, sortName: _sort, birthdayDay, birthdayMonth, birthdayYear, ...rest } = row;
  return {
    ...rest,
    birthday: birthdayDay != null && birthdayMonth != null ? { day: birthdayDay, month: birthdayMonth, year: birthdayYear } : null,
  };
}

type ContactColumns = Omit<typeof contacts.$inferInsert, "id" | "ownerId" | "sortName" | "searchText" | "searchDocument" | "searchVector" | "createdAt" | "updatedAt" | "archivedAt">;

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

/** One page of the owner's contacts, by name (A to Z) or by last update (newest first); by relevance when searching. */
export async function listContacts(db: Db, ownerId: string, rawInput: ListContactsInput): Promise<ContactPage> {
  const input = listContactsInput.parse(rawInput);
  const filters: (SQL | undefined)[] = [
    eq(contacts.ownerId, ownerId),
    input.archived ? isNotNull(contacts.archivedAt) : isNull(contacts.archivedAt),
    ...membershipFilters(ownerId, input),
  ];
  if (input.q) return searchContacts(db, ownerId, input.q, filters, input);

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
    .select(listColumns)
    .from(contacts)
    .where(and(...filters))
    .orderBy(...(byName ? [asc(contacts.sortName), asc(contacts.id)] : [descending(contacts.updatedAt), descending(contacts.id)]))
    .limit(input.limit + 1);

  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? encodeCursor({ key: byName ? last.sortName : last.updatedAt.toISOString(), id: last.id }) : null;
  return { items: items.map(toListItem), nextCursor };
}

/** Narrowing to a circle, a tag or a company (now or before); an id the owner lacks matches no one. */
function membershipFilters(ownerId: string, input: ReturnType<typeof listContactsInput.parse>): SQL[] {
  const filters: SQL[] = [];
  const none = sql`false`;
  if (input.circleId !== undefined) {
    filters.push(
      isUuid(input.circleId)
        ? sql`${contacts.id} in (select m.contact_id from circle_members m join circles c on c.id = m.circle_id where c.owner_id = ${ownerId} and c.id = ${input.circleId})`
        : none,
    );
  }
  if (input.tagId !== undefined) {
    filters.push(
      isUuid(input.tagId)
        ? sql`${contacts.id} in (select ct.contact_id from contact_tags ct join tags t on t.id = ct.tag_id where t.owner_id = ${ownerId} and t.id = ${input.tagId})`
        : none,
    );
  }
  if (input.companyId !== undefined) {
    filters.push(
      isUuid(input.companyId)
        ? sql`${contacts.id} in (select e.contact_id from employments e join companies co on co.id = e.company_id where co.owner_id = ${ownerId} and co.id = ${input.companyId})`
        : none,
    );
  }
  return filters;
}

/** Search results by relevance; the cursor is an offset, since relevance has no stable key. */
async function searchContacts(db: Db, ownerId: string, query: string, filters: (SQL | undefined)[], input: ReturnType<typeof listContactsInput.parse>): Promise<ContactPage> {
  const offset = input.cursor ? decodeOffset(input.cursor) : 0;
  const rank = searchRank(query);
  const rows = await db
    .select(listColumns)
    .from(contacts)
    .where(and(...filters, searchCondition(ownerId, query)))
    .orderBy(desc(rank), asc(contacts.sortName), asc(contacts.id))
    .limit(input.limit + 1)
    .offset(offset);
  const items = rows.slice(0, input.limit);
  return { items: items.map(toListItem), nextCursor: rows.length > input.limit ? encodeOffset(offset + input.limit) : null };
}

export async function getContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db.select(contactColumns).from(contacts).where(ownedBy(ownerId, id));
  if (!row) throw new NotFoundError("Contact");
  return toContact(row);
}

export async function createContact(db: Db, ownerId: string, rawInput: ContactFieldsInput): Promise<Contact> {
  // The company becomes a current job; the row's company and title are its cache.
  const { company, ...fields } = contactFields.parse(rawInput);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contacts)
      .values({ ...toColumns(fields), displayName: fields.displayName, ownerId })
      .returning(contactColumns);
    if (!row) throw new Error("Insert returned no row");
    return toContact(company ? { ...row, ...(await setCurrentRole(tx, ownerId, row.id, { company, title: fields.title })) } : row);
  });
}

/** Creates many contacts in one transaction: all of them or none. */
export async function createContacts(db: Db, ownerId: string, rawInputs: ContactFieldsInput[]): Promise<number> {
  const parsed = rawInputs.map((raw) => {
    const { company, ...fields } = contactFields.parse(raw);
    return { id: randomUUID(), company, fields };
  });
  if (parsed.length === 0) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(contacts)
      .values(parsed.map(({ id, fields }) => ({ ...toColumns(fields), id, displayName: fields.displayName, ownerId })))
      .returning({ id: contacts.id });
    await addCurrentRoles(
      tx,
      ownerId,
      parsed.flatMap(({ id, company, fields }) => (company ? [{ contactId: id, company, title: fields.title ?? null }] : [])),
    );
    return rows.length;
  });
}

export async function updateContact(db: Db, ownerId: string, rawInput: UpdateContactInput): Promise<Contact> {
  const { id, company, title, ...fields } = updateContactInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Contact");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(contacts)
      .set({ ...toColumns(fields), updatedAt: new Date() })
      .where(ownedBy(ownerId, id))
      .returning(contactColumns);
    if (!row) throw new NotFoundError("Contact");
    if (company === undefined && title === undefined) return toContact(row);
    return toContact({ ...row, ...(await setCurrentRole(tx, ownerId, id, { company, title })) });
  });
}

async function setArchived(db: Db, ownerId: string, id: string, archived: boolean): Promise<Contact> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  const [row] = await db
    .update(contacts)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(ownedBy(ownerId, id))
    .returning(contactColumns);
  if (!row) throw new NotFoundError("Contact");
  return toContact(row);
}

export function archiveContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  return setArchived(db, ownerId, id, true);
}

export function restoreContact(db: Db, ownerId: string, id: string): Promise<Contact> {
  return setArchived(db, ownerId, id, false);
}

/** Deletes the contact with everything recorded about them, and interactions left with no one in them. */
export async function removeContact(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Contact");
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(contacts).where(ownedBy(ownerId, id)).returning({ id: contacts.id });
    if (!row) throw new NotFoundError("Contact");
    await tx.delete(interactions).where(and(eq(interactions.ownerId, ownerId), sql`not exists (select 1 from interaction_contacts ic where ic.interaction_id = ${interactions.id})`));
    return row;
  });
}

/** Throws NotFoundError("Contact") unless every id (each given once) is one of the owner's contacts. */
export async function assertOwnContacts(db: Db, ownerId: string, ids: string[]): Promise<void> {
  if (!ids.every(isUuid)) throw new NotFoundError("Contact");
  const found = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, ids)));
  if (found.length !== ids.length) throw new NotFoundError("Contact");
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
