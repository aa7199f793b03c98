import { dailyReminders } from "./daily-reminders";
import { deleteAccount, deleteAccountWorkflow } from "./delete-account";

/** Every Inngest function Kith serves. */
export const functions = [deleteAccount, dailyReminders];

/**
 * The same workflows by triggering event, for the in-process runner. Scheduled workflows
 * (daily-reminders) have no event: jobs/schedule.ts runs them on a timer instead.
 */
export const workflows = {
  "account/deletion.requested": deleteAccountWorkflow,
} as const;
