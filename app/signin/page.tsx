import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth";
import { getConfig } from "@/server/env";
import { buttonClass } from "../_components/ui";
import { signInWithProvider } from "./actions";
import { LocalSignInForm } from "./local-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends these codes back to the sign-in page.
const ERROR_MESSAGES: Record<string, string> = {
  AccessDenied: "This account is being deleted and cannot be signed into. If you meant to keep it, it is too late; sign in again in a minute to start afresh.",
  OAuthAccountNotLinked: "That email is already used by an account that signs in another way. Use the sign-in method you used before.",
  Configuration: "Sign-in is not set up correctly on this server. Ask its administrator to check the OAuth settings.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; deleted?: string }> }) {
  if (await getCurrentUser()) redirect("/today");
  const { error, deleted } = await searchParams;
  const config = getConfig();
  const message = deleted ? "Your account is being deleted. You have been signed out." : error ? (ERROR_MESSAGES[error] ?? "Sign-in did not complete. Please try again.") : null;

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <span aria-hidden="true" className="mx-auto mb-4 block h-14 w-14 rounded-2xl bg-[url(/favicon.svg)] bg-cover" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Kith</h1>
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Keep the people who matter close.</p>
        </div>
        {message && (
          <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {message}
          </p>
        )}
        {config.localAccount ? (
          <LocalSignInForm needsPassword={config.localPassword !== undefined} />
        ) : (
          <div className="flex flex-col gap-3">
            {config.providers.map((provider) => (
              <form key={provider.id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <button type="submit" className={buttonClass("secondary", "w-full")}>
                  Continue with {provider.name}
                </button>
              </form>
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
