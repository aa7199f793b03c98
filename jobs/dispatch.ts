import { getConfig } from "@/server/env";
import { inngest, type KithEvents } from "./client";
import { workflows } from "./functions";
import { inProcessSteps } from "./steps";

/** In-process runs at once; the rest queue. Keeps a big fan-out from opening a thousand sockets. */
const IN_PROCESS_CONCURRENCY = 4;

const running = new Set<Promise<unknown>>();
const queued: (() => void)[] = [];
let active = 0;

async function slot(): Promise<void> {
  if (active < IN_PROCESS_CONCURRENCY) {
    active++;
    return;
  }
  await new Promise<void>((resolve) => queued.push(resolve));
}

function release(): void {
  const next = queued.shift();
  if (next) next();
  else active--;
}

async function runInProcess<Name extends keyof KithEvents>(name: Name, data: KithEvents[Name]): Promise<void> {
  const workflow = workflows[name];
  await slot();
  try {
    await workflow.run(inProcessSteps, data);
  } catch (error) {
    console.error(`[kith] in-process run of ${name} failed:`, error);
    await workflow.onFailure?.(data, error).catch((failure: unknown) => console.error(`[kith] recording the failure of ${name} failed:`, failure));
  } finally {
    release();
  }
}

/**
 * Sends an event to Inngest when it is configured; otherwise starts the matching workflow in
 * this process and returns without waiting for it, as Inngest would.
 */
export async function dispatch<Name extends keyof KithEvents>(name: Name, data: KithEvents[Name]): Promise<void> {
  if (getConfig().inngest.enabled) {
    await inngest.send({ name, data });
    return;
  }
  const run = runInProcess(name, data).finally(() => running.delete(run));
  running.add(run);
}

/** Waits for every in-process run started so far (tests, and the CLI before it exits). */
export async function settleInProcessRuns(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}
