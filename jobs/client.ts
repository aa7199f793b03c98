import { eventType, Inngest } from "inngest";
import { z } from "zod";

// The SDK reads INNGEST_DEV, INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY and INNGEST_BASE_URL itself.
export const inngest = new Inngest({ id: "kith" });

export const accountDeletionRequested = eventType("account/deletion.requested", {
  schema: z.object({ userId: z.string().min(1) }),
});

/** A source to sync: whose, which, and the host its requests go to (the key for per-host concurrency). */
const sourceSyncSchema = z.object({ ownerId: z.string().min(1), sourceId: z.uuid(), host: z.string().min(1) });

/** A source was just linked: sync it at once. */
export const sourceLinked = eventType("source/linked", { schema: sourceSyncSchema });

/** A source is due (the scheduler) or the user pressed "Sync now". */
export const sourceSyncRequested = eventType("source/sync.requested", { schema: sourceSyncSchema });

/** The owner's network changed and its cached betweenness is out of date. */
export const networkCentralityRequested = eventType("network/centrality.requested", {
  schema: z.object({ ownerId: z.string().min(1) }),
});

/** The events Kith sends, by name, with their data. */
export interface KithEvents {
  "account/deletion.requested": z.infer<typeof accountDeletionRequested.schema>;
  "source/linked": z.infer<typeof sourceSyncSchema>;
  "source/sync.requested": z.infer<typeof sourceSyncSchema>;
  "network/centrality.requested": z.infer<typeof networkCentralityRequested.schema>;
}
