import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "kith-env-"));

describe("configuration", () => {
  it("defaults to PGlite under .kith, the local account on loopback, and a generated secret it keeps", () => {
    const cwd = tempDir();
    const config = parseConfig({}, cwd);
    expect(config).toMatchObject({ databaseUrl: undefined, dataDir: path.join(cwd, ".kith"), host: "127.0.0.1", port: 3000, localAccount: true, providers: [] });
    expect(config.authSecret).toHaveLength(43);
    expect(readFileSync(path.join(cwd, ".kith", "auth-secret"), "utf8").trim()).toBe(config.authSecret);
    expect(parseConfig({}, cwd).authSecret).toBe(config.authSecret);
  });

  it("turns the local account off when any provider is configured", () => {
    const config = parseConfig({ AUTH_SECRET: "s", AUTH_OIDC_ISSUER: "http://127.0.0.1:9400", AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "secret", AUTH_OIDC_NAME: "Acme SSO" }, tempDir());
    expect(config.localAccount).toBe(false);
    expect(config.providers).toEqual([{ id: "oidc", name: "Acme SSO", issuer: "http://127.0.0.1:9400", clientId: "id", clientSecret: "secret" }]);
  });

  it.each([
    [{ AUTH_GITHUB_ID: "id", AUTH_SECRET: "s" }, "AUTH_GITHUB_SECRET is missing"],
    [{ AUTH_GOOGLE_SECRET: "x", AUTH_SECRET: "s" }, "AUTH_GOOGLE_ID is missing"],
    [{ AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "x", AUTH_SECRET: "s" }, "AUTH_OIDC_ISSUER is missing"],
    [{ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "x" }, "AUTH_SECRET is required"],
    [{ HOST: "0.0.0.0" }, "set KITH_LOCAL_PASSWORD"],
    [{ PORT: "http" }, "PORT must be a number"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL must be a postgres://"],
  ])("stops with one line saying what to set: %o", (env, message) => {
    expect(() => parseConfig(env, tempDir())).toThrow(ConfigError);
    expect(() => parseConfig(env, tempDir())).toThrow(message);
  });

  it("allows a public HOST for the local account once a password is set", () => {
    expect(parseConfig({ HOST: "0.0.0.0", KITH_LOCAL_PASSWORD: "pw" }, tempDir()).host).toBe("0.0.0.0");
  });

  it("turns Inngest on with INNGEST_DEV or an event key", () => {
    expect(parseConfig({}, tempDir()).inngest.enabled).toBe(false);
    expect(parseConfig({ INNGEST_DEV: "1" }, tempDir()).inngest.enabled).toBe(true);
    expect(parseConfig({ INNGEST_DEV: "0" }, tempDir()).inngest.enabled).toBe(false);
    expect(parseConfig({ INNGEST_EVENT_KEY: "key" }, tempDir()).inngest.enabled).toBe(true);
  });
});
