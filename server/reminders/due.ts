// The keep-in-touch rules, as pure functions of their inputs and `now`. No database, no clock:
// the services feed them rows, the tests feed them hand-picked values, and the browser may import
// the wording helpers.
//
// Cadence: a contact's own cadence wins (0 = never remind them); with none of their own
// (null) they inherit the shortest cadence among their circles; with neither there is no reminder.
//
// The clock: the last touch is the latest interaction with the contact, or when the contact was
// added if there is none. The contact is due at last touch + cadence days. A snooze only ever
// pushes that later: due = max(last touch + cadence, snoozed until). Logging an interaction clears
// the snooze, so the clock restarts from every logged interaction. Nothing is cached: editing or
// deleting an interaction moves the due date the next time it is computed.
//
// Days are calendar days in the user's time zone: a contact due at 23:30 on Monday in Lisbon is
// "due today" all Monday there, and one day overdue from Tuesday 00:00.

export const DAY_MS = 86_400_000;

/** A circle's default cadence as seen by one of its members. */
export interface CircleCadence {
  circleId: string;
  circleName: string;
  days: number;
}

export type Cadence =
  /** Nothing set on the contact or any of their circles. */
  | { kind: "none" }
  /** The contact's own cadence is 0: never remind, whatever their circles say. */
  | { kind: "never" }
  | { kind: "contact"; days: number }
  | ({ kind: "circle" } & CircleCadence);

/** A cadence that produces reminders. */
export type ActiveCadence = Extract<Cadence, { days: number }>;

/** The shortest circle cadence (ties broken by circle name, then id, so the answer is stable), or null. */
export function circleDefault(circles: readonly CircleCadence[]): CircleCadence | null {
  let best: CircleCadence | null = null;
  for (const circle of circles) {
    if (!(circle.days > 0)) continue;
    if (
      !best ||
      circle.days < best.days ||
      (circle.days === best.days && (circle.circleName.localeCompare(best.circleName) < 0 || (circle.circleName === best.circleName && circle.circleId < best.circleId)))
    ) {
      best = circle;
    }
  }
  return best;
}

/** The contact's own cadence, else the shortest among their circles, else none. */
export function effectiveCadence(ownDays: number | null, circles: readonly CircleCadence[]): Cadence {
  if (ownDays === 0) return { kind: "never" };
  if (ownDays !== null) return { kind: "contact", days: ownDays };
  const inherited = circleDefault(circles);
  return inherited ? { kind: "circle", ...inherited } : { kind: "none" };
}

export function isActive(cadence: Cadence): cadence is ActiveCadence {
  return cadence.kind === "contact" || cadence.kind === "circle";
}

/** The latest interaction, or when the contact was added. */
export function lastTouchOf(lastInteractionAt: Date | null, createdAt: Date): Date {
  return lastInteractionAt ?? createdAt;
}

/** When the contact becomes due: last touch + cadence, pushed to the end of a snooze; null without a cadence. */
export function dueAtOf(lastTouch: Date, cadence: Cadence, snoozedUntil: Date | null): Date | null {
  if (!isActive(cadence)) return null;
  const due = lastTouch.getTime() + cadence.days * DAY_MS;
  return new Date(snoozedUntil ? Math.max(due, snoozedUntil.getTime()) : due);
}

/**
 * A day formatter per time zone, kept (null for a zone Intl does not know): making one costs tens
 * of microseconds, and a due list reads hundreds of dates.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();
/** Past this many zone names (not all of them real), the kept formatters are dropped. */
const MAX_DAY_FORMATS = 1000;

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  if (!dayFormats.has(timeZone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    } catch {
      // Not a zone Intl knows: null.
    }
    if (dayFormats.size >= MAX_DAY_FORMATS) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return dayFormats.get(timeZone)!;
}

