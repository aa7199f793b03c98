import { refreshSlowMeasures } from "@/server/network/service";
import { getDb } from "@/server/db";
import { inngest, networkCentralityRequested, type KithEvents } from "../client";
import { inngestSteps, type Steps } from "../steps";

/** Betweenness of every contact among the others, and the picture's layout: seconds at thousands of contacts, so never on a request. */
export async function networkCentralityWorkflow(step: Steps, { ownerId }: KithEvents["network/centrality.requested"]): Promise<{ computed: boolean }> {
  const computed = await step.run("compute-betweenness-and-layout", () => refreshSlowMeasures(getDb(), ownerId));
  return { computed };
}

export const networkCentrality = inngest.createFunction(
  {
    id: "network-centrality",
    name: "Compute betweenness and the layout of a network",
    triggers: [networkCentralityRequested],
    // Ties are often entered in bursts: wait for a quiet minute, then compute once per owner.
    debounce: { key: "event.data.ownerId", period: "1m" },
    concurrency: { limit: 1, key: "event.data.ownerId" },
    retries: 2,
  },
  ({ event, step }) => networkCentralityWorkflow(inngestSteps(step), event.data),
);
