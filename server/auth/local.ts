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

/**
 * Signs in to the single local account (created on first use) and returns a database session,
 * the same kind Auth.js keeps for OAuth sign-ins.
 */
export async function signInLocalAccount(db: Db, config: Config, password: string | undefined): Promise<{ sessionToken: string; expires: Date }> {
  if (!config.localAccount) throw new UserInputError("The local account is off because OAuth sign-in is configured.");
  if (config.localPassword !== undefined && !samePassword(password ?? "", config.localPassword)) {
    throw new UserInputError("That password is not right. It is the KITH_LOCAL_PASSWORD this instance was started with.");
  }

  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, deletionRequestedAt: users.deletionRequestedAt })
      .from(accounts)
      .innerJoin(users, eq(users.id, accounts.userId))
      .where(and(eq(accounts.provider, LOCAL_PROVIDER), eq(accounts.providerAccountId, LOCAL_PROVIDER)));
    if (existing?.deletionRequestedAt) {
      throw new UserInputError("This account is being deleted. Wait a moment, then sign in again to start afresh.");
    }

    let userId = existing?.id;
    if (!userId) {
      const [created] = await tx.insert(users).values({ name: "Me" }).returning({ id: users.id });
      if (!created) throw new Error("Could not create the local user");
      userId = created.id;
      await tx.insert(accounts).values({ userId, type: "local", provider: LOCAL_PROVIDER, providerAccountId: LOCAL_PROVIDER });
    }

    const sessionToken = randomBytes(32).toString("base64url");
    const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
    await tx.insert(sessions).values({ sessionToken, userId, expires });
    return { sessionToken, expires };
  });
}
