import { cron } from "inngest";
import { getDb } from "@/server/db";
import { getSyncEnvironment, unsafeClaimDueSources, type DueSource } from "@/server/sources/sync";
import { inngest } from "../client";
import { inngestSteps, type Steps } from "../steps";

/** Sources claimed per step. */
export const SOURCES_PER_STEP = 200;
/** A run claims at most this many; the rest wait for the next run (every 15 minutes). */
export const SOURCES_PER_RUN = 5_000;

/** Starts the syncs of a page of due sources (Inngest events, or in-process runs). */
export type FanOut = (page: number, due: DueSource[]) => Promise<void>;

/**
 * Finds the sources due for a sync, a page per step, and fans each out as its own sync, so one
 * failing source never holds up the others.
 */
export async function refreshSourcesWorkflow(step: Steps, fanOut: FanOut, { pageSize = SOURCES_PER_STEP, now = () => new Date() }: { pageSize?: number; now?: () => Date } = {}): Promise<{ dispatched: number }> {
  const db = getDb();
  const { config } = getSyncEnvironment();
  let dispatched = 0;
  for (let page = 0; dispatched < SOURCES_PER_RUN; page++) {
    const due = await step.run(`claim-due-${page}`, () => unsafeClaimDueSources(db, config, pageSize, now()));
    if (due.length > 0) await fanOut(page, due);
    dispatched += due.length;
    if (due.length < pageSize) break;
  }
  return { dispatched };
}

export const refreshSources = inngest.createFunction(
  {
    id: "refresh-sources",
    name: "Sync the linked sources that are due",
    triggers: [cron("*/15 * * * *")],
    concurrency: { limit: 1 },
  },
  ({ step }) =>
    refreshSourcesWorkflow(inngestSteps(step), async (page, due) => {
      await step.sendEvent(`sync-due-${page}`, due.map((data) => ({ name: "source/sync.requested", data })));
    }),
);
