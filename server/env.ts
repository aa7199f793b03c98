import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SourcesConfig } from "./sources/types";

/** A setting that stops start-up; the message is one line saying what to set. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalText,
  KITH_DATA_DIR: optionalText,
  HOST: optionalText,
  PORT: optionalText,
  AUTH_SECRET: optionalText,
  AUTH_URL: optionalText,
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  AUTH_OIDC_ISSUER: optionalText,
  AUTH_OIDC_ID: optionalText,
  AUTH_OIDC_SECRET: optionalText,
  AUTH_OIDC_NAME: optionalText,
  KITH_LOCAL_PASSWORD: optionalText,
  INNGEST_DEV: optionalText,
  INNGEST_EVENT_KEY: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  INNGEST_BASE_URL: optionalText,
  KITH_BLUESKY_APPVIEW_URL: optionalText,
  KITH_GITHUB_API_URL: optionalText,
  KITH_GITHUB_TOKEN: optionalText,
  KITH_ALLOW_PRIVATE_NETWORK: flag,
});

export type OAuthProviderConfig =
  | { id: "github"; name: "GitHub"; clientId: string; clientSecret: string }
  | { id: "google"; name: "Google"; clientId: string; clientSecret: string }
  | { id: "oidc"; name: string; clientId: string; clientSecret: string; issuer: string };

export interface Config {
  nodeEnv: "development" | "production" | "test";
  /** PostgreSQL connection string; PGlite under dataDir when unset. */
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  authUrl: string | undefined;
  providers: OAuthProviderConfig[];
  /** The single local account is on exactly when no OAuth provider is configured. */
  localAccount: boolean;
  localPassword: string | undefined;
  /** AUTH_SECRET, or for the local account one generated once and kept in dataDir. */
  authSecret: string;
  inngest: { enabled: boolean; dev: boolean; eventKey: string | undefined; signingKey: string | undefined; baseUrl: string | undefined };
  sources: SourcesConfig;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function pairedProvider<T>(idName: string, secretName: string, id: string | undefined, secret: string | undefined, make: (id: string, secret: string) => T): T | undefined {
  if (!id && !secret) return undefined;
  if (!id) throw new ConfigError(`${secretName} is set but ${idName} is missing: set ${idName}, or unset ${secretName}.`);
  if (!secret) throw new ConfigError(`${idName} is set but ${secretName} is missing: set ${secretName} to the OAuth app's client secret, or unset ${idName}.`);
  return make(id, secret);
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  return secret;
}

