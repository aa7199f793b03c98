import { cron } from "inngest";
import { createDueAndBirthdayNotifications, unsafeListUserIdsForReminders } from "@/server/notifications/service";
import { getDb } from "@/server/db";
import { inngest } from "../client";
import { inngestSteps, type Steps } from "../steps";

/** Users handled per step: small enough for one step to finish well within a request timeout. */
export const USERS_PER_STEP = 100;

export interface DailyRemindersResult {
  users: number;
  created: number;
}

/**
 * Creates every user's due and birthday notifications, a page of users per step. Each step is
 * safe to repeat: a notification that exists already is not created again.
 */
export async function dailyRemindersWorkflow(step: Steps, { pageSize = USERS_PER_STEP }: { pageSize?: number } = {}): Promise<DailyRemindersResult> {
  const db = getDb();
  const total: DailyRemindersResult = { users: 0, created: 0 };
  let afterId: string | null = null;
  for (let page = 0; ; page++) {
    const from: string | null = afterId;
    const done: { lastId: string | null; users: number; created: number } = await step.run(`notify-users-${page}`, async () => {
      const ids = await unsafeListUserIdsForReminders(db, from, pageSize);
      let created = 0;
      for (const id of ids) created += await createDueAndBirthdayNotifications(db, id);
      return { lastId: ids.at(-1) ?? null, users: ids.length, created };
    });
    total.users += done.users;
    total.created += done.created;
    if (done.users < pageSize || done.lastId === null) return total;
    afterId = done.lastId;
  }
}

export const dailyReminders = inngest.createFunction(
  {
    id: "daily-reminders",
    name: "Create due and birthday notifications",
    // Once a day at 06:00 UTC. A fixed hour is enough for now: "due today" is computed in each
    // user's own zone and notifications are read whenever the user next opens Kith, so the run
    // only has to happen once a day; per-zone delivery times matter once there are pushed emails.
    triggers: [cron("0 6 * * *")],
    retries: 3,
    // Never two runs at once (a slow run overlapping a manual one would only duplicate work).
    concurrency: { limit: 1 },
  },
  ({ step }) => dailyRemindersWorkflow(inngestSteps(step)),
);
