import { and, asc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, notifications, users, type NotificationKind } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { decodeCursor, encodeCursor, descending } from "../pagination";
import { describeCadence, dueInWords, nextBirthday } from "../reminders/due";
import { listDueWithin } from "../reminders/service";
import { listNotificationsInput, type ListNotificationsInput } from "./schemas";

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  /** The contact it is about, if any (and not deleted since). */
  contact: { id: string; displayName: string; photoUrl: string | null } | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
}

// Cursors keep created_at as PostgreSQL prints it, so microseconds survive (a JS Date would drop them).
// How PostgreSQL prints a timestamptz ("2025-06-15 12:00:00.123456+00"); anything else is not a cursor of ours.
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

/** The owner's notifications, newest first, one page at a time. */
export async function listNotifications(db: Db, ownerId: string, rawInput: ListNotificationsInput): Promise<NotificationPage> {
  const input = listNotificationsInput.parse(rawInput);
  const filters: (SQL | undefined)[] = [eq(notifications.ownerId, ownerId)];
  if (input.unreadOnly) filters.push(isNull(notifications.readAt));
  const cursor = input.cursor ? decodeCursor(input.cursor, (key) => TIMESTAMP_TEXT.test(key)) : null;
  if (cursor) filters.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`);

  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      createdAtKey: sql<string>`${notifications.createdAt}::text`,
      contactId: contacts.id,
      contactName: contacts.displayName,
      contactPhotoUrl: contacts.photoUrl,
    })
    .from(notifications)
    .leftJoin(contacts, and(eq(contacts.id, notifications.contactId), eq(contacts.ownerId, ownerId)))
    .where(and(...filters))
    .orderBy(descending(notifications.createdAt), descending(notifications.id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ createdAtKey: _key, contactId, contactName, contactPhotoUrl, ...item }) => ({
      ...item,
      contact: contactId && contactName !== null ? { id: contactId, displayName: contactName, photoUrl: contactPhotoUrl } : null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ key: last.createdAtKey, id: last.id }) : null,
  };
}

export async function countUnreadNotifications(db: Db, ownerId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.ownerId, ownerId), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

/** Marks one notification read; one already read keeps its first read time. */
export async function markNotificationRead(db: Db, ownerId: string, id: string): Promise<{ id: string; readAt: Date }> {
  if (!isUuid(id)) throw new NotFoundError("Notification");
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.ownerId, ownerId), eq(notifications.id, id)))
    .returning({ id: notifications.id, readAt: notifications.readAt });
  if (!row?.readAt) throw new NotFoundError("Notification");
  return { id: row.id, readAt: row.readAt };
}

export async function markAllNotificationsRead(db: Db, ownerId: string): Promise<{ marked: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.ownerId, ownerId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}

/** A "due" reminder is answered by getting in touch: logging an interaction marks it read. */
export async function markDueNotificationsRead(db: Db, ownerId: string, contactIds: string[]): Promise<number> {
  if (contactIds.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.ownerId, ownerId), eq(notifications.kind, "due"), inArray(notifications.contactId, contactIds), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function removeNotification(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Notification");
  const [row] = await db
    .delete(notifications)
    .where(and(eq(notifications.ownerId, ownerId), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (!row) throw new NotFoundError("Notification");
  return row;
}

/** Birthdays this close (in days, today included as 0) get a notification. */
export const BIRTHDAY_NOTICE_DAYS = 7;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayAndMonth(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
}

function birthdayTitle(name: string, date: string, daysUntil: number, turns: number | null): string {
  const when = daysUntil === 0 ? "today" : daysUntil === 1 ? "tomorrow" : `on ${dayAndMonth(date)}`;
  return `${name}'s birthday is ${when}${turns !== null ? ` (turns ${turns})` : ""}`;
}

/**
 * Creates the notifications the owner is owed as of `now`: one per contact due today or overdue
 * (keyed by the due date, so the next cycle of the same contact gets its own), and one per
 * birthday within a week (keyed by the year). Existing keys are left alone, so running this any
 * number of times a day creates each notification once. Returns how many were created.
 */
export async function createDueAndBirthdayNotifications(db: Db, ownerId: string, now: Date = new Date()): Promise<number> {
  const [{ today, entries }, birthdays] = await Promise.all([
    listDueWithin(db, ownerId, 0, now),
    db
      .select({ id: contacts.id, displayName: contacts.displayName, day: contacts.birthdayDay, month: contacts.birthdayMonth, year: contacts.birthdayYear })
      .from(contacts)
      .where(and(eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt), isNotNull(contacts.birthdayDay), isNotNull(contacts.birthdayMonth))),
  ]);

  const values: (typeof notifications.$inferInsert)[] = entries.map((entry) => ({
    ownerId,
    kind: "due",
    contactId: entry.id,
    title: `Catch up with ${entry.displayName}`,
    body: `${capitalize(dueInWords(entry.daysOverdue))} · ${describeCadence(entry.cadence)}`,
    dedupeKey: `due:${entry.id}:${entry.dueDate}`,
  }));
  for (const contact of birthdays) {
    if (contact.day === null || contact.month === null) continue;
    const next = nextBirthday({ day: contact.day, month: contact.month, year: contact.year }, today);
    if (next.daysUntil > BIRTHDAY_NOTICE_DAYS) continue;
    values.push({
      ownerId,
      kind: "birthday",
      contactId: contact.id,
      title: birthdayTitle(contact.displayName, next.date, next.daysUntil, next.turns),
      dedupeKey: `birthday:${contact.id}:${next.year}`,
    });
  }
  if (values.length === 0) return 0;

  const created = await db
    .insert(notifications)
    .values(values)
    .onConflictDoNothing({ target: [notifications.ownerId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return created.length;
}

/**
 * One page of user ids for the daily reminder run, in id order after `afterId`; users whose
 * deletion is under way are skipped. Not scoped to an owner: only jobs may call it.
 */
export async function unsafeListUserIdsForReminders(db: Db, afterId: string | null, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(isNull(users.deletionRequestedAt), afterId !== null ? gt(users.id, afterId) : undefined))
    .orderBy(asc(users.id))
    .limit(limit);
  return rows.map((row) => row.id);
}
