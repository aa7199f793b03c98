import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contacts } from "@/db/schema";
import { createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { listNotifications } from "@/server/notifications/service";
import { provideDatabase } from "@/server/db";
import { inProcessSteps, type Steps } from "../steps";
import { dailyReminders, dailyRemindersWorkflow } from "./daily-reminders";

const DAY_MS = 86_400_000;
const scheduledEvent = { name: "inngest/scheduled.timer", data: { cron: "0 6 * * *" } };

describe("daily-reminders function", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
  });
  afterAll(() => database.destroy());

  /** A user with one contact a week overdue (weekly, added 14 days ago) and one not due. */
  async function userWithOverdueContact(name: string): Promise<string> {
    const userId = await createTestUser(database, name);
    await database.db.insert(contacts).values([
      { ownerId: userId, displayName: `${name}'s friend`, cadenceDays: 7, createdAt: new Date(Date.now() - 14 * DAY_MS) },
      { ownerId: userId, displayName: `${name}'s colleague`, cadenceDays: 30 },
    ]);
    return userId;
  }

  it("creates each user's notifications through Inngest, and nothing more when run again", async () => {
    const first = await userWithOverdueContact("Ann");
    const second = await userWithOverdueContact("Bea");

    // A fresh engine per run: an engine caches step results, so reusing one would not run the steps again.
    const once = await new InngestTestEngine({ function: dailyReminders }).execute({ events: [scheduledEvent] });
    expect(once.error).toBeUndefined();
    expect(once.result).toEqual({ users: 2, created: 2 });

    const twice = await new InngestTestEngine({ function: dailyReminders }).execute({ events: [scheduledEvent] });
    expect(twice.error).toBeUndefined();
    expect(twice.result).toEqual({ users: 2, created: 0 });

    for (const [userId, name] of [[first, "Ann"], [second, "Bea"]] as const) {
      const { items } = await listNotifications(database.db, userId, {});
      expect(items.map((item) => item.title)).toEqual([`Catch up with ${name}'s friend`]);
    }
  });

  it("takes users a page per step", async () => {
    const fresh = await createTestDatabase("pglite");
    provideDatabase(fresh);
    try {
      for (const name of ["Cy", "Di", "Ed", "Flo", "Gil"]) {
        const userId = await createTestUser(fresh, name);
        await fresh.db.insert(contacts).values({ ownerId: userId, displayName: "Old friend", cadenceDays: 7, createdAt: new Date(Date.now() - 30 * DAY_MS) });
      }
      const stepIds: string[] = [];
      const recording: Steps = {
        run(id, fn) {
          stepIds.push(id);
          return inProcessSteps.run(id, fn);
        },
      };
      // Five users two at a time: pages of 2, 2 and 1.
      expect(await dailyRemindersWorkflow(recording, { pageSize: 2 })).toEqual({ users: 5, created: 5 });
      expect(stepIds).toEqual(["notify-users-0", "notify-users-1", "notify-users-2"]);
    } finally {
      provideDatabase(database);
      await fresh.destroy();
    }
  });
});