/** A valid IANA zone name, or UTC for anything Intl does not know. */
export function safeTimeZone(timeZone: string): string {
  return dayFormat(timeZone) ? timeZone : "UTC";
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone (UTC when Intl does not know it). */
export function localDate(instant: Date, timeZone: string): string {
  const parts = (dayFormat(timeZone) ?? dayFormat("UTC")!).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function dateToUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** Calendar days past the due date in the user's zone: positive overdue, 0 due today, negative still to come. */
export function daysOverdueOf(dueAt: Date, now: Date, timeZone: string): number {
  return daysBetween(localDate(dueAt, timeZone), localDate(now, timeZone));
}

/**
 * "Due this week" is due today or in the next 6 days. A week's snooze (7 days) therefore takes a
 * contact off the list at once rather than leaving it at the bottom.
 */
export const DUE_SOON_DAYS = 6;

export type DueBucket = "overdue" | "this-week" | "later";

export function bucketOf(daysOverdue: number): DueBucket {
  if (daysOverdue > 0) return "overdue";
  if (daysOverdue >= -DUE_SOON_DAYS) return "this-week";
  return "later";
}

/**
 * How urgent an overdue contact is: days overdue weighted by tie strength (0 to 100), so a close
 * friend three weeks overdue (21 × 1.5 = 31.5) comes before an acquaintance five weeks overdue
 * (35 × 0.5 = 17.5), yet a long-forgotten acquaintance still rises in time.
 */
export function priorityOf(daysOverdue: number, strength: number): number {
  const clamped = Math.min(100, Math.max(0, strength));
  return Math.max(0, daysOverdue) * (0.5 + clamped / 100);
}

export interface Schedulable {
  displayName: string;
  dueAt: Date;
  daysOverdue: number;
  strength: number;
}

/** Overdue: highest priority first, then most days overdue, then by name. */
export function compareOverdue(a: Schedulable, b: Schedulable): number {
  return priorityOf(b.daysOverdue, b.strength) - priorityOf(a.daysOverdue, a.strength) || b.daysOverdue - a.daysOverdue || a.displayName.localeCompare(b.displayName);
}

/** Due this week: soonest first, then by name. */
export function compareUpcoming(a: Schedulable, b: Schedulable): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || a.displayName.localeCompare(b.displayName);
}

/** The cadences the UI offers, in days. Other values (set elsewhere) read as "every N days". */
export const CADENCE_CHOICES = [
  { days: 7, label: "every week" },
  { days: 14, label: "every 2 weeks" },
  { days: 30, label: "every month" },
  { days: 60, label: "every 2 months" },
  { days: 90, label: "every 3 months" },
  { days: 180, label: "every 6 months" },
  { days: 365, label: "every year" },
] as const;

export function cadenceLabel(days: number): string {
  if (days === 0) return "never";
  return CADENCE_CHOICES.find((choice) => choice.days === days)?.label ?? (days === 1 ? "every day" : `every ${days} days`);
}

/** "every month", "every month, from Climbing circle", "" when there is no reminder. */
export function describeCadence(cadence: Cadence): string {
  if (cadence.kind === "contact") return cadenceLabel(cadence.days);
  if (cadence.kind === "circle") return `${cadenceLabel(cadence.days)}, from ${cadence.circleName} circle`;
  return "";
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function span(days: number): string {
  if (days < 14) return count(days, "day");
  if (days < 60) return count(Math.floor(days / 7), "week");
  if (days < 365) return count(Math.floor(days / 30), "month");
  return count(Math.floor(days / 365), "year");
}

/** "due today", "due tomorrow", "due in 5 days", "1 day overdue", "3 weeks overdue". */
export function dueInWords(daysOverdue: number): string {
  if (daysOverdue === 0) return "due today";
  if (daysOverdue === -1) return "due tomorrow";
  if (daysOverdue < 0) return `due in ${span(-daysOverdue)}`;
  return `${span(daysOverdue)} overdue`;
}

/** "today", "yesterday", "5 days ago", "3 weeks ago". */
export function daysAgoInWords(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${span(days)} ago`;
}

export interface BirthdayParts {
  day: number;
  month: number;
  year: number | null;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The next birthday on or after `today` (YYYY-MM-DD): its date, days until it and the age it
 * brings when the birth year is known. A 29 February birthday falls on 28 February in other years.
 */
export function nextBirthday(birthday: BirthdayParts, today: string): { date: string; year: number; daysUntil: number; turns: number | null } {
  const occurrence = (year: number) => {
    const day = birthday.month === 2 && birthday.day === 29 && !isLeap(year) ? 28 : birthday.day;
    return `${year}-${String(birthday.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  };
  const thisYear = Number(today.slice(0, 4));
  const year = occurrence(thisYear) >= today ? thisYear : thisYear + 1;
  const date = occurrence(year);
  return { date, year, daysUntil: daysBetween(today, date), turns: birthday.year != null ? year - birthday.year : null };
}
