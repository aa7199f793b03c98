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
