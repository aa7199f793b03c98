import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { statusUpdateColumn } from "./sources";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";
import type { ContributionDirection, ContributionKind } from "./vocabulary";

/** What I know about a contact: short typed entries ("family: two kids"), with when I learned it. */
export const facts = pgTable(
  "facts",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    kind: text().notNull(),
    text: text().notNull(),
    learnedOn: date({ mode: "string" }).notNull(),
    /** The post it answers or came from, when it was made from the feed. */
    statusUpdateId: statusUpdateColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("facts_contact_id_idx").on(table.contactId), index("facts_status_update_id_idx").on(table.statusUpdateId).where(sql`${table.statusUpdateId} is not null`)],
);

/** What a contact knows about me: what I shared with them, and when. */
export const disclosures = pgTable(
  "disclosures",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    text: text().notNull(),
    sharedOn: date({ mode: "string" }).notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("disclosures_contact_id_idx").on(table.contactId)],
);

/** Something the user is learning with others ("Rust", "parenting"). */
export const topics = pgTable(
  "topics",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    name: text().notNull(),
    description: text(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [uniqueIndex("topics_owner_id_name_idx").on(table.ownerId, sql`lower(${table.name})`)],
);

export const contactTopics = pgTable(
  "contact_topics",
  {
    contactId: contactColumn(),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    /** How we learn it together, for this contact. */
    note: text(),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.contactId, table.topicId] }), index("contact_topics_topic_id_idx").on(table.topicId)],
);

/** The ledger of what I gave to and received from a contact. */
export const contributions = pgTable(
  "contributions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    direction: text().$type<ContributionDirection>().notNull(),
    kind: text().$type<ContributionKind>().notNull(),
    description: text(),
    occurredOn: date({ mode: "string" }).notNull(),
    /** The post it answers or came from, when it was made from the feed. */
    statusUpdateId: statusUpdateColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("contributions_contact_id_idx").on(table.contactId),
    index("contributions_status_update_id_idx").on(table.statusUpdateId).where(sql`${table.statusUpdateId} is not null`),
    check("contributions_direction_check", sql`${table.direction} in ('given', 'received')`),
    check("contributions_kind_check", sql`${table.kind} in ('intro', 'advice', 'help', 'referral', 'gift', 'other')`),
  ],
);
