import { getConfig } from "@/server/env";
import { dispatch } from "./dispatch";
import { dailyRemindersWorkflow } from "./functions/daily-reminders";
import { networkSnapshotsWorkflow } from "./functions/network-snapshots";
import { refreshSourcesWorkflow } from "./functions/refresh-sources";
import { inProcessSteps } from "./steps";

/** The first run waits a little, so start-up (and the first requests) are not slowed by it. */
export const FIRST_RUN_AFTER_MS = 30_000;

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(): Promise<string>;
}

/** What Inngest's cron triggers run, as timers run them without Inngest. Each returns a line for the log. */
export const PERIODIC_JOBS: PeriodicJob[] = [
  {
    name: "daily reminders",
    everyMs: 24 * 60 * 60 * 1000,
    async run() {
      const result = await dailyRemindersWorkflow(inProcessSteps);
      return `${result.created} new notifications for ${result.users} users`;
    },
  },
  {
    name: "source refresh",
    everyMs: 15 * 60 * 1000,
    async run() {
      const result = await refreshSourcesWorkflow(inProcessSteps, async (_page, due) => {
        for (const data of due) await dispatch("source/sync.requested", data);
      });
      return `${result.dispatched} sources due`;
    },
  },
  {
    // Inngest runs this on the first of the month; a daily timer records a month that is missing.
    name: "network snapshots",
    everyMs: 24 * 60 * 60 * 1000,
    async run() {
      const result = await networkSnapshotsWorkflow(inProcessSteps);
      return `${result.taken} new monthly snapshots for ${result.users} users`;
    },
  },
];

export interface InProcessSchedule {
  /** Runs finished so far per job name, failed ones included. */
  runs(name: string): number;
  stop(): void;
}

export interface ScheduleOptions {
  /** Defaults to the configuration: with Inngest configured its cron triggers run the jobs instead. */
  inngestEnabled?: boolean;
  firstRunAfterMs?: number;
  jobs?: PeriodicJob[];
}

/**
 * Stands in for Inngest's cron when Inngest is not configured: runs each periodic job in this
 * process soon after start and then every period. Returns null (and starts nothing) when Inngest
 * is configured. The timers do not keep the process alive.
 */
export function startInProcessSchedule(options: ScheduleOptions = {}): InProcessSchedule | null {
  const { inngestEnabled = getConfig().inngest.enabled, firstRunAfterMs = FIRST_RUN_AFTER_MS, jobs = PERIODIC_JOBS } = options;
  if (inngestEnabled) return null;

  const runs = new Map<string, number>();
  const timers: ReturnType<typeof setTimeout>[] = [];

  for (const job of jobs) {
    let running = false;
    const run = async () => {
      // A run still going when the next is due (a huge instance, a slow disk) makes the next one redundant.
      if (running) return;
      running = true;
      try {
        console.info(`[kith] ${job.name}: ${await job.run()}`);
      } catch (error) {
        console.error(`[kith] ${job.name} failed:`, error);
      } finally {
        running = false;
        runs.set(job.name, (runs.get(job.name) ?? 0) + 1);
      }
    };
    const first = setTimeout(() => {
      const interval = setInterval(() => void run(), job.everyMs);
      interval.unref();
      timers.push(interval);
      void run();
    }, firstRunAfterMs);
    first.unref();
    timers.push(first);
  }

  return {
    runs: (name) => runs.get(name) ?? 0,
    stop() {
      for (const timer of timers) clearTimeout(timer);
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
