import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import type { Place, TieContext } from "./vocabulary";

export interface LabelledValue {
  label: string;
  value: string;
}

export interface ContactLink {
  label: string;
  url: string;
}

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

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
    /** Where they live, picked from the gazetteer; `location` stays as the free-text label. */
    place: jsonb().$type<Place>(),
    /** How well they know me: 1 (knows my name) to 4 (knows me well). */
    knowsMe: smallint(),
    /** Since when I have known them; when unset, duration counts from the first interaction. */
    knownSince: date({ mode: "string" }),
    /** Contexts of the tie the user states outright, beside those of logged interactions. */
    contexts: text().array().$type<TieContext[]>().notNull().default(sql`'{}'::text[]`),
    /** Keep-in-touch cadence in days; null inherits from the contact's circles, 0 means never remind. */
    cadenceDays: integer(),
    /** A snoozed reminder is not due before this moment; logging an interaction clears it. */
    snoozedUntil: timestamp({ withTimezone: true }),
    /** Lower-cased names, kept by the database, for sorting and trigram search. */
    sortName: text().generatedAlwaysAs(sql`lower(display_name)`).notNull(),
    searchText: text()
      .generatedAlwaysAs(sql`lower(display_name || ' ' || coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(nickname, ''))`)
      .notNull(),
    /** Everything the search box looks at on the contact row itself, lower-cased. */
    searchDocument: text()
      .generatedAlwaysAs(
        sql`lower(display_name || ' ' || coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(nickname, '') || ' ' || coalesce(company, '') || ' ' || coalesce(title, '') || ' ' || coalesce(location, '') || ' ' || jsonb_path_query_array(emails, '$[*].value')::text || ' ' || coalesce(notes, ''))`,
      )
      .notNull(),
    searchVector: tsvector()
      .generatedAlwaysAs(
        sql`to_tsvector('simple'::regconfig, lower(display_name || ' ' || coalesce(nickname, '') || ' ' || coalesce(company, '') || ' ' || coalesce(title, '') || ' ' || coalesce(location, '') || ' ' || coalesce(notes, '')))`,
      )
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
    // The few archived contacts of an owner, which the feed leaves out.
    index("contacts_owner_id_archived_idx").on(table.ownerId).where(sql`${table.archivedAt} is not null`),
    index("contacts_search_text_idx").using("gin", sql`${table.searchText} gin_trgm_ops`),
    index("contacts_search_document_idx").using("gin", sql`${table.searchDocument} gin_trgm_ops`),
    index("contacts_search_vector_idx").using("gin", table.searchVector),
    check("contacts_knows_me_check", sql`${table.knowsMe} between 1 and 4`),
    check("contacts_cadence_days_check", sql`${table.cadenceDays} between 0 and 3660`),
    check("contacts_birthday_check", sql`(${table.birthdayDay} is null) = (${table.birthdayMonth} is null) and (${table.birthdayYear} is null or ${table.birthdayDay} is not null)`),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
