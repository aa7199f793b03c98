/** Errors whose messages are written for users (server/net and server/sources). */
const USER_FACING = new Set(["FetchRefusedError", "FetchFailedError", "SourceUnavailableError", "SourceRateLimitedError", "HostBlockedError", "NonRetriableError", "RetryAfterError"]);

/**
 * A sync failure in words for the user, shown on the source. Matched by name rather than class,
 * because Inngest hands the failure handler a serialized copy of the error (a plain object).
 */
export function describeSyncError(error: unknown): string {
  const { name, message } = (error && typeof error === "object" ? error : {}) as { name?: unknown; message?: unknown };
  if (typeof name === "string" && USER_FACING.has(name) && typeof message === "string" && message) {
    return message.length > 300 ? `${message.slice(0, 300)}…` : message;
  }
  console.error("[kith] sync failed:", error);
  return "Something went wrong while syncing; Kith will try again later.";
}
