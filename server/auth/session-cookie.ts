import type { Config } from "../env";

/**
 * The local account signs in outside Auth.js, so both must agree on the session cookie.
 * Secure cookies only when the public URL is https; the local account is usually opened over http.
 */
export function localUseSecureCookies(config: Config): boolean {
  return config.authUrl?.startsWith("https:") ?? false;
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
