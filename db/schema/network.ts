import { sql } from "drizzle-orm";
import { bigint, check, date, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contacts } from "./contacts";
import type { EgoMetrics } from "@/server/network/ego";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";

const otherContactColumn = () =>
  uuid()
    .notNull()
    .references(() => contacts.id, { onDelete: "cascade" });

/**
 * Two of the owner's contacts know each other (an alter-alter tie). One row per pair, the smaller
 * id first, so a pair cannot be stored twice in two directions.
 */
export const contactTies = pgTable(
  "contact_ties",
  {
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    otherContactId: otherContactColumn(),
    /** How well they know each other, 1 (a little) to 3 (closely); null when not said. */
    strength: smallint(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    primaryKey({ columns: [table.contactId, table.otherContactId] }),
    index("contact_ties_owner_id_idx").on(table.ownerId),
    index("contact_ties_other_contact_id_idx").on(table.otherContactId),
    check("contact_ties_order_check", sql`${table.contactId} < ${table.otherContactId}`),
    check("contact_ties_strength_check", sql`${table.strength} between 1 and 3`),
  ],
);

/** A suggested tie the user said no to, so it is not suggested again (same pair order as above). */
export const dismissedTieSuggestions = pgTable(
  "dismissed_tie_suggestions",
  {
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    otherContactId: otherContactColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    primaryKey({ columns: [table.contactId, table.otherContactId] }),
    index("dismissed_tie_suggestions_owner_id_idx").on(table.ownerId),
    check("dismissed_tie_suggestions_order_check", sql`${table.contactId} < ${table.otherContactId}`),
  ],
);

/** The measures of a month, kept so the user sees how their network changes. */
export const networkSnapshots = pgTable(
  "network_snapshots",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    /** The first day of the month the snapshot stands for. */
    month: date({ mode: "string" }).notNull(),
    measures: jsonb().$type<NetworkSnapshotMeasures>().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("network_snapshots_owner_id_month_idx").on(table.ownerId, table.month)],
);

export interface NetworkSnapshotMeasures {
  alters: number;
  alterTies: number;
  density: number;
  effectiveSize: number | null;
  efficiency: number | null;
  constraint: number | null;
  clusters: number;
  modularity: number | null;
  /** Blau index per attribute (industry, country, tie type…); null when nothing is known. */
  diversity: Record<string, number | null>;
}

/** What a graph's structure gives, whatever the people's names or details: kept with the graph. */
export interface NetworkStructure {
  /** Louvain communities among the contacts, each sorted. */
  partition: string[][];
  modularity: number | null;
  /** The unweighted ego block (density, Burt measures, betweenness of the user, local constraint). */
  ego: EgoMetrics;
  /** The user's Burt measures with tie strengths; null when no tie among the contacts has one. */
  weightedEgo: { effectiveSize: number | null; efficiency: number | null; constraint: number | null; hierarchy: number | null } | null;
  /** Contacts each contact knows. */
  degrees: Record<string, number>;
  brokers: { id: string; bridgedPairs: number; communities: number[] }[];
  /**
   * The ties the picture draws (server/network/drawn-ties.ts) as flat triples: the two people as
   * indices into `partition.flat()`, and the strength (0 when not said, or when no tie has one).
   */
  drawnTies: number[];
}

/** Where the picture puts each person (server/network/layout.ts). */
export interface NetworkLayout {
  /** x, y of each person of `partition.flat()` in turn, whole numbers. */
  positions: number[];
  /** False while it is a first placement, before the layout has run on the current graph. */
  settled: boolean;
}

/**
 * Measuring a network of thousands takes a second, and its betweenness and layout seconds more:
 * they are kept per owner with a fingerprint of the graph they were computed on (who is in it,
 * who knows whom, how well), and recomputed only when that changes.
 */
export const networkCache = pgTable("network_cache", {
  ownerId: ownerColumn().primaryKey(),
  graphKey: text().notNull(),
  structure: jsonb().$type<NetworkStructure>().notNull(),
  /** Normalised betweenness of each contact among the other contacts; null until computed. */
  betweenness: jsonb().$type<Record<string, number>>(),
  /** Null for a structure kept before layouts were. */
  layout: jsonb().$type<NetworkLayout>(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: updatedAtColumn(),
});

/**
 * Counts the writes to what the Network page is worked out from (contacts, their interactions as
 * added up, employments and companies, circles and their members, ties among contacts, the user's
 * home): the database adds one per user and transaction (migration 0014), and
 * the page's figures are kept in memory while it stands (server/network/kept-overview.ts).
 */
export const networkGenerations = pgTable("network_generations", {
  ownerId: ownerColumn().primaryKey(),
  generation: bigint({ mode: "number" }).notNull().default(0),
});
