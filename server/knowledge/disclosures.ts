import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { disclosures } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { addDisclosureInput, updateDisclosureInput, type AddDisclosureInput, type UpdateDisclosureInput } from "./schemas";
import { hasChanges, requireContact, today } from "./scope";

export interface Disclosure {
  id: string;
  contactId: string;
  text: string;
  sharedOn: string;
  createdAt: Date;
}

const columns = { id: disclosures.id, contactId: disclosures.contactId, text: disclosures.text, sharedOn: disclosures.sharedOn, createdAt: disclosures.createdAt };

/** What the owner has told a contact about themselves, most recently shared first. */
export async function listDisclosures(db: Db, ownerId: string, contactId: string): Promise<Disclosure[]> {
  await requireContact(db, ownerId, contactId);
  return db
    .select(columns)
    .from(disclosures)
    .where(and(eq(disclosures.ownerId, ownerId), eq(disclosures.contactId, contactId)))
    .orderBy(desc(disclosures.sharedOn), desc(disclosures.createdAt), desc(disclosures.id));
}

export async function addDisclosure(db: Db, ownerId: string, rawInput: AddDisclosureInput): Promise<Disclosure> {
  const { contactId, text, sharedOn } = addDisclosureInput.parse(rawInput);
  await requireContact(db, ownerId, contactId);
  const [row] = await db
    .insert(disclosures)
    .values({ ownerId, contactId, text, sharedOn: sharedOn ?? today() })
    .returning(columns);
  if (!row) throw new Error("Insert returned no row");
  return row;
}

/** Only the fields present change. */
export async function updateDisclosure(db: Db, ownerId: string, rawInput: UpdateDisclosureInput): Promise<Disclosure> {
  const { id, ...fields } = updateDisclosureInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Disclosure");
  const owned = and(eq(disclosures.ownerId, ownerId), eq(disclosures.id, id));
  const [row] = hasChanges(fields) ? await db.update(disclosures).set(fields).where(owned).returning(columns) : await db.select(columns).from(disclosures).where(owned);
  if (!row) throw new NotFoundError("Disclosure");
  return row;
}

/** Deletes a disclosure and returns it, so the caller can offer to add it back. */
export async function removeDisclosure(db: Db, ownerId: string, id: string): Promise<Disclosure> {
  if (!isUuid(id)) throw new NotFoundError("Disclosure");
  const [row] = await db
    .delete(disclosures)
    .where(and(eq(disclosures.ownerId, ownerId), eq(disclosures.id, id)))
    .returning(columns);
  if (!row) throw new NotFoundError("Disclosure");
  return row;
}
