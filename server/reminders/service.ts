import { and, eq, exists, gt, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { circleMembers, circles, contacts, interactionSummaries, users } from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { getTieStrengths } from "../ties/service";
import {
  bucketOf,
  circleDefault,
  compareOverdue,
  compareUpcoming,
  DAY_MS,
  daysBetween,
  DUE_SOON_DAYS,
  daysOverdueOf,
  dueAtOf,
  effectiveCadence,
  isActive,
  lastTouchOf,
  localDate,
  safeTimeZone,
  type ActiveCadence,
  type Cadence,
  type CircleCadence,
} from "./due";
import { keepDueList, readKeptDueList } from "./kept-due-list";
import { dueInput, setCadenceInput, SNOOZE_PERIODS, snoozeInput, type DueInput, type SetCadenceInput, type SnoozeInput } from "./schemas";

/** A contact with a reminder, where their clock stands. */
export interface DueEntry {
  id: string;
  displayName: string;
  photoUrl: string | null;
  cadence: ActiveCadence;
  /** The latest interaction, or when the contact was added. */
  lastTouch: Date;
  lastInteractionAt: Date | null;
  dueAt: Date;
  /** dueAt's calendar date in the user's time zone. */
  dueDate: string;
  /** Positive overdue, 0 due today, negative still to come. */
  daysOverdue: number;
}

export interface DueContact extends DueEntry {
  /** Tie strength, 0 to 100. */
  strength: number;
}

export interface DueList {
  /** Today's date in the user's time zone. */
  today: string;
  /** Past their due date, most pressing first. */
  overdue: DueContact[];
  /** Due today or within the next six days, soonest first. */
  thisWeek: DueContact[];
  /** How many are in each list: more than it holds when the lists are cut short. */
  counts: { overdue: number; thisWeek: number };
}

export interface KeepInTouch {
  contactId: string;
  displayName: string;
  archived: boolean;
  /** The contact's own setting: null inherits, 0 never. */
  ownCadenceDays: number | null;
  /** What the contact inherits when they have no cadence of their own. */
  circleDefault: CircleCadence | null;
  cadence: Cadence;
  lastInteractionAt: Date | null;
  lastTouch: Date;
  /** Set while a snooze is in force, else null. */
  snoozedUntil: Date | null;
  dueAt: Date | null;
  dueDate: string | null;
  daysOverdue: number | null;
  today: string;
  /** The user's time zone, in which the dates above are read. */
  timeZone: string;
}

/** The user's time zone for "today"; UTC when unset or unknown. */
export async function timeZoneOf(db: Db, ownerId: string): Promise<string> {
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, ownerId));
  return safeTimeZone(row?.timeZone ?? "UTC");
}

/** Every circle cadence of the owner's contacts (or of one contact), by contact. */
async function circleCadencesByContact(db: Db, ownerId: string, contactId?: string): Promise<Map<string, CircleCadence[]>> {
  const rows = await db
    .select({ contactId: circleMembers.contactId, circleId: circles.id, circleName: circles.name, days: circles.cadenceDays })
    .from(circleMembers)
    .innerJoin(circles, eq(circles.id, circleMembers.circleId))
    .where(and(eq(circles.ownerId, ownerId), isNotNull(circles.cadenceDays), contactId ? eq(circleMembers.contactId, contactId) : undefined));
  const byContact = new Map<string, CircleCadence[]>();
  for (const { contactId: id, days, ...circle } of rows) {
    if (days === null) continue;
    const list = byContact.get(id) ?? [];
    list.push({ ...circle, days });
    byContact.set(id, list);
  }
  return byContact;
}

/** Contacts that may have a reminder: not archived, and a cadence of their own above 0 or a circle with one. */
function mayHaveReminder(ownerId: string, db: Db): SQL | undefined {
  const inCircleWithCadence = db
    .select({ one: sql`1` })
    .from(circleMembers)
    .innerJoin(circles, eq(circles.id, circleMembers.circleId))
    .where(and(eq(circleMembers.contactId, contacts.id), eq(circles.ownerId, ownerId), isNotNull(circles.cadenceDays)));
  return and(eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt), or(gt(contacts.cadenceDays, 0), and(isNull(contacts.cadenceDays), exists(inCircleWithCadence))));
}

/**
 * Every contact with a reminder due on or before `horizonDays` days from today, in two queries
 * whatever the number of contacts: the candidates with their latest interaction, and the circle
 * cadences. Unsorted, without tie strength.
 */
export async function listDueWithin(db: Db, ownerId: string, horizonDays: number, now: Date = new Date()): Promise<{ timeZone: string; today: string; entries: DueEntry[] }> {
  const timeZone = await timeZoneOf(db, ownerId);
  const [rows, circlesByContact] = await Promise.all([
    db
      .select({
        id: contacts.id,
        displayName: contacts.displayName,
        photoUrl: contacts.photoUrl,
        cadenceDays: contacts.cadenceDays,
        snoozedUntil: contacts.snoozedUntil,
        createdAt: contacts.createdAt,
        lastInteractionAt: interactionSummaries.lastAt,
      })
      .from(contacts)
      .leftJoin(interactionSummaries, eq(interactionSummaries.contactId, contacts.id))
      .where(mayHaveReminder(ownerId, db)),
    circleCadencesByContact(db, ownerId),
  ]);

  const today = localDate(now, timeZone);
  const entries: DueEntry[] = [];
  for (const row of rows) {
    const cadence = effectiveCadence(row.cadenceDays, circlesByContact.get(row.id) ?? []);
    if (!isActive(cadence)) continue;
    const lastTouch = lastTouchOf(row.lastInteractionAt, row.createdAt);
    const dueAt = dueAtOf(lastTouch, cadence, row.snoozedUntil);
    if (!dueAt) continue;
    const dueDate = localDate(dueAt, timeZone);
    const daysOverdue = daysBetween(dueDate, today);
    if (daysOverdue < -horizonDays) continue;
    entries.push({
      id: row.id,
      displayName: row.displayName,
      photoUrl: row.photoUrl,
      cadence,
      lastTouch,
      lastInteractionAt: row.lastInteractionAt,
      dueAt,
      dueDate,
      daysOverdue,
    });
  }
  return { timeZone, today, entries };
}

