import { deleteAccountData, deleteUser } from "@/server/account/service";
import { getDb } from "@/server/db";
import { accountDeletionRequested, inngest, type KithEvents } from "../client";
import { inngestSteps, type Steps } from "../steps";

/** Deletes the user's records domain by domain, then the user; each step is safe to repeat. */
export async function deleteAccountWorkflow(step: Steps, data: KithEvents["account/deletion.requested"]) {
  const db = getDb();
  const removed = await step.run("delete-data", () => deleteAccountData(db, data.userId));
  const user = await step.run("delete-user", () => deleteUser(db, data.userId));
  return { removed, userDeleted: user.deleted };
}

export const deleteAccount = inngest.createFunction(
  {
    id: "delete-account",
    name: "Delete an account",
    triggers: [accountDeletionRequested],
    retries: 10,
    concurrency: { key: "event.data.userId", limit: 1 },
  },
  ({ event, step }) => deleteAccountWorkflow(inngestSteps(step), event.data),
);
