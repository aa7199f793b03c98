"use client";

import { useActionState } from "react";
import { buttonClass, inputClass } from "../_components/ui";
import { signInLocal, type LocalSignInState } from "./actions";

export function LocalSignInForm({ needsPassword }: { needsPassword: boolean }) {
  const [state, action, pending] = useActionState<LocalSignInState, FormData>(signInLocal, { error: null });
  return (
    <form action={action} className="flex flex-col gap-3">
      {needsPassword && (
        <div>
          <label htmlFor="password" className="mb-1 block text-sm font-medium">
            Password
          </label>
          <input id="password" name="password" type="password" required autoComplete="current-password" className={inputClass} aria-invalid={state.error ? true : undefined} aria-describedby={state.error ? "password-error" : undefined} />
        </div>
      )}
      {state.error && (
        <p id="password-error" role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Signing in…" : "Continue with the local account"}
      </button>
      <p className="text-center text-xs text-stone-500 dark:text-stone-400">
        This instance has one account, stored on this computer. Configure an OAuth provider to host Kith for several people.
      </p>
    </form>
  );
}
