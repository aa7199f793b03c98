import { NonRetriableError, RetryAfterError } from "inngest";
import { getDb } from "@/server/db";
import { HostBlockedError } from "@/server/net/host-pacer";
import { FetchRefusedError } from "@/server/net/safe-fetch";
import { applySync, type ApplyResult } from "@/server/sources/apply";
import { SourceRateLimitedError } from "@/server/sources/http";
import { fetchSourceProfile, fetchSourceUpdates, getSyncEnvironment, recordSyncFailure, type SyncEnvironment } from "@/server/sources/sync";
import { describeSyncError } from "@/server/sources/errors";
import { inngest, sourceLinked, sourceSyncRequested, type KithEvents } from "../client";
import { inngestSteps, type Steps } from "../steps";

type SyncData = KithEvents["source/sync.requested"];

export interface SyncSourceResult extends ApplyResult {
  /** False when the source was unlinked before the sync ran. */
  synced: boolean;
  state: string | null;
  requests: number;
}

/**
 * One source's sync in three steps, each safe to repeat: fetch the profile, fetch the posts
 * since the last sync (only when the account is there), and apply both in one transaction.
 */
export async function syncSourceWorkflow(step: Steps, data: SyncData, environment: SyncEnvironment = getSyncEnvironment()): Promise<SyncSourceResult> {
  const db = getDb();
  const { ownerId, sourceId } = data;
  const profile = await step.run("fetch-profile", () => fetchSourceProfile(db, environment, ownerId, sourceId));
  if (!profile) return { synced: false, state: null, requests: 0, updates: 0, rowsWritten: 0, notifications: 0 };
  const updates = profile.result.state === "ok" ? await step.run("fetch-updates", () => fetchSourceUpdates(db, environment, ownerId, sourceId, profile.result.carry)) : null;
  const applied = await step.run("apply", () =>
    applySync(db, ownerId, sourceId, {
      state: profile.result.state,
      stateReason: profile.result.stateReason,
      profile: profile.result.profile,
      suggestions: profile.result.suggestions,
      updates: updates?.updates ?? [],
      cursor: updates ? updates.cursor : profile.cursor,
      validators: { ...profile.validators, ...updates?.validators },
    }),
  );
  return { synced: true, state: profile.result.state, requests: profile.requests + (updates?.requests ?? 0), ...applied };
}

/** What a failed sync leaves on the source: the reason, and a later next try. */
export async function syncSourceFailed(data: SyncData, error: unknown): Promise<void> {
  await recordSyncFailure(getDb(), data.ownerId, data.sourceId, describeSyncError(error));
}

/**
 * Inngest's steps, with the far end's "slow down" turned into a retry at the time it asked for,
 * and a refused address (which no retry can fix) into an immediate failure.
 */
function politeSteps(steps: Steps): Steps {
  return {
    run: (id, fn) =>
      steps.run(id, async () => {
        try {
          return await fn();
        } catch (error) {
          if (error instanceof SourceRateLimitedError || error instanceof HostBlockedError) throw new RetryAfterError(error.message, error.retryAfterMs);
          if (error instanceof FetchRefusedError) throw new NonRetriableError(error.message);
          throw error;
        }
      }),
  };
}

export const syncSource = inngest.createFunction(
  {
    id: "sync-source",
    name: "Sync a linked source",
    triggers: [sourceLinked, sourceSyncRequested],
    // Polite to every server (two syncs at a time per host) and fair between users.
    concurrency: [
      { key: "event.data.host", limit: 2 },
      { key: "event.data.ownerId", limit: 5 },
    ],
    retries: 4,
    onFailure: ({ event, error }) => syncSourceFailed(event.data.event.data as SyncData, error),
  },
  ({ event, step }) => syncSourceWorkflow(politeSteps(inngestSteps(step)), event.data),
);
