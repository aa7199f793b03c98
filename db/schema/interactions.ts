import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { statusUpdateColumn } from "./sources";
import { contacts } from "./contacts";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";
import type { Initiator, InteractionChannel, TieContext } from "./vocabulary";

export const interactions = pgTable(
  "interactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    channel: text().$type<InteractionChannel>().notNull(),
    contexts: text().array().$type<TieContext[]>().notNull().default(sql`'{}'::text[]`),
    initiator: text().$type<Initiator>().notNull(),
    notes: text(),
    /** The post it answers or came from, when it was made from the feed. */
    statusUpdateId: statusUpdateColumn(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("interactions_owner_id_occurred_at_idx").on(table.ownerId, table.occurredAt.desc()),
    // Replies to a post are looked up by it, and a deleted post clears it here.
    index("interactions_status_update_id_idx").on(table.statusUpdateId).where(sql`${table.statusUpdateId} is not null`),
    check("interactions_channel_check", sql`${table.channel} in ('in_person', 'call', 'video', 'message', 'email', 'social', 'event', 'other')`),
    check("interactions_initiator_check", sql`${table.initiator} in ('me', 'them', 'mutual')`),
  ],
);

/** The contacts who took part in an interaction: one or more. */
export const interactionContacts = pgTable(
  "interaction_contacts",
  {
    interactionId: uuid()
      .notNull()
      .references(() => interactions.id, { onDelete: "cascade" }),
    contactId: contactColumn(),
  },
  (table) => [primaryKey({ columns: [table.interactionId, table.contactId] }), index("interaction_contacts_contact_id_idx").on(table.contactId)],
);

/**
 * Each contact's interactions added up, kept by the database (triggers in migration
 * 0009_interaction_summary_triggers) on every write to interactions or their participants, so that tie
 * strength and the due list read one row per contact instead of aggregating every interaction.
 * A contact with no interactions has no row. Covers every interaction, future-dated ones too.
 */
export const interactionSummaries = pgTable("interaction_summaries", {
  contactId: uuid()
    .primaryKey()
    .references(() => contacts.id, { onDelete: "cascade" }),
  interactionCount: integer().notNull(),
  firstAt: timestamp({ withTimezone: true }).notNull(),
  lastAt: timestamp({ withTimezone: true }).notNull(),
  initiatedByMe: integer().notNull(),
  initiatedByThem: integer().notNull(),
  initiatedMutually: integer().notNull(),
  /** Every context any of the interactions had, each once, sorted. */
  contexts: text().array().$type<TieContext[]>().notNull(),
});

export type InteractionRow = typeof interactions.$inferSelect;
