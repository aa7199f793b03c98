import { and, asc, eq, inArray, lte, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources } from "@/db/schema";
import { getConfig } from "@/server/env";
import type { HostPacer } from "@/server/net/host-pacer";
import { SourceHttp, type Validators } from "./http";
import { adapters, retryDelayMs, sourceHost, SYNC_INTERVAL_MS } from "./registry";
import type { Json, ProfileStepResult, SourcesConfig, UpdatesStepResult } from "./types";

/** Most posts one sync takes in: the newest this many on the first sync, what is new after that. */
export const SYNC_LIMIT = 40;

export interface SyncEnvironment {
  config: SourcesConfig;
  /** Tests and the benchmark pass their own (without pacing); the process's shared one otherwise. */
  pacer?: HostPacer;
  timeoutMs?: number;
}

const holder = globalThis as typeof globalThis & { kithSyncEnvironment?: SyncEnvironment };

/** The configuration syncs run with: the process's, unless a test or the benchmark provided its own. */
export function getSyncEnvironment(): SyncEnvironment {
  return holder.kithSyncEnvironment ?? { config: getConfig().sources };
}

/** For tests and the benchmark: fake servers' URLs, private addresses allowed, no pacing. */
export function provideSyncEnvironment(environment: SyncEnvironment | undefined): void {
  holder.kithSyncEnvironment = environment;
}

async function loadSource(db: Db, ownerId: string, sourceId: string) {
  const [source] = await db
    .select({ kind: sources.kind, input: sources.input, cursor: sources.cursor, validators: sources.validators })
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.id, sourceId)));
  return source;
}

function httpFor(environment: SyncEnvironment, validators: Record<string, Validators>): SourceHttp {
  return new SourceHttp({ validators, allowPrivateNetwork: environment.config.allowPrivateNetwork, pacer: environment.pacer, timeoutMs: environment.timeoutMs });
}

export interface ProfileFetched {
  result: ProfileStepResult;
  validators: Record<string, Validators>;
  /** The source's cursor as it was, kept when updates are not fetched. */
  cursor: Json;
  requests: number;
}

/** Step one of a sync: the profile. Null when the source was unlinked since the sync was asked for. */
export async function fetchSourceProfile(db: Db, environment: SyncEnvironment, ownerId: string, sourceId: string): Promise<ProfileFetched | null> {
  const source = await loadSource(db, ownerId, sourceId);
  if (!source) return null;
  const http = httpFor(environment, source.validators);
  const result = await adapters[source.kind].fetchProfile({ http, config: environment.config, limit: SYNC_LIMIT }, { input: source.input, cursor: source.cursor ?? null });
  return { result, validators: http.validators, cursor: source.cursor ?? null, requests: http.requests };
}

export interface UpdatesFetched extends UpdatesStepResult {
  validators: Record<string, Validators>;
  requests: number;
}

/** Step two: the posts since the last sync. */
export async function fetchSourceUpdates(db: Db, environment: SyncEnvironment, ownerId: string, sourceId: string, carry: Json): Promise<UpdatesFetched | null> {
  const source = await loadSource(db, ownerId, sourceId);
  if (!source) return null;
  const http = httpFor(environment, source.validators);
  const result = await adapters[source.kind].fetchUpdates({ http, config: environment.config, limit: SYNC_LIMIT }, { input: source.input, cursor: source.cursor ?? null }, carry);
  return { ...result, validators: http.validators, requests: http.requests };
}

/** A sync that failed for good: the source shows the reason, and the next try waits longer each time. */
export async function recordSyncFailure(db: Db, ownerId: string, sourceId: string, reason: string, now = new Date()): Promise<void> {
  const [source] = await db
    .select({ failures: sources.failures })
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.id, sourceId)));
  if (!source) return;
  const failures = source.failures + 1;
  await db
    .update(sources)
    .set({ state: "error", stateReason: reason.slice(0, 500), failures, nextSyncAt: new Date(now.getTime() + retryDelayMs(failures)) })
    .where(and(eq(sources.ownerId, ownerId), eq(sources.id, sourceId)));
}

export interface DueSource {
  ownerId: string;
  sourceId: string;
  host: string;
}

const intervalSql = sql.join(
  [sql`case ${sources.kind}`, ...Object.entries(SYNC_INTERVAL_MS).map(([kind, ms]) => sql`when ${kind} then ${ms / 1000}::integer`), sql`end`],
  sql` `,
);

/**
 * Across every owner (the scheduler's job, hence unsafe): takes up to `limit` sources whose
 * next sync is due, moves their next sync one interval on (so a second scheduler run does not
 * take them again) and returns them. Sources that are gone or not found are never due.
 */
export async function unsafeClaimDueSources(db: Db, config: SourcesConfig, limit: number, now = new Date()): Promise<DueSource[]> {
  const due = db
    .select({ id: sources.id })
    .from(sources)
    .where(and(lte(sources.nextSyncAt, now), notInArray(sources.state, ["gone", "not_found"])))
    .orderBy(asc(sources.nextSyncAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(sources)
    .set({ nextSyncAt: sql`${now.toISOString()}::timestamptz + make_interval(secs => (${intervalSql})::double precision)`, checkedAt: now })
    .where(inArray(sources.id, due))
    .returning({ ownerId: sources.ownerId, sourceId: sources.id, kind: sources.kind, input: sources.input });
  return rows.map((row) => ({ ownerId: row.ownerId, sourceId: row.sourceId, host: sourceHost(row.kind, row.input, config) }));
}
