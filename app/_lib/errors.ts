import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/trpc/router";

/** Field messages from a failed mutation, keyed by path ("emails.0.value"). */
export function fieldErrorsFrom(error: unknown): Record<string, string> {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as { fieldErrors?: Record<string, string> | null } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

export function messageFrom(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return "Something went wrong. Check your connection and try again.";
}

/**
 * Field messages for a form saving something its owner names uniquely: a taken name comes back as
 * a plain BAD_REQUEST without field messages, and belongs beside the name. Empty for other failures.
 */
export function namedFormErrorsFrom(error: unknown): Record<string, string> {
  const fieldErrors = fieldErrorsFrom(error);
  if (Object.keys(fieldErrors).length > 0) return fieldErrors;
  if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "BAD_REQUEST") return { name: error.message };
  return {};
}
