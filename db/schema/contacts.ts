import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export interface LabelledValue {
  label: string;
  value: string;
}

export interface ContactLink {
  label: string;
  url: string;
}

export const contacts = pgTable(
  "contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    displayName: text().notNull(),
    givenName: text(),
    familyName: text(),
    nickname: text(),
    photoUrl: text(),
    pronouns: text(),
    emails: jsonb().$type<LabelledValue[]>().notNull().default([]),
    phones: jsonb().$type<LabelledValue[]>().notNull().default([]),
    links: jsonb().$type<ContactLink[]>().notNull().default([]),
    company: text(),
    title: text(),
    location: text(),
    // A birthday may be known without its year.
    birthdayDay: smallint(),
    birthdayMonth: smallint(),
    birthdayYear: smallint(),
    howWeMet: text(),
    notes: text(),
    /** Lower-cased names, kept by the database, for sorting and trigram search. */
    sortName: text().generatedAlwaysAs(sql`lower(display_name)`).notNull(),
    searchText: text()
      .generatedAlwaysAs(sql`lower(display_name || ' ' || coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(nickname, ''))`)
      .notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Written from JS (millisecond precision) so the value round-trips exactly through list cursors.
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => new Date()),
  },
  (table) => [
    index("contacts_owner_id_sort_name_id_idx").on(table.ownerId, table.sortName, table.id),
    index("contacts_owner_id_updated_at_id_idx").on(table.ownerId, table.updatedAt.desc(), table.id.desc()),
    index("contacts_search_text_idx").using("gin", sql`${table.searchText} gin_trgm_ops`),
    check("contacts_birthday_check", sql`(${table.birthdayDay} is null) = (${table.birthdayMonth} is null) and (${table.birthdayYear} is null or ${table.birthdayDay} is not null)`),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
