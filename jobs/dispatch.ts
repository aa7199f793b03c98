import { getConfig } from "@/server/env";
import { inngest, type KithEvents } from "./client";
import { workflows } from "./functions";
import { inProcessSteps } from "./steps";

const running = new Set<Promise<unknown>>();

/**
 * Sends an event to Inngest when it is configured; otherwise starts the matching workflow in
 * this process and returns without waiting for it, as Inngest would.
 */
export async function dispatch<Name extends keyof KithEvents>(name: Name, data: KithEvents[Name]): Promise<void> {
  if (getConfig().inngest.enabled) {
    await inngest.send({ name, data });
    return;
  }
  const run = workflows[name](inProcessSteps, data)
    .catch((error: unknown) => console.error(`[kith] in-process run of ${name} failed:`, error))
    .finally(() => running.delete(run));
  running.add(run);
}

/** Waits for every in-process run started so far (tests, and the CLI before it exits). */
export async function settleInProcessRuns(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}
