import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contacts } from "@/db/schema";
import { createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { provideDatabase } from "@/server/db";
import { listNotifications } from "@/server/notifications/service";
import { PERIODIC_JOBS, startInProcessSchedule } from "./schedule";

const DAY_MS = 86_400_000;

describe("the in-process schedule", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await database.destroy();
  });

  it("runs the daily reminders soon after start and again each period, creating each notification once", async () => {
    const userId = await createTestUser(database, "Hana");
    await database.db.insert(contacts).values([
      { ownerId: userId, displayName: "Ivo", cadenceDays: 7, createdAt: new Date(Date.now() - 10 * DAY_MS) },
      { ownerId: userId, displayName: "Jo", birthdayDay: new Date().getUTCDate(), birthdayMonth: new Date().getUTCMonth() + 1 },
    ]);

    const reminders = PERIODIC_JOBS.find((job) => job.name === "daily reminders");
    if (!reminders) throw new Error("no daily reminders job");
    const schedule = startInProcessSchedule({ inngestEnabled: false, firstRunAfterMs: 10, jobs: [{ ...reminders, everyMs: 100 }] });
    try {
      await vi.waitFor(() => expect(schedule?.runs("daily reminders")).toBeGreaterThanOrEqual(3), { timeout: 20_000, interval: 20 });
    } finally {
      schedule?.stop();
    }

    const { items } = await listNotifications(database.db, userId, {});
    expect(items.map((item) => item.title).sort()).toEqual(["Catch up with Ivo", "Jo's birthday is today"]);
  });

  it("starts nothing when Inngest is configured: its cron trigger runs the job", () => {
    expect(startInProcessSchedule({ inngestEnabled: true, firstRunAfterMs: 0 })).toBeNull();
  });
});
