import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, contactTopics, topics } from "@/db/schema";
import { isUniqueViolation, isUuid, NotFoundError, UserInputError } from "../errors";
import {
  addTopicToContactInput,
  contactTopicInput,
  createTopicInput,
  setTopicNoteInput,
  updateTopicInput,
  type AddTopicToContactInput,
  type CreateTopicInput,
  type SetTopicNoteInput,
  type UpdateTopicInput,
} from "./schemas";
import { hasChanges, requireContact } from "./scope";

export interface Topic {
  id: string;
  name: string;
  description: string | null;
}

export interface TopicSummary extends Topic {
  /** How many contacts the owner is learning it with. */
  peopleCount: number;
}

export interface TopicPerson {
  id: string;
  displayName: string;
  photoUrl: string | null;
  note: string | null;
}

export interface TopicDetail extends Topic {
  /** Everyone the owner is learning it with, A to Z. */
  people: TopicPerson[];
}

/** A topic as one contact learns it with the owner. */
export interface ContactTopic extends Topic {
  contactId: string;
  note: string | null;
}

const topicColumns = { id: topics.id, name: topics.name, description: topics.description };
const byName = [asc(sql`lower(${topics.name})`), asc(topics.id)];

function sameName(name: string) {
  return sql`lower(${topics.name}) = lower(${name})`;
}

async function requireTopic(db: Db, ownerId: string, id: string): Promise<Topic> {
  if (!isUuid(id)) throw new NotFoundError("Topic");
  const [row] = await db
    .select(topicColumns)
    .from(topics)
    .where(and(eq(topics.ownerId, ownerId), eq(topics.id, id)));
  if (!row) throw new NotFoundError("Topic");
  return row;
}

async function findTopicByName(db: Db, ownerId: string, name: string): Promise<Topic | undefined> {
  const [row] = await db
    .select(topicColumns)
    .from(topics)
    .where(and(eq(topics.ownerId, ownerId), sameName(name)));
  return row;
}

/** The owner's topics A to Z, each with how many people they learn it with. */
export async function listTopics(db: Db, ownerId: string): Promise<TopicSummary[]> {
  return db
    .select({ ...topicColumns, peopleCount: count(contactTopics.contactId) })
    .from(topics)
    .leftJoin(contactTopics, eq(contactTopics.topicId, topics.id))
    .where(eq(topics.ownerId, ownerId))
    .groupBy(topics.id)
    .orderBy(...byName);
}

export async function getTopic(db: Db, ownerId: string, id: string): Promise<TopicDetail> {
  const topic = await requireTopic(db, ownerId, id);
  const people = await db
    .select({ id: contacts.id, displayName: contacts.displayName, photoUrl: contacts.photoUrl, note: contactTopics.note })
    .from(contactTopics)
    .innerJoin(contacts, eq(contacts.id, contactTopics.contactId))
    .where(and(eq(contactTopics.topicId, topic.id), eq(contacts.ownerId, ownerId)))
    .orderBy(asc(contacts.sortName), asc(contacts.id));
  return { ...topic, people };
}

function nameTaken(existing: string): UserInputError {
  return new UserInputError(`You already have a topic called “${existing}”. Pick another name, or use that one.`);
}

export async function createTopic(db: Db, ownerId: string, rawInput: CreateTopicInput): Promise<Topic> {
  const input = createTopicInput.parse(rawInput);
  const [row] = await db
    .insert(topics)
    .values({ ownerId, name: input.name, description: input.description ?? null })
    .onConflictDoNothing()
    .returning(topicColumns);
  if (row) return row;
  throw nameTaken((await findTopicByName(db, ownerId, input.name))?.name ?? input.name);
}

/** Renames a topic and/or changes its description; only the fields present change. */
export async function updateTopic(db: Db, ownerId: string, rawInput: UpdateTopicInput): Promise<Topic> {
  const { id, ...fields } = updateTopicInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Topic");
  if (!hasChanges(fields)) return requireTopic(db, ownerId, id);
  try {
    const [row] = await db
      .update(topics)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(topics.ownerId, ownerId), eq(topics.id, id)))
      .returning(topicColumns);
    if (!row) throw new NotFoundError("Topic");
    return row;
  } catch (error) {
    if (fields.name !== undefined && isUniqueViolation(error)) throw nameTaken((await findTopicByName(db, ownerId, fields.name))?.name ?? fields.name);
    throw error;
  }
}

