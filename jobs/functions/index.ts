import type { KithEvents } from "../client";
import type { Steps } from "../steps";
import { dailyReminders } from "./daily-reminders";
import { deleteAccount, deleteAccountWorkflow } from "./delete-account";
import { networkCentrality, networkCentralityWorkflow } from "./network-centrality";
import { networkSnapshots } from "./network-snapshots";
import { refreshSources } from "./refresh-sources";
import { syncSource, syncSourceFailed, syncSourceWorkflow } from "./sync-source";

/** Every Inngest function Kith serves. */
export const functions = [deleteAccount, dailyReminders, syncSource, refreshSources, networkCentrality, networkSnapshots];

interface InProcessWorkflow<Data> {
  run(step: Steps, data: Data): Promise<unknown>;
  /** What Inngest's onFailure does, for a run that failed. */
  onFailure?(data: Data, error: unknown): Promise<void>;
}

/**
 * The same workflows by triggering event, for the in-process runner. Scheduled workflows
 * (daily-reminders, refresh-sources, network-snapshots) have no event: jobs/schedule.ts runs them on a timer instead.
 */
export const workflows: { [Name in keyof KithEvents]: InProcessWorkflow<KithEvents[Name]> } = {
  "account/deletion.requested": { run: deleteAccountWorkflow },
  "source/linked": { run: (step, data) => syncSourceWorkflow(step, data), onFailure: syncSourceFailed },
  "source/sync.requested": { run: (step, data) => syncSourceWorkflow(step, data), onFailure: syncSourceFailed },
  "network/centrality.requested": { run: networkCentralityWorkflow },
};
