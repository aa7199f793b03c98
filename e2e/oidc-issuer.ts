// Test-only OpenID Connect issuer for Playwright (oidc-provider v9, built-in dev interactions).
// Browser steps on http://127.0.0.1:<port>/interaction/<uid> (inputs have no <label>; use placeholders or names):
//   1. Heading "Sign-in": fill input name="login" (placeholder "Enter any login") with a username, e.g. "ada",
//      and input name="password" (placeholder "and password") with anything (required by the form, ignored).
//   2. Click the button "Sign-in".
//   3. Heading "Authorize": click the button "Continue". The browser is then redirected to the app's callback.
// The user is then sub="ada", email "ada@example.test" (verified), name "Ada Example".
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import { Provider } from "oidc-provider";
import type { Account, AccountClaims } from "oidc-provider";

const port = Number(process.env.OIDC_ISSUER_PORT || 9400);
const issuer = `http://127.0.0.1:${port}`;
const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? "http://127.0.0.1:3101/api/auth/callback/oidc")
  .split(",")
  .map((uri) => uri.trim())
  .filter(Boolean);

function displayName(login: string): string {
  return `${login.charAt(0).toUpperCase()}${login.slice(1)} Example`;
}

function findAccount(_ctx: unknown, sub: string): Account {
  const claims: AccountClaims = {
    sub,
    email: `${sub}@example.test`,
    email_verified: true,
    name: displayName(sub),
  };
  return { accountId: sub, claims: () => claims };
}

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? "kith-e2e",
      client_secret: process.env.OIDC_CLIENT_SECRET ?? "kith-e2e-secret",
      redirect_uris: redirectUris,
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  findAccount,
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Auth.js reads the profile from the ID token, so put the scope's claims there too (not only in userinfo).
  conformIdTokenClaims: false,
  pkce: { required: () => true }, // Auth.js always sends S256 PKCE for oidc providers.
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["kith-e2e-oidc-cookie-key"] }, // not `secure` over plain http
  jwks: { keys: [{ ...signingKey, kid: "kith-e2e", use: "sig", alg: "RS256" }] },
});
// The dev pages @import Google Fonts; drop it so tests never reach the internet.
provider.use(async (ctx, next) => {
  await next();
  if (typeof ctx.body === "string") ctx.body = ctx.body.replace(/@import url\(https:[^)]*\);/g, "");
});
provider.on("server_error", (_ctx, error) => console.error("oidc issuer error:", error));

const server = createServer(provider.callback());
server.listen(port, "127.0.0.1", () => console.log(`oidc issuer listening on ${issuer}`));

function shutdown(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
