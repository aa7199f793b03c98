import { and, asc, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, interactionContacts, interactions, type InteractionRow } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { assertOwnContacts } from "../contacts/service";
import { markDueNotificationsRead } from "../notifications/service";
import { decodeCursor, encodeCursor, descending } from "../pagination";
import {
  countInteractionsInput,
  listInteractionsInput,
  logInteractionInput,
  updateInteractionInput,
  type CountInteractionsInput,
  type ListInteractionsInput,
  type LogInteractionInput,
  type UpdateInteractionInput,
} from "./schemas";

export interface Participant {
  id: string;
  displayName: string;
}

export type Interaction = Omit<InteractionRow, "ownerId"> & {
  /** Everyone who took part, by name. */
  participants: Participant[];
};

export interface InteractionPage {
  items: Interaction[];
  nextCursor: string | null;
}

// A transaction handle offers the same query API as the database.
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function ownedInteraction(ownerId: string, id: string): SQL | undefined {
  return and(eq(interactions.ownerId, ownerId), eq(interactions.id, id));
}

/**
 * The keep-in-touch clock restarts with every logged interaction: a snooze ends with it, and a
 * "due" notification about the people in it is answered.
 */
async function restartClock(tx: Tx, ownerId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(contacts)
    .set({ snoozedUntil: null })
    .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, ids), isNotNull(contacts.snoozedUntil)));
  await markDueNotificationsRead(tx, ownerId, ids);
}

async function participantsOf(db: Db | Tx, ownerId: string, interactionIds: string[]): Promise<Map<string, Participant[]>> {
  const byInteraction = new Map<string, Participant[]>(interactionIds.map((id) => [id, []]));
  if (interactionIds.length === 0) return byInteraction;
  const rows = await db
    .select({ interactionId: interactionContacts.interactionId, id: contacts.id, displayName: contacts.displayName })
    .from(interactionContacts)
    .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
    .where(and(eq(contacts.ownerId, ownerId), inArray(interactionContacts.interactionId, interactionIds)))
    .orderBy(asc(contacts.sortName), asc(contacts.id));
  for (const { interactionId, ...participant } of rows) byInteraction.get(interactionId)?.push(participant);
  return byInteraction;
}

function toInteraction(row: InteractionRow, participants: Participant[]): Interaction {
  const { ownerId: _owner, ...rest } = row;
  return { ...rest, participants };
}

async function readInteraction(db: Db | Tx, ownerId: string, id: string): Promise<Interaction> {
  if (!isUuid(id)) throw new NotFoundError("Interaction");
  const [row] = await db.select().from(interactions).where(ownedInteraction(ownerId, id));
  if (!row) throw new NotFoundError("Interaction");
  const participants = await participantsOf(db, ownerId, [id]);
  return toInteraction(row, participants.get(id) ?? []);
}

/** Records an interaction with one or more of the owner's contacts: all of it, or nothing. */
export async function logInteraction(db: Db, ownerId: string, rawInput: LogInteractionInput): Promise<Interaction> {
  const { contactIds, ...fields } = logInteractionInput.parse(rawInput);
  return db.transaction(async (tx) => {
    await assertOwnContacts(tx, ownerId, contactIds);
    const [row] = await tx
      .insert(interactions)
      .values({ ...fields, notes: fields.notes ?? null, ownerId })
      .returning();
    if (!row) throw new Error("Insert returned no row");
    await tx.insert(interactionContacts).values(contactIds.map((contactId) => ({ interactionId: row.id, contactId })));
    await restartClock(tx, ownerId, contactIds);
    return readInteraction(tx, ownerId, row.id);
  });
}

/** Changes the fields given; contactIds replaces the participants, and newly added ones count as logged with. */
export async function updateInteraction(db: Db, ownerId: string, rawInput: UpdateInteractionInput): Promise<Interaction> {
  const { id, contactIds, ...fields } = updateInteractionInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Interaction");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(interactions)
      .set({ ...fields, updatedAt: new Date() })
      .where(ownedInteraction(ownerId, id))
      .returning({ id: interactions.id });
    if (!row) throw new NotFoundError("Interaction");
    if (contactIds) {
      await assertOwnContacts(tx, ownerId, contactIds);
      const previous = await tx
        .delete(interactionContacts)
        .where(eq(interactionContacts.interactionId, id))
        .returning({ contactId: interactionContacts.contactId });
      await tx.insert(interactionContacts).values(contactIds.map((contactId) => ({ interactionId: id, contactId })));
      const before = new Set(previous.map((participant) => participant.contactId));
      await restartClock(
        tx,
        ownerId,
        contactIds.filter((contactId) => !before.has(contactId)),
      );
    }
    return readInteraction(tx, ownerId, id);
  });
}

/** Deletes an interaction and returns it whole, so it can be logged again to undo. */
export async function removeInteraction(db: Db, ownerId: string, id: string): Promise<Interaction> {
  return db.transaction(async (tx) => {
    const interaction = await readInteraction(tx, ownerId, id);
    await tx.delete(interactions).where(ownedInteraction(ownerId, id));
    return interaction;
  });
}

export function getInteraction(db: Db, ownerId: string, id: string): Promise<Interaction> {
  return readInteraction(db, ownerId, id);
}

/** Limits to interactions with one contact, after checking that contact is the owner's. */
async function contactFilter(db: Db, ownerId: string, contactId: string | undefined): Promise<SQL | undefined> {
  if (contactId === undefined) return undefined;
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));
  if (!contact) throw new NotFoundError("Contact");
  return exists(
    db
      .select({ one: sql`1` })
      .from(interactionContacts)
      .where(and(eq(interactionContacts.interactionId, interactions.id), eq(interactionContacts.contactId, contactId))),
  );
}

/** One page of the owner's interactions, newest first; with a contactId, only those with that contact. */
export async function listInteractions(db: Db, ownerId: string, rawInput: ListInteractionsInput): Promise<InteractionPage> {
  const input = listInteractionsInput.parse(rawInput);
  const filters: (SQL | undefined)[] = [eq(interactions.ownerId, ownerId), await contactFilter(db, ownerId, input.contactId)];
  const cursor = input.cursor ? decodeCursor(input.cursor, (key) => !Number.isNaN(Date.parse(key))) : null;
  if (cursor) filters.push(sql`(${interactions.occurredAt}, ${interactions.id}) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`);

  const rows = await db
    .select()
    .from(interactions)
    .where(and(...filters))
    .orderBy(descending(interactions.occurredAt), descending(interactions.id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const participants = await participantsOf(
    db,
    ownerId,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toInteraction(row, participants.get(row.id) ?? [])),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ key: last.occurredAt.toISOString(), id: last.id }) : null,
  };
}

/** How many interactions the owner has logged; with a contactId, how many with that contact. */
export async function countInteractions(db: Db, ownerId: string, rawInput: CountInteractionsInput): Promise<number> {
  const input = countInteractionsInput.parse(rawInput);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(interactions)
    .where(and(eq(interactions.ownerId, ownerId), await contactFilter(db, ownerId, input.contactId)));
  return row?.count ?? 0;
}