/**
 * Who needs attention: overdue contacts by priority (days overdue weighted by tie strength), then
 * those due this week; the first `limit` of each. Read from the lists kept since the last change
 * when they still stand (kept-due-list.ts), else worked out and kept.
 */
export async function listDue(db: Db, ownerId: string, rawInput: DueInput = {}, now: Date = new Date()): Promise<DueList> {
  const { limit } = dueInput.parse(rawInput);
  const kept = await readKeptDueList(db, ownerId, limit, now);
  if (kept.list) return kept.list;

  const { timeZone, today, entries } = await listDueWithin(db, ownerId, DUE_SOON_DAYS, now);
  const strengths = entries.length > 0 ? await getTieStrengths(db, ownerId, entries.map((entry) => entry.id), now) : new Map<string, number>();
  const withStrength = entries.map((entry) => ({ ...entry, strength: strengths.get(entry.id) ?? 0 }));
  const overdue = withStrength.filter((entry) => bucketOf(entry.daysOverdue) === "overdue").sort(compareOverdue);
  const thisWeek = withStrength.filter((entry) => bucketOf(entry.daysOverdue) === "this-week").sort(compareUpcoming);
  await keepDueList(db, ownerId, kept.generation, { timeZone, today, overdue, thisWeek }, now);
  return {
    today,
    overdue: overdue.slice(0, limit ?? undefined),
    thisWeek: thisWeek.slice(0, limit ?? undefined),
    counts: { overdue: overdue.length, thisWeek: thisWeek.length },
  };
}

/** The keep-in-touch state of one contact, for their page. */
export async function getKeepInTouch(db: Db, ownerId: string, contactId: string, now: Date = new Date()): Promise<KeepInTouch> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [[row], circlesByContact, timeZone] = await Promise.all([
    db
      .select({
        displayName: contacts.displayName,
        cadenceDays: contacts.cadenceDays,
        snoozedUntil: contacts.snoozedUntil,
        createdAt: contacts.createdAt,
        archivedAt: contacts.archivedAt,
        lastInteractionAt: interactionSummaries.lastAt,
      })
      .from(contacts)
      .leftJoin(interactionSummaries, eq(interactionSummaries.contactId, contacts.id))
      .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId))),
    circleCadencesByContact(db, ownerId, contactId),
    timeZoneOf(db, ownerId),
  ]);
  if (!row) throw new NotFoundError("Contact");

  const circleCadences = circlesByContact.get(contactId) ?? [];
  const cadence = effectiveCadence(row.cadenceDays, circleCadences);
  const lastTouch = lastTouchOf(row.lastInteractionAt, row.createdAt);
  const dueAt = dueAtOf(lastTouch, cadence, row.snoozedUntil);
  return {
    contactId,
    displayName: row.displayName,
    archived: row.archivedAt !== null,
    ownCadenceDays: row.cadenceDays,
    circleDefault: circleDefault(circleCadences),
    cadence,
    lastInteractionAt: row.lastInteractionAt,
    lastTouch,
    snoozedUntil: row.snoozedUntil && row.snoozedUntil > now ? row.snoozedUntil : null,
    dueAt,
    dueDate: dueAt ? localDate(dueAt, timeZone) : null,
    daysOverdue: dueAt ? daysOverdueOf(dueAt, now, timeZone) : null,
    today: localDate(now, timeZone),
    timeZone,
  };
}

async function updateOwnContact(db: Db, ownerId: string, contactId: string, values: Partial<typeof contacts.$inferInsert>): Promise<void> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [row] = await db
    .update(contacts)
    .set(values)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)))
    .returning({ id: contacts.id });
  if (!row) throw new NotFoundError("Contact");
}

/** Sets the contact's own cadence: days, 0 for never, or null to use their circles'. */
export async function setCadence(db: Db, ownerId: string, rawInput: SetCadenceInput, now: Date = new Date()): Promise<KeepInTouch> {
  const input = setCadenceInput.parse(rawInput);
  await updateOwnContact(db, ownerId, input.contactId, { cadenceDays: input.days, updatedAt: new Date() });
  return getKeepInTouch(db, ownerId, input.contactId, now);
}

/** Puts the reminder off for a week or a month from now; the next logged interaction ends the snooze. */
export async function snooze(db: Db, ownerId: string, rawInput: SnoozeInput, now: Date = new Date()): Promise<KeepInTouch> {
  const input = snoozeInput.parse(rawInput);
  await updateOwnContact(db, ownerId, input.contactId, { snoozedUntil: new Date(now.getTime() + SNOOZE_PERIODS[input.period] * DAY_MS) });
  return getKeepInTouch(db, ownerId, input.contactId, now);
}

export async function unsnooze(db: Db, ownerId: string, contactId: string, now: Date = new Date()): Promise<KeepInTouch> {
  await updateOwnContact(db, ownerId, contactId, { snoozedUntil: null });
  return getKeepInTouch(db, ownerId, contactId, now);
}
