import { getCurrentUser } from "../auth";
import { getDb } from "../db";
import type { Context } from "./init";

/** The request's context: the database and the signed-in user from the session cookie. */
export async function createRequestContext(): Promise<Context> {
  const user = await getCurrentUser();
  return { db: getDb(), userId: user?.id ?? null };
}
