/** Errors whose messages are written for users (server/net and server/sources). */
const USER_FACING = new Set(["FetchRefusedError", "FetchFailedError", "SourceUnavailableError", "SourceRateLimitedError", "HostBlockedError", "NonRetriableError", "RetryAfterError"]);

/**
 * A sync failure in words for the user, shown on the source. Matched by name rather than class,
 * because Inngest hands the failure handler a deserialized copy of the error.
 */
export function describeSyncError(error: unknown): string {
  if (error instanceof Error && USER_FACING.has(error.name) && error.message) {
    return error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message;
  }
  console.error("[kith] sync failed:", error);
  return "Something went wrong while syncing; Kith will try again later.";
}
