import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { contacts } from "./contacts";

/** The user a row belongs to; every query filters on it. */
export const ownerColumn = () =>
  text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** The contact a row is about; goes with the contact. */
export const contactColumn = () =>
  uuid()
    .notNull()
    .references(() => contacts.id, { onDelete: "cascade" });

export const createdAtColumn = () => timestamp({ withTimezone: true }).notNull().defaultNow();
// Written from JS (millisecond precision) so values round-trip exactly.
export const updatedAtColumn = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$defaultFn(() => new Date());
