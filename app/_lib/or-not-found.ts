import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** What a page asked the server caller for, or the not-found page when it is missing or someone else's. */
export async function orNotFound<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