/** Deletes a topic; every contact's link to it goes with it. */
export async function removeTopic(db: Db, ownerId: string, id: string): Promise<Topic> {
  if (!isUuid(id)) throw new NotFoundError("Topic");
  const [row] = await db
    .delete(topics)
    .where(and(eq(topics.ownerId, ownerId), eq(topics.id, id)))
    .returning(topicColumns);
  if (!row) throw new NotFoundError("Topic");
  return row;
}

/** The topics a contact learns with the owner, A to Z. */
export async function listTopicsForContact(db: Db, ownerId: string, contactId: string): Promise<ContactTopic[]> {
  await requireContact(db, ownerId, contactId);
  return db
    .select({ ...topicColumns, contactId: contactTopics.contactId, note: contactTopics.note })
    .from(contactTopics)
    .innerJoin(topics, eq(topics.id, contactTopics.topicId))
    .where(and(eq(contactTopics.contactId, contactId), eq(topics.ownerId, ownerId)))
    .orderBy(...byName);
}

async function findOrCreateTopic(db: Db, ownerId: string, name: string): Promise<Topic> {
  const existing = await findTopicByName(db, ownerId, name);
  if (existing) return existing;
  const [created] = await db.insert(topics).values({ ownerId, name }).onConflictDoNothing().returning(topicColumns);
  // Nothing inserted means a concurrent request created it first; that one is now visible.
  const topic = created ?? (await findTopicByName(db, ownerId, name));
  if (!topic) throw new Error(`Topic “${name}” neither inserted nor found`);
  return topic;
}

/**
 * Links a contact to a topic, given by id or by name; a name reuses the owner's topic of that
 * name in any letter case, or creates it. Linking again keeps the link and updates a given note.
 */
export async function addTopicToContact(db: Db, ownerId: string, rawInput: AddTopicToContactInput): Promise<ContactTopic> {
  const { contactId, topicId, name, note } = addTopicToContactInput.parse(rawInput);
  return db.transaction(async (tx) => {
    await requireContact(tx, ownerId, contactId);
    const topic = topicId !== undefined ? await requireTopic(tx, ownerId, topicId) : await findOrCreateTopic(tx, ownerId, name ?? "");
    const [link] = await tx
      .insert(contactTopics)
      .values({ contactId, topicId: topic.id, note: note ?? null })
      .onConflictDoUpdate({ target: [contactTopics.contactId, contactTopics.topicId], set: { note: sql`coalesce(excluded.note, ${contactTopics.note})` } })
      .returning({ note: contactTopics.note });
    if (!link) throw new Error("Upsert returned no row");
    return { ...topic, contactId, note: link.note };
  });
}

async function requireLink(db: Db, ownerId: string, contactId: string, topicId: string): Promise<Topic> {
  await requireContact(db, ownerId, contactId);
  return requireTopic(db, ownerId, topicId);
}

/** Sets (or clears, with an empty note) how the owner learns a topic with one contact. */
export async function setTopicNote(db: Db, ownerId: string, rawInput: SetTopicNoteInput): Promise<ContactTopic> {
  const { contactId, topicId, note } = setTopicNoteInput.parse(rawInput);
  const topic = await requireLink(db, ownerId, contactId, topicId);
  const [link] = await db
    .update(contactTopics)
    .set({ note: note ?? null })
    .where(and(eq(contactTopics.contactId, contactId), eq(contactTopics.topicId, topic.id)))
    .returning({ note: contactTopics.note });
  if (!link) throw new NotFoundError("Topic");
  return { ...topic, contactId, note: link.note };
}

/** Unlinks a contact from a topic (the topic stays) and returns the link, so it can be restored. */
export async function removeTopicFromContact(db: Db, ownerId: string, rawInput: { contactId: string; topicId: string }): Promise<ContactTopic> {
  const { contactId, topicId } = contactTopicInput.parse(rawInput);
  const topic = await requireLink(db, ownerId, contactId, topicId);
  const [link] = await db
    .delete(contactTopics)
    .where(and(eq(contactTopics.contactId, contactId), eq(contactTopics.topicId, topic.id)))
    .returning({ note: contactTopics.note });
  if (!link) throw new NotFoundError("Topic");
  return { ...topic, contactId, note: link.note };
}
