"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/server/auth";
import { signInLocalAccount } from "@/server/auth/local";
import { localUseSecureCookies, sessionCookieName } from "@/server/auth/session-cookie";
import { getDb } from "@/server/db";
import { getConfig } from "@/server/env";
import { UserInputError } from "@/server/errors";

export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  if (!getConfig().providers.some((configured) => configured.id === provider)) redirect("/signin");
  await signIn(provider, { redirectTo: "/today" });
}

export interface LocalSignInState {
  error: string | null;
}

export async function signInLocal(_previous: LocalSignInState, formData: FormData): Promise<LocalSignInState> {
  const config = getConfig();
  const password = formData.get("password");
  try {
    const session = await signInLocalAccount(getDb(), config, typeof password === "string" ? password : undefined);
    const secure = localUseSecureCookies(config);
    (await cookies()).set(sessionCookieName(secure), session.sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: session.expires });
  } catch (error) {
    if (error instanceof UserInputError) return { error: error.message };
    throw error;
  }
  redirect("/today");
}
