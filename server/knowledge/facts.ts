import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { facts } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { addFactInput, updateFactInput, type AddFactInput, type UpdateFactInput } from "./schemas";
import { hasChanges, requireContact, today } from "./scope";

export interface Fact {
  id: string;
  contactId: string;
  kind: string;
  text: string;
  learnedOn: string;
  createdAt: Date;
}

const columns = { id: facts.id, contactId: facts.contactId, kind: facts.kind, text: facts.text, learnedOn: facts.learnedOn, createdAt: facts.createdAt };

/** What the owner knows about a contact, most recently learned first. */
export async function listFacts(db: Db, ownerId: string, contactId: string): Promise<Fact[]> {
  await requireContact(db, ownerId, contactId);
  return db
    .select(columns)
    .from(facts)
    .where(and(eq(facts.ownerId, ownerId), eq(facts.contactId, contactId)))
    .orderBy(desc(facts.learnedOn), desc(facts.createdAt), desc(facts.id));
}

export async function addFact(db: Db, ownerId: string, rawInput: AddFactInput): Promise<Fact> {
  const { contactId, learnedOn, ...fields } = addFactInput.parse(rawInput);
  await requireContact(db, ownerId, contactId);
  const [row] = await db
    .insert(facts)
    .values({ ...fields, ownerId, contactId, learnedOn: learnedOn ?? today() })
    .returning(columns);
  if (!row) throw new Error("Insert returned no row");
  return row;
}

/** Only the fields present change. */
export async function updateFact(db: Db, ownerId: string, rawInput: UpdateFactInput): Promise<Fact> {
  const { id, ...fields } = updateFactInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Fact");
  const owned = and(eq(facts.ownerId, ownerId), eq(facts.id, id));
  const [row] = hasChanges(fields) ? await db.update(facts).set(fields).where(owned).returning(columns) : await db.select(columns).from(facts).where(owned);
  if (!row) throw new NotFoundError("Fact");
  return row;
}

/** Deletes a fact and returns it, so the caller can offer to add it back. */
export async function removeFact(db: Db, ownerId: string, id: string): Promise<Fact> {
  if (!isUuid(id)) throw new NotFoundError("Fact");
  const [row] = await db
    .delete(facts)
    .where(and(eq(facts.ownerId, ownerId), eq(facts.id, id)))
    .returning(columns);
  if (!row) throw new NotFoundError("Fact");
  return row;
}
