import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, contactTags, tags } from "@/db/schema";
import { assertOwnContacts } from "../contacts/service";
import { isUniqueViolation, isUuid, NotFoundError, UserInputError } from "../errors";
import {
  applyTagInput,
  createTagInput,
  mergeTagsInput,
  recolourTagInput,
  renameTagInput,
  type ApplyTagInput,
  type CreateTagInput,
  type MergeTagsInput,
  type RecolourTagInput,
  type RenameTagInput,
} from "./schemas";
import type { TagColour } from "@/db/schema/vocabulary";

export interface Tag {
  id: string;
  name: string;
  colour: TagColour;
}

export type TagSummary = Tag & {
  /** Tagged people who are not archived. */
  count: number;
};

const tagColumns = { id: tags.id, name: tags.name, colour: sql<TagColour>`${tags.colour}` };

function nameTaken(name: string): UserInputError {
  return new UserInputError(`You already have a tag called “${name}”. Pick another name, or merge the two.`);
}

function ownedTag(ownerId: string, id: string) {
  return and(eq(tags.ownerId, ownerId), eq(tags.id, id));
}

async function findTag(db: Db, ownerId: string, id: string): Promise<Tag> {
  if (!isUuid(id)) throw new NotFoundError("Tag");
  const [row] = await db.select(tagColumns).from(tags).where(ownedTag(ownerId, id));
  if (!row) throw new NotFoundError("Tag");
  return row;
}

/** The owner's tags, A to Z, with how many (unarchived) people carry each. */
export async function listTags(db: Db, ownerId: string): Promise<TagSummary[]> {
  return db
    .select({
      ...tagColumns,
      count: sql<number>`(select count(*)::int from ${contactTags} ct join ${contacts} c on c.id = ct.contact_id where ct.tag_id = tags.id and c.archived_at is null)`,
    })
    .from(tags)
    .where(eq(tags.ownerId, ownerId))
    .orderBy(sql`lower(${tags.name})`, asc(tags.id));
}

export async function createTag(db: Db, ownerId: string, rawInput: CreateTagInput): Promise<Tag> {
  const input = createTagInput.parse(rawInput);
  try {
    const [row] = await db
      .insert(tags)
      .values({ ownerId, name: input.name, colour: input.colour })
      .returning(tagColumns);
    if (!row) throw new Error("Insert returned no row");
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function renameTag(db: Db, ownerId: string, rawInput: RenameTagInput): Promise<Tag> {
  const input = renameTagInput.parse(rawInput);
  if (!isUuid(input.id)) throw new NotFoundError("Tag");
  try {
    const [row] = await db.update(tags).set({ name: input.name }).where(ownedTag(ownerId, input.id)).returning(tagColumns);
    if (!row) throw new NotFoundError("Tag");
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function recolourTag(db: Db, ownerId: string, rawInput: RecolourTagInput): Promise<Tag> {
  const input = recolourTagInput.parse(rawInput);
  if (!isUuid(input.id)) throw new NotFoundError("Tag");
  const [row] = await db.update(tags).set({ colour: input.colour }).where(ownedTag(ownerId, input.id)).returning(tagColumns);
  if (!row) throw new NotFoundError("Tag");
  return row;
}

/** Gives everyone tagged with the source the target tag instead, then deletes the source. */
export async function mergeTags(db: Db, ownerId: string, rawInput: MergeTagsInput): Promise<{ target: Tag; added: number }> {
  const input = mergeTagsInput.parse(rawInput);
  return db.transaction(async (tx) => {
    const source = await findTag(tx, ownerId, input.sourceId);
    const target = await findTag(tx, ownerId, input.targetId);
    if (source.id === target.id) throw new UserInputError("A tag cannot be merged into itself. Pick a different tag to merge into.");
    const added = await tx
      .insert(contactTags)
      .select(tx.select({ contactId: contactTags.contactId, tagId: sql<string>`${target.id}::uuid`.as("tag_id") }).from(contactTags).where(eq(contactTags.tagId, source.id)))
      .onConflictDoNothing()
      .returning({ contactId: contactTags.contactId });
    await tx.delete(tags).where(ownedTag(ownerId, source.id));
    return { target, added: added.length };
  });
}

/** Deletes the tag; the people who carried it stay. */
export async function removeTag(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Tag");
  const [row] = await db.delete(tags).where(ownedTag(ownerId, id)).returning({ id: tags.id });
  if (!row) throw new NotFoundError("Tag");
  return row;
}

/** Tags people; those already tagged stay as they are. Returns who was newly tagged, for an Undo. */
export async function applyTag(db: Db, ownerId: string, rawInput: ApplyTagInput): Promise<{ applied: string[] }> {
  const input = applyTagInput.parse(rawInput);
  const contactIds = [...new Set(input.contactIds)];
  return db.transaction(async (tx) => {
    const tag = await findTag(tx, ownerId, input.tagId);
    await assertOwnContacts(tx, ownerId, contactIds);
    const rows = await tx
      .insert(contactTags)
      .values(contactIds.map((contactId) => ({ contactId, tagId: tag.id })))
      .onConflictDoNothing()
      .returning({ contactId: contactTags.contactId });
    return { applied: rows.map((row) => row.contactId) };
  });
}

/** Takes the tag off people; those without it are left alone. */
export async function unapplyTag(db: Db, ownerId: string, rawInput: ApplyTagInput): Promise<{ removed: string[] }> {
  const input = applyTagInput.parse(rawInput);
  if (!input.contactIds.every(isUuid)) throw new NotFoundError("Contact");
  const tag = await findTag(db, ownerId, input.tagId);
  // The tag is the owner's, so every row it has links one of the owner's contacts.
  const rows = await db
    .delete(contactTags)
    .where(and(eq(contactTags.tagId, tag.id), inArray(contactTags.contactId, input.contactIds)))
    .returning({ contactId: contactTags.contactId });
  return { removed: rows.map((row) => row.contactId) };
}

/** A contact's tags, A to Z. */
export async function listTagsForContact(db: Db, ownerId: string, contactId: string): Promise<Tag[]> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));
  if (!contact) throw new NotFoundError("Contact");
  return db
    .select(tagColumns)
    .from(contactTags)
    .innerJoin(tags, eq(tags.id, contactTags.tagId))
    .where(and(eq(contactTags.contactId, contact.id), eq(tags.ownerId, ownerId)))
    .orderBy(sql`lower(${tags.name})`, asc(tags.id));
}
