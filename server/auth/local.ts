import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, sessions, users } from "@/db/schema";
import type { Config } from "../env";
import { UserInputError } from "../errors";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

const LOCAL_PROVIDER = "local";

function samePassword(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The local account's user, created on first use, or null while its deletion is under way. */
export async function ensureLocalUser(db: Db): Promise<{ id: string; beingDeleted: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, deletionRequestedAt: users.deletionRequestedAt })
      .from(accounts)
      .innerJoin(users, eq(users.id, accounts.userId))
      .where(and(eq(accounts.provider, LOCAL_PROVIDER), eq(accounts.providerAccountId, LOCAL_PROVIDER)));
    if (existing) return { id: existing.id, beingDeleted: existing.deletionRequestedAt !== null };
    const [created] = await tx.insert(users).values({ name: "Me" }).returning({ id: users.id });
    if (!created) throw new Error("Could not create the local user");
    await tx.insert(accounts).values({ userId: created.id, type: "local", provider: LOCAL_PROVIDER, providerAccountId: LOCAL_PROVIDER });
    return { id: created.id, beingDeleted: false };
  });
}

/**
 * Signs in to the single local account and returns a database session, the same kind Auth.js
 * keeps for OAuth sign-ins.
 */
export async function signInLocalAccount(db: Db, config: Config, password: string | undefined): Promise<{ sessionToken: string; expires: Date }> {
  if (!config.localAccount) throw new UserInputError("The local account is off because OAuth sign-in is configured.");
  if (config.localPassword !== undefined && !samePassword(password ?? "", config.localPassword)) {
    throw new UserInputError("That password is not right. It is the KITH_LOCAL_PASSWORD this instance was started with.");
  }
  const user = await ensureLocalUser(db);
  if (user.beingDeleted) throw new UserInputError("This account is being deleted. Wait a moment, then sign in again to start afresh.");
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.insert(sessions).values({ sessionToken, userId: user.id, expires });
  return { sessionToken, expires };
}
