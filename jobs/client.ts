import { eventType, Inngest } from "inngest";
import { z } from "zod";

// The SDK reads INNGEST_DEV, INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY and INNGEST_BASE_URL itself.
export const inngest = new Inngest({ id: "kith" });

export const accountDeletionRequested = eventType("account/deletion.requested", {
  schema: z.object({ userId: z.string().min(1) }),
});

/** The events Kith sends, by name, with their data. */
export interface KithEvents {
  "account/deletion.requested": z.infer<typeof accountDeletionRequested.schema>;
}