function apiBase(name: string, value: string | undefined, fallback: string): string {
  const url = value ?? fallback;
  if (!/^https?:\/\//.test(url) || !URL.canParse(url)) throw new ConfigError(`${name} must be an http(s) URL (got "${url}").`);
  return url.replace(/\/+$/, "");
}

function sourcesConfigFrom(env: Pick<z.output<typeof envSchema>, "KITH_BLUESKY_APPVIEW_URL" | "KITH_GITHUB_API_URL" | "KITH_GITHUB_TOKEN" | "KITH_ALLOW_PRIVATE_NETWORK">): SourcesConfig {
  return {
    blueskyAppViewUrl: apiBase("KITH_BLUESKY_APPVIEW_URL", env.KITH_BLUESKY_APPVIEW_URL, "https://public.api.bsky.app"),
    githubApiUrl: apiBase("KITH_GITHUB_API_URL", env.KITH_GITHUB_API_URL, "https://api.github.com"),
    githubToken: env.KITH_GITHUB_TOKEN,
    allowPrivateNetwork: env.KITH_ALLOW_PRIVATE_NETWORK,
  };
}

/** Only the linked-source settings, for commands that need nothing else (and must write nothing, as the probe). */
export function parseSourcesConfig(rawEnv: Record<string, string | undefined>): SourcesConfig {
  const parsed = envSchema.pick({ KITH_BLUESKY_APPVIEW_URL: true, KITH_GITHUB_API_URL: true, KITH_GITHUB_TOKEN: true, KITH_ALLOW_PRIVATE_NETWORK: true }).safeParse(rawEnv);
  if (!parsed.success) throw new ConfigError(`${parsed.error.issues[0]?.path.join(".") ?? "environment"}: ${parsed.error.issues[0]?.message ?? "invalid value"}.`);
  return sourcesConfigFrom(parsed.data);
}

/** Parses the environment into Kith's configuration, or throws a ConfigError naming what to set. */
export function parseConfig(rawEnv: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(rawEnv);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join(".") ?? "environment"}: ${issue?.message ?? "invalid value"}.`);
  }
  const env = parsed.data;

  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    throw new ConfigError("DATABASE_URL must be a postgres:// or postgresql:// URL (or unset it to use the built-in PGlite database).");
  }

  const port = env.PORT === undefined ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 1 to 65535 (got "${env.PORT}").`);
  }

  const providers: OAuthProviderConfig[] = [];
  const github = pairedProvider("AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", env.AUTH_GITHUB_ID, env.AUTH_GITHUB_SECRET, (clientId, clientSecret) => ({ id: "github" as const, name: "GitHub" as const, clientId, clientSecret }));
  if (github) providers.push(github);
  const google = pairedProvider("AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", env.AUTH_GOOGLE_ID, env.AUTH_GOOGLE_SECRET, (clientId, clientSecret) => ({ id: "google" as const, name: "Google" as const, clientId, clientSecret }));
  if (google) providers.push(google);
  if (env.AUTH_OIDC_ISSUER || env.AUTH_OIDC_ID || env.AUTH_OIDC_SECRET) {
    const oidc = pairedProvider("AUTH_OIDC_ID", "AUTH_OIDC_SECRET", env.AUTH_OIDC_ID, env.AUTH_OIDC_SECRET, (clientId, clientSecret) => ({ clientId, clientSecret }));
    if (!env.AUTH_OIDC_ISSUER) throw new ConfigError("AUTH_OIDC_ID is set but AUTH_OIDC_ISSUER is missing: set it to the issuer URL (e.g. https://id.example.com).");
    if (!URL.canParse(env.AUTH_OIDC_ISSUER)) throw new ConfigError(`AUTH_OIDC_ISSUER must be a URL (got "${env.AUTH_OIDC_ISSUER}").`);
    if (oidc) providers.push({ id: "oidc", name: env.AUTH_OIDC_NAME ?? "single sign-on", issuer: env.AUTH_OIDC_ISSUER, ...oidc });
  }

  const localAccount = providers.length === 0;
  const host = env.HOST ?? "127.0.0.1";
  if (localAccount && !isLoopbackHost(host) && !env.KITH_LOCAL_PASSWORD) {
    throw new ConfigError(`HOST=${host} opens Kith to your network: set KITH_LOCAL_PASSWORD to protect the local account (or configure an OAuth provider).`);
  }

  const dataDir = path.resolve(cwd, env.KITH_DATA_DIR ?? ".kith");
  if (!localAccount && !env.AUTH_SECRET) {
    throw new ConfigError("AUTH_SECRET is required with OAuth sign-in: set it to a long random string (e.g. `openssl rand -base64 33`).");
  }
  const authSecret = env.AUTH_SECRET ?? readOrCreateSecret(dataDir);

  const sources = sourcesConfigFrom(env);

  const inngestDev = env.INNGEST_DEV !== undefined && flag.parse(env.INNGEST_DEV);
  return {
    nodeEnv: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    host,
    port,
    authUrl: env.AUTH_URL,
    providers,
    localAccount,
    localPassword: env.KITH_LOCAL_PASSWORD,
    authSecret,
    inngest: {
      enabled: inngestDev || env.INNGEST_EVENT_KEY !== undefined,
      dev: inngestDev,
      eventKey: env.INNGEST_EVENT_KEY,
      signingKey: env.INNGEST_SIGNING_KEY,
      baseUrl: env.INNGEST_BASE_URL,
    },
    sources,
  };
}

/** Where the configured database lives, in the form openDatabase takes. */
export function databaseTarget(config: Config): { databaseUrl: string } | { dataDir: string } {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

let cached: Config | undefined;

/** The process's configuration, parsed once. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
