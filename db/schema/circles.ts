import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";
import type { CirclePurpose, CircleType } from "./vocabulary";

/** One of the user's networks: a team, a family, a study group. */
export const circles = pgTable(
  "circles",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    name: text().notNull(),
    description: text(),
    purpose: text().$type<CirclePurpose>(),
    type: text().$type<CircleType>(),
    // Style: where it meets, the space it lives in, how often it moves. Free text with suggestions.
    place: text(),
    space: text(),
    pace: text(),
    /** Default keep-in-touch cadence for members without their own. */
    cadenceDays: integer(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("circles_owner_id_name_idx").on(table.ownerId, sql`lower(${table.name})`),
    check("circles_purpose_check", sql`${table.purpose} in ('learning', 'mission', 'business', 'idea', 'personal')`),
    check("circles_type_check", sql`${table.type} in ('social', 'professional', 'development')`),
    check("circles_cadence_days_check", sql`${table.cadenceDays} between 1 and 3660`),
  ],
);

export const circleMembers = pgTable(
  "circle_members",
  {
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    contactId: contactColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.circleId, table.contactId] }), index("circle_members_contact_id_idx").on(table.contactId)],
);

export const tags = pgTable(
  "tags",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    name: text().notNull(),
    /** One of the palette names the UI offers ("sky", "rose" ...). */
    colour: text().notNull().default("stone"),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("tags_owner_id_name_idx").on(table.ownerId, sql`lower(${table.name})`)],
);

export const contactTags = pgTable(
  "contact_tags",
  {
    contactId: contactColumn(),
    tagId: uuid()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.contactId, table.tagId] }), index("contact_tags_tag_id_idx").on(table.tagId)],
);
