import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, ownerColumn } from "./columns";
import { contacts } from "./contacts";
import type { NotificationKind } from "./vocabulary";

export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    kind: text().$type<NotificationKind>().notNull(),
    contactId: uuid().references(() => contacts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    body: text(),
    /** One notification per key and owner, so a job that runs twice creates nothing twice. */
    dedupeKey: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("notifications_owner_id_dedupe_key_idx").on(table.ownerId, table.dedupeKey),
    index("notifications_owner_id_created_at_idx").on(table.ownerId, table.createdAt.desc()),
  ],
);
