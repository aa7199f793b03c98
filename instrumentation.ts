import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Next calls this once when a server starts. Without Inngest, the daily reminders run on a timer
 * in the Node.js server process; never in the Edge runtime, and never while `next build` runs.
 * (NEXT_RUNTIME and NEXT_PHASE are Next's own variables, not Kith's configuration, and must be
 * read exactly like this for Next to drop the Node-only import from the Edge bundle.)
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { ensureInProcessSchedule } = await import("./jobs/schedule");
  ensureInProcessSchedule();
  // Reading the city gazetteer takes a second or two of CPU: do it now rather than on the first
  // city search or sample-network load.
  const { loadGazetteer } = await import("./server/places/gazetteer");
  setTimeout(() => {
    try {
      loadGazetteer();
    } catch (error) {
      console.error("[kith] could not read the city gazetteer:", error);
    }
  }, 1000).unref();
}
