import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Json, MediaLink, ProfileSnapshot } from "@/server/sources/types";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";
import type { LifeEventKind, SourceKind, SourceState } from "./vocabulary";

export interface StoredValidators {
  etag?: string;
  lastModified?: string;
}

/** A profile elsewhere (Mastodon, Bluesky, GitHub, a feed, a homepage) linked to a contact. */
export const sources = pgTable(
  "sources",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    kind: text().$type<SourceKind>().notNull(),
    /** What the user linked, in the adapter's canonical form (`@ana@example.social`, a feed URL). */
    input: text().notNull(),
    state: text().$type<SourceState>().notNull().default("pending"),
    /** Why the source is in error, gone, suspended or moved, in words for the user. */
    stateReason: text(),
    /** The last profile the source gave; compared with each new one to see what changed. */
    profile: jsonb().$type<ProfileSnapshot>(),
    /** Two-way rel=me: the homepage and this profile link to each other. */
    verified: boolean().notNull().default(false),
    /** The adapter's bookmark (since id, feed cursor, resolved account id). */
    cursor: jsonb().$type<Json>(),
    /** ETag / Last-Modified per URL, sent back to make the next sync's requests conditional. */
    validators: jsonb().$type<Record<string, StoredValidators>>().notNull().default({}),
    /** When a sync last started (the scheduler or "Sync now" sets it). */
    checkedAt: timestamp({ withTimezone: true }),
    /** When a sync last found something new. */
    changedAt: timestamp({ withTimezone: true }),
    nextSyncAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Failed syncs in a row; each one pushes the next try further out. */
    failures: integer().notNull().default(0),
    /** A muted source keeps syncing into the contact's record but stays out of the feed. */
    mutedAt: timestamp({ withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("sources_owner_id_contact_id_kind_input_idx").on(table.ownerId, table.contactId, table.kind, table.input),
    index("sources_owner_id_contact_id_idx").on(table.ownerId, table.contactId),
    // The few muted sources of an owner, which the feed leaves out.
    index("sources_owner_id_muted_idx").on(table.ownerId).where(sql`${table.mutedAt} is not null`),
    index("sources_next_sync_at_idx").on(table.nextSyncAt).where(sql`${table.state} not in ('gone', 'not_found')`),
  ],
);

/** A post, entry or event from a source: one row per (source, external id), updated when edited. */
export const statusUpdates = pgTable(
  "status_updates",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    externalId: text().notNull(),
    url: text(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    editedAt: timestamp({ withTimezone: true }),
    text: text().notNull(),
    /** Sanitised when fetched; rendered as is. */
    html: text().notNull(),
    isRepost: boolean().notNull().default(false),
    media: jsonb().$type<MediaLink[]>().notNull().default([]),
    /** When the user saw it in the feed; null while unread. */
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("status_updates_source_id_external_id_idx").on(table.sourceId, table.externalId),
    index("status_updates_owner_id_published_at_id_idx").on(table.ownerId, table.publishedAt.desc(), table.id.desc()),
    index("status_updates_owner_id_unread_idx").on(table.ownerId, table.publishedAt.desc(), table.id.desc()).where(sql`${table.readAt} is null`),
    index("status_updates_contact_id_published_at_idx").on(table.contactId, table.publishedAt.desc()),
  ],
);

/** A post something in Kith came from (a note, a reply, a contribution); kept if the post goes. */
export const statusUpdateColumn = () => uuid().references(() => statusUpdates.id, { onDelete: "set null" });

/** A change in someone's life seen on a linked profile (a new job, a move): a card in the feed. */
export const lifeEvents = pgTable(
  "life_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    sourceId: uuid().references(() => sources.id, { onDelete: "set null" }),
    kind: text().$type<LifeEventKind>().notNull(),
    title: text().notNull(),
    body: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
    /** One event per key and owner, as for notifications: a change seen twice is one event. */
    dedupeKey: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("life_events_owner_id_dedupe_key_idx").on(table.ownerId, table.dedupeKey),
    index("life_events_owner_id_occurred_at_id_idx").on(table.ownerId, table.occurredAt.desc(), table.id.desc()),
    index("life_events_contact_id_idx").on(table.contactId),
  ],
);

/** Contact fields a source can fill. */
export const PROFILE_FIELDS = ["photoUrl", "location", "company", "title"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Provenance: what a source said a contact field is, since when. "applied" means Kith wrote the
 * value to the contact; "suggested" means the contact holds a value the user chose, so the
 * source's value is only offered; "dismissed" means the user turned this value down.
 */
export const profileFields = pgTable(
  "profile_fields",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    field: text().$type<ProfileField>().notNull(),
    value: text().notNull(),
    status: text().$type<"applied" | "suggested" | "dismissed">().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("profile_fields_source_id_field_idx").on(table.sourceId, table.field),
    index("profile_fields_owner_id_contact_id_idx").on(table.ownerId, table.contactId),
  ],
);

/** Another source the same person seems to have, found on a linked one; linked only when the user accepts. */
export const sourceSuggestions = pgTable(
  "source_suggestions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    /** Where it was found. */
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    kind: text().$type<SourceKind>().notNull(),
    input: text().notNull(),
    verified: boolean().notNull().default(false),
    dismissedAt: timestamp({ withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("source_suggestions_owner_id_contact_id_kind_input_idx").on(table.ownerId, table.contactId, table.kind, table.input)],
);
