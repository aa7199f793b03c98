// The Network page's figures as last worked out, kept in this process per user while they stand.
// Working them out reads every contact, their interactions added up, jobs, circles and the ties
// among them: hundreds of milliseconds at thousands of contacts. The database counts the writes
// they depend on (network_generations, migration 0014); the measures kept in network_cache are
// told apart by when they were written; the hour passing (tie strength moves a little with time:
// recency, the last year's interactions) is checked here. Each server process keeps its own, so
// several behind one address never show each other stale figures.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { networkCache, networkGenerations, users } from "@/db/schema";

const HOUR_MS = 60 * 60 * 1000;
/** Users whose figures are kept at once, the most recently worked out. */
const KEPT_USERS = 16;

interface Kept<T> {
  generation: number;
  measuredAt: number | null;
  hour: number;
  value: T;
}

// Per database (a process may open several: tests, the CLI), per user. On globalThis: Next loads
// a page and the API routes as separate bundles, each with its own copy of this module, and the
// Network page's figures are read by both (the page, then its request for the graph).
const holder = globalThis as typeof globalThis & { kithKeptOverviews?: WeakMap<Db, Map<string, Kept<unknown>>> };
const keptByDatabase = (holder.kithKeptOverviews ??= new WeakMap());

/** How many writes the user's network has seen, and when its kept measures were written. */
async function stateOf(db: Db, ownerId: string): Promise<{ generation: number; measuredAt: number | null }> {
  const [row] = await db
    .select({ generation: networkGenerations.generation, measuredAt: networkCache.updatedAt })
    .from(users)
    .leftJoin(networkGenerations, eq(networkGenerations.ownerId, users.id))
    .leftJoin(networkCache, eq(networkCache.ownerId, users.id))
    .where(eq(users.id, ownerId));
  return { generation: row?.generation ?? 0, measuredAt: row?.measuredAt?.getTime() ?? null };
}

/**
 * The user's kept figures when nothing they depend on has changed since, within the same hour of
 * `now`; else those `workOut()` gives, kept with when the measures it used were written. The
 * generation is read first: a write that lands while the figures are worked out moves it on, and
 * the next look works them out again.
 */
export async function keptOrWorkedOut<T>(db: Db, ownerId: string, now: Date, workOut: () => Promise<{ value: T; measuredAt: Date | null }>): Promise<T> {
  const { generation, measuredAt } = await stateOf(db, ownerId);
  const hour = Math.floor(now.getTime() / HOUR_MS);
  let kept = keptByDatabase.get(db);
  if (!kept) keptByDatabase.set(db, (kept = new Map()));
  const entry = kept.get(ownerId);
  if (entry && entry.generation === generation && entry.measuredAt === measuredAt && entry.hour === hour) return entry.value as T;

  const worked = await workOut();
  kept.delete(ownerId);
  kept.set(ownerId, { generation, measuredAt: worked.measuredAt?.getTime() ?? null, hour, value: worked.value });
  if (kept.size > KEPT_USERS) kept.delete(kept.keys().next().value!);
  return worked.value;
}
