import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { circleMembers, circles, contacts } from "@/db/schema";
import { assertOwnContacts } from "../contacts/service";
import { isUniqueViolation, isUuid, NotFoundError, UserInputError } from "../errors";
import {
  addMembersInput,
  createCircleInput,
  removeMemberInput,
  updateCircleInput,
  type AddMembersInput,
  type CreateCircleInput,
  type RemoveMemberInput,
  type UpdateCircleInput,
} from "./schemas";

export type Circle = Omit<typeof circles.$inferSelect, "ownerId">;

export type CircleSummary = Circle & {
  /** Members who are not archived. */
  memberCount: number;
};

export interface CircleMember {
  id: string;
  displayName: string;
  photoUrl: string | null;
  title: string | null;
  company: string | null;
}

export type CircleDetails = Circle & { members: CircleMember[] };

export interface CircleRef {
  id: string;
  name: string;
}

const circleColumns = {
  id: circles.id,
  name: circles.name,
  description: circles.description,
  purpose: circles.purpose,
  type: circles.type,
  place: circles.place,
  space: circles.space,
  pace: circles.pace,
  cadenceDays: circles.cadenceDays,
  createdAt: circles.createdAt,
  updatedAt: circles.updatedAt,
};

function nameTaken(name: string): UserInputError {
  return new UserInputError(`You already have a circle called “${name}”. Pick another name.`);
}

/** The owner's circles, A to Z, with how many (unarchived) people are in each. */
export async function listCircles(db: Db, ownerId: string): Promise<CircleSummary[]> {
  return db
    .select({
      ...circleColumns,
      memberCount: sql<number>`(select count(*)::int from ${circleMembers} m join ${contacts} c on c.id = m.contact_id where m.circle_id = circles.id and c.archived_at is null)`,
    })
    .from(circles)
    .where(eq(circles.ownerId, ownerId))
    .orderBy(sql`lower(${circles.name})`, asc(circles.id));
}

async function findCircle(db: Db, ownerId: string, id: string): Promise<Circle> {
  if (!isUuid(id)) throw new NotFoundError("Circle");
  const [row] = await db
    .select(circleColumns)
    .from(circles)
    .where(and(eq(circles.ownerId, ownerId), eq(circles.id, id)));
  if (!row) throw new NotFoundError("Circle");
  return row;
}

/** A circle with its (unarchived) members, A to Z. */
export async function getCircle(db: Db, ownerId: string, id: string): Promise<CircleDetails> {
  const circle = await findCircle(db, ownerId, id);
  const members = await db
    .select({ id: contacts.id, displayName: contacts.displayName, photoUrl: contacts.photoUrl, title: contacts.title, company: contacts.company })
    .from(circleMembers)
    .innerJoin(contacts, eq(contacts.id, circleMembers.contactId))
    .where(and(eq(circleMembers.circleId, circle.id), eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.sortName), asc(contacts.id));
  return { ...circle, members };
}

export async function createCircle(db: Db, ownerId: string, rawInput: CreateCircleInput): Promise<Circle> {
  const fields = createCircleInput.parse(rawInput);
  try {
    const [row] = await db
      .insert(circles)
      .values({ ...fields, ownerId })
      .returning(circleColumns);
    if (!row) throw new Error("Insert returned no row");
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(fields.name);
    throw error;
  }
}

export async function updateCircle(db: Db, ownerId: string, rawInput: UpdateCircleInput): Promise<Circle> {
  const { id, ...fields } = updateCircleInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Circle");
  try {
    const [row] = await db
      .update(circles)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(circles.ownerId, ownerId), eq(circles.id, id)))
      .returning(circleColumns);
    if (!row) throw new NotFoundError("Circle");
    return row;
  } catch (error) {
    if (fields.name && isUniqueViolation(error)) throw nameTaken(fields.name);
    throw error;
  }
}

/** Deletes the circle; its members' contacts stay. */
export async function removeCircle(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Circle");
  const [row] = await db
    .delete(circles)
    .where(and(eq(circles.ownerId, ownerId), eq(circles.id, id)))
    .returning({ id: circles.id });
  if (!row) throw new NotFoundError("Circle");
  return row;
}

/** Adds people to a circle; those already in it stay as they are. Returns who was newly added. */
export async function addMembers(db: Db, ownerId: string, rawInput: AddMembersInput): Promise<{ added: string[] }> {
  const input = addMembersInput.parse(rawInput);
  const contactIds = [...new Set(input.contactIds)];
  return db.transaction(async (tx) => {
    const circle = await findCircle(tx, ownerId, input.circleId);
    await assertOwnContacts(tx, ownerId, contactIds);
    const rows = await tx
      .insert(circleMembers)
      .values(contactIds.map((contactId) => ({ circleId: circle.id, contactId })))
      .onConflictDoNothing()
      .returning({ contactId: circleMembers.contactId });
    return { added: rows.map((row) => row.contactId) };
  });
}

/** Takes one person out of a circle; their contact stays. */
export async function removeMember(db: Db, ownerId: string, rawInput: RemoveMemberInput): Promise<{ contactId: string }> {
  const input = removeMemberInput.parse(rawInput);
  const circle = await findCircle(db, ownerId, input.circleId);
  if (!isUuid(input.contactId)) throw new NotFoundError("Circle member");
  const [row] = await db
    .delete(circleMembers)
    .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.contactId, input.contactId)))
    .returning({ contactId: circleMembers.contactId });
  if (!row) throw new NotFoundError("Circle member");
  return row;
}

/** The circles a contact is in, A to Z. */
export async function listCirclesForContact(db: Db, ownerId: string, contactId: string): Promise<CircleRef[]> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));
  if (!contact) throw new NotFoundError("Contact");
  return db
    .select({ id: circles.id, name: circles.name })
    .from(circleMembers)
    .innerJoin(circles, eq(circles.id, circleMembers.circleId))
    .where(and(eq(circleMembers.contactId, contact.id), eq(circles.ownerId, ownerId)))
    .orderBy(sql`lower(${circles.name})`, asc(circles.id));
}
