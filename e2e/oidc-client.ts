/** The one client the test issuer knows, and the app is configured with. */
export const OIDC_CLIENT = {
  issuer: "http://127.0.0.1:9400",
  id: "kith-e2e",
  secret: "kith-e2e-secret",
  // Next reports loopback addresses as "localhost", so the app is addressed that way throughout.
  redirectUri: "http://localhost:3101/api/auth/callback/oidc",
};
