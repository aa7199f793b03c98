import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import { cache } from "react";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { isSignInBlocked } from "../account/service";
import { getDb } from "../db";
import { getConfig } from "../env";
import { oauthProviders } from "./providers";
import { localUseSecureCookies, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = getConfig();
  const db = getDb();
  return {
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    providers: oauthProviders(config),
    secret: config.authSecret,
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    ...(config.localAccount ? { useSecureCookies: localUseSecureCookies(config) } : {}),
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      // An account being deleted cannot be signed back into, whatever the provider says.
      async signIn({ account }) {
        if (!account) return true;
        return !(await isSignInBlocked(db, account.provider, account.providerAccountId));
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});

export interface CurrentUser {
  id: string;
  name: string | null;
  email: string | null;
  image: string | null;
}

/** The signed-in user, or null; looked up once per server render however many parts ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, name, email, image } = session.user;
  return { id, name: name ?? null, email: email ?? null, image: image ?? null };
});
