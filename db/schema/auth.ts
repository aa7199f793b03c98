import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { Place, TieContext } from "./vocabulary";

// Shapes required by @auth/drizzle-adapter; property names are the adapter's, columns snake_case.
export const users = pgTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().unique(),
  emailVerified: timestamp({ mode: "date", withTimezone: true }),
  image: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Set when the user asks to delete their account; such a user can no longer sign in. */
  deletionRequestedAt: timestamp({ withTimezone: true }),
  /** The user's home city: proximity to each contact is measured from here. */
  homePlace: jsonb().$type<Place>(),
  /** IANA time zone for "today" in reminders; UTC until the user picks one. */
  timeZone: text().notNull().default("UTC"),
  /** The context "I replied" in the feed logs, chosen the first time; null until then. */
  feedReplyContext: text().$type<TieContext>(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] }), index("accounts_user_id_idx").on(table.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (table) => [index("sessions_user_id_idx").on(table.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);
