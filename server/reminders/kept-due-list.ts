// The due list as last worked out, kept per user in due_lists (db/schema/reminders.ts). Ranking who
// is most pressing needs everyone due and each one's tie strength, which costs tens of
// milliseconds at thousands of contacts; looking again at Today reads the kept lists instead. The
// database marks them out of date on every write they depend on (deferred triggers, migration
// 0012); the day changing and the hour passing (tie strength moves a little with time: recency,
// the last year's interactions) are checked here.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { dueLists } from "@/db/schema";
import { localDate } from "./due";
import type { DueContact, DueList } from "./service";

/** Raise when what is kept changes shape or meaning, so lists kept by older code are worked out again. */
export const KEPT_DUE_LIST_VERSION = 1;
/** How long kept lists stand when nothing changes, for tie strengths to follow the clock. */
export const KEPT_DUE_LIST_MS = 60 * 60 * 1000;

/** A DueContact as JSON keeps it: dates as ISO strings. */
export type KeptDueContact = Omit<DueContact, "lastTouch" | "lastInteractionAt" | "dueAt"> & { lastTouch: string; lastInteractionAt: string | null; dueAt: string };

export interface WorkedOutDueLists {
  timeZone: string;
  today: string;
  overdue: DueContact[];
  thisWeek: DueContact[];
}

const toKept = (entry: DueContact): KeptDueContact => ({
  ...entry,
  lastTouch: entry.lastTouch.toISOString(),
  lastInteractionAt: entry.lastInteractionAt?.toISOString() ?? null,
  dueAt: entry.dueAt.toISOString(),
});

const fromKept = (entry: KeptDueContact): DueContact => ({
  ...entry,
  lastTouch: new Date(entry.lastTouch),
  lastInteractionAt: entry.lastInteractionAt === null ? null : new Date(entry.lastInteractionAt),
  dueAt: new Date(entry.dueAt),
});

/** The first `limit` entries of a kept list (all of them for null), cut in the database so only those travel. */
const firstOf = (list: typeof dueLists.overdue | typeof dueLists.thisWeek, limit: number | null) =>
  limit === null ? sql<KeptDueContact[] | null>`${list}` : sql<KeptDueContact[] | null>`jsonb_path_query_array(${list}, ${`$[0 to ${limit - 1}]`}::jsonpath)`;

/**
 * The user's kept due list when it stands for `now`, cut to `limit` per list; else null, with the
 * generation to hand to keepDueList once the list is worked out again.
 */
export async function readKeptDueList(db: Db, ownerId: string, limit: number | null, now: Date): Promise<{ list: DueList } | { list: null; generation: number }> {
  const [row] = await db
    .select({
      generation: dueLists.generation,
      version: dueLists.version,
      timeZone: dueLists.timeZone,
      today: dueLists.today,
      computedAt: dueLists.computedAt,
      overdue: firstOf(dueLists.overdue, limit),
      thisWeek: firstOf(dueLists.thisWeek, limit),
      overdueCount: sql<number | null>`jsonb_array_length(${dueLists.overdue})`,
      thisWeekCount: sql<number | null>`jsonb_array_length(${dueLists.thisWeek})`,
    })
    .from(dueLists)
    .where(eq(dueLists.ownerId, ownerId));
  if (!row) return { list: null, generation: await startKeeping(db, ownerId) };

  const { version, timeZone, today, computedAt, overdue, thisWeek, overdueCount, thisWeekCount } = row;
  const standing =
    version === KEPT_DUE_LIST_VERSION &&
    timeZone !== null &&
    computedAt !== null &&
    computedAt.getTime() <= now.getTime() &&
    now.getTime() - computedAt.getTime() < KEPT_DUE_LIST_MS &&
    today === localDate(now, timeZone) &&
    overdue !== null &&
    thisWeek !== null;
  if (!standing) return { list: null, generation: row.generation };
  return {
    list: {
      today,
      overdue: overdue.map(fromKept),
      thisWeek: thisWeek.map(fromKept),
      counts: { overdue: overdueCount ?? 0, thisWeek: thisWeekCount ?? 0 },
    },
  };
}

/**
 * The user's row exists before their lists are worked out, so that a write committing meanwhile
 * always finds it to mark (the triggers only add a row for a user who still exists).
 */
async function startKeeping(db: Db, ownerId: string): Promise<number> {
  await db.insert(dueLists).values({ ownerId }).onConflictDoNothing();
  const [row] = await db.select({ generation: dueLists.generation }).from(dueLists).where(eq(dueLists.ownerId, ownerId));
  return row?.generation ?? 0;
}

/**
 * Keeps lists worked out from data read after `generation` was: unless a write has marked the row
 * since (the generation moved on), in which case they may be out of date and are not kept.
 */
export async function keepDueList(db: Db, ownerId: string, generation: number, lists: WorkedOutDueLists, now: Date): Promise<void> {
  await db
    .update(dueLists)
    .set({ version: KEPT_DUE_LIST_VERSION, timeZone: lists.timeZone, today: lists.today, computedAt: now, overdue: lists.overdue.map(toKept), thisWeek: lists.thisWeek.map(toKept) })
    .where(and(eq(dueLists.ownerId, ownerId), eq(dueLists.generation, generation)));
}
