import { getConfig } from "@/server/env";
import { dailyRemindersWorkflow } from "./functions/daily-reminders";
import { inProcessSteps } from "./steps";

/** The first run waits a little, so start-up (and the first requests) are not slowed by it. */
export const FIRST_RUN_AFTER_MS = 30_000;
export const RUN_EVERY_MS = 24 * 60 * 60 * 1000;

export interface InProcessSchedule {
  /** Runs finished so far, failed ones included. */
  readonly runs: number;
  stop(): void;
}

export interface ScheduleOptions {
  /** Defaults to the configuration: with Inngest configured its cron trigger runs the job instead. */
  inngestEnabled?: boolean;
  firstRunAfterMs?: number;
  everyMs?: number;
}

/**
 * Stands in for Inngest's cron when Inngest is not configured: runs the daily reminders workflow
 * in this process soon after start and then every 24 hours. Returns null (and starts nothing)
 * when Inngest is configured. The timers do not keep the process alive.
 */
export function startInProcessSchedule(options: ScheduleOptions = {}): InProcessSchedule | null {
  const { inngestEnabled = getConfig().inngest.enabled, firstRunAfterMs = FIRST_RUN_AFTER_MS, everyMs = RUN_EVERY_MS } = options;
  if (inngestEnabled) return null;

  let runs = 0;
  let running = false;
  let interval: ReturnType<typeof setInterval> | undefined;

  const run = async () => {
    // A run still going when the next is due (a huge instance, a slow disk) makes the next one redundant.
    if (running) return;
    running = true;
    try {
      const result = await dailyRemindersWorkflow(inProcessSteps);
      console.info(`[kith] daily reminders: ${result.created} new notifications for ${result.users} users`);
    } catch (error) {
      console.error("[kith] daily reminders failed:", error);
    } finally {
      running = false;
      runs++;
    }
  };

  const first = setTimeout(() => {
    interval = setInterval(() => void run(), everyMs);
    interval.unref();
    void run();
  }, firstRunAfterMs);
  first.unref();

  return {
    get runs() {
      return runs;
    },
    stop() {
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}

// Next may evaluate server code in more than one bundle of a process; the schedule is per process.
const holder = globalThis as typeof globalThis & { kithSchedule?: InProcessSchedule | null };

/** Starts the in-process schedule once per process (instrumentation's register hook calls this). */
export function ensureInProcessSchedule(): void {
  if (holder.kithSchedule !== undefined) return;
  holder.kithSchedule = startInProcessSchedule();
}
