import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";

/** Throws NotFoundError("Contact") unless the contact is the owner's. */
export async function requireContact(db: Db, ownerId: string, contactId: string): Promise<void> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));
  if (!row) throw new NotFoundError("Contact");
}

/** Today's date (UTC) as YYYY-MM-DD: the default for a dated entry the client sent no date for. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether a partial update sets anything (an update with nothing to set just reads the row). */
export function hasChanges(fields: Record<string, unknown>): boolean {
  return Object.values(fields).some((value) => value !== undefined);
}
