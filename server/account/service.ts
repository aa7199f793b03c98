import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, sessions, users } from "@/db/schema";
import type { Place } from "@/db/schema/vocabulary";
import { removeAllContacts } from "../contacts/service";
import { NotFoundError } from "../errors";
import type { UpdateAccountInput } from "./schemas";

export interface AccountProfile {
  id: string;
  name: string | null;
  email: string | null;
  image: string | null;
  signInMethods: string[];
  createdAt: Date;
  /** Where proximity to each contact is measured from. */
  homePlace: Place | null;
  /** IANA time zone that decides when "today" starts. */
  timeZone: string;
}

export async function getAccount(db: Db, userId: string): Promise<AccountProfile> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError("Account");
  const linked = await db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    image: user.image,
    signInMethods: linked.map((account) => account.provider),
    createdAt: user.createdAt,
    homePlace: user.homePlace,
    timeZone: user.timeZone,
  };
}

/** Changes the fields present in the input; the others keep their values. */
export async function updateAccount(db: Db, userId: string, input: UpdateAccountInput): Promise<AccountProfile> {
  const changes: Partial<Pick<typeof users.$inferInsert, "name" | "homePlace" | "timeZone">> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.homePlace !== undefined) changes.homePlace = input.homePlace;
  if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
  if (Object.keys(changes).length > 0) {
    const [row] = await db.update(users).set(changes).where(eq(users.id, userId)).returning({ id: users.id });
    if (!row) throw new NotFoundError("Account");
  }
  return getAccount(db, userId);
}

/** True when the provider account belongs to a user whose deletion is under way. */
export async function isSignInBlocked(db: Db, provider: string, providerAccountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId), isNotNull(users.deletionRequestedAt)));
  return row !== undefined;
}

/**
 * Marks the account for deletion and ends all its sessions at once, so the user is signed out
 * everywhere and cannot sign back in while the data is being deleted.
 */
export async function requestAccountDeletion(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ deletionRequestedAt: new Date() }).where(eq(users.id, userId)).returning({ id: users.id });
    if (!row) throw new NotFoundError("Account");
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}

/** Step 1 of deletion: the user's own records, domain by domain. */
export async function deleteAccountData(db: Db, userId: string): Promise<{ contacts: number }> {
  return { contacts: await removeAllContacts(db, userId) };
}

/** Last step of deletion: the user, with their sign-in accounts and sessions. */
export async function deleteUser(db: Db, userId: string): Promise<{ deleted: boolean }> {
  const rows = await db
    .delete(users)
    .where(and(eq(users.id, userId), isNotNull(users.deletionRequestedAt)))
    .returning({ id: users.id });
  return { deleted: rows.length > 0 };
}
