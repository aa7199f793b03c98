import { cron } from "inngest";
import { takeSnapshot, unsafeListUsersWithContacts } from "@/server/network/service";
import { getDb } from "@/server/db";
import { inngest } from "../client";
import { inngestSteps, type Steps } from "../steps";

/** Users measured per step, so one step stays well within a request's time. */
export const SNAPSHOTS_PER_STEP = 20;

/**
 * Records this month's network measures for every user with contacts. Safe to repeat: a month
 * already recorded is left as it is, so the in-process timer may run it daily.
 */
export async function networkSnapshotsWorkflow(step: Steps, now: Date = new Date(), pageSize = SNAPSHOTS_PER_STEP): Promise<{ users: number; taken: number }> {
  const db = getDb();
  const owners = await step.run("list-users", () => unsafeListUsersWithContacts(db));
  let taken = 0;
  for (let start = 0; start < owners.length; start += pageSize) {
    const page = owners.slice(start, start + pageSize);
    taken += await step.run(`snapshot-${start / pageSize}`, async () => {
      let count = 0;
      for (const ownerId of page) if ((await takeSnapshot(db, ownerId, now)).taken) count++;
      return count;
    });
  }
  return { users: owners.length, taken };
}

export const networkSnapshots = inngest.createFunction(
  {
    id: "network-snapshots",
    name: "Record monthly network measures",
    // 03:00 UTC on the first of each month.
    triggers: [cron("0 3 1 * *")],
    retries: 3,
    concurrency: { limit: 1 },
  },
  ({ step }) => networkSnapshotsWorkflow(inngestSteps(step)),
);
