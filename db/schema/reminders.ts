import { bigint, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { KeptDueContact } from "@/server/reminders/kept-due-list";
import { users } from "./auth";

/**
 * Each user's due list as last worked out, so that Today does not rank everyone due on every view
 * (server/reminders/kept-due-list.ts). The database says when it is out of date: deferred
 * triggers (migration 0012_due_list_triggers) add one to `generation` and clear the lists when a
 * transaction writes anything the lists are made from. A user's row appears with the first write
 * or the first look at Today.
 */
export const dueLists = pgTable("due_lists", {
  ownerId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  generation: bigint({ mode: "number" }).notNull().default(0),
  /** Which version of the code worked the lists out (KEPT_DUE_LIST_VERSION). */
  version: integer(),
  /** The user's time zone and the day in it that the lists were worked out for. */
  timeZone: text(),
  today: text(),
  computedAt: timestamp({ withTimezone: true }),
  /** In the order Today shows them; null while out of date. */
  overdue: jsonb().$type<KeptDueContact[]>(),
  thisWeek: jsonb().$type<KeptDueContact[]>(),
});
