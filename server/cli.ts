import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { ensureLocalUser } from "./auth/local";
import { loadDemoNetwork } from "./demo/service";
import { ConfigError, databaseTarget, getConfig, parseSourcesConfig, type Config } from "./env";
import { UserInputError } from "./errors";
import { computeNetworkMetrics } from "./network/metrics";
import { probeSource } from "./sources/probe";
import { SOURCE_KINDS, type SourceKind } from "@/db/schema/vocabulary";

const USAGE = `Usage: npm run kith -- <command>

Commands:
  start                      build if needed, migrate, and serve Kith (what \`npm start\` runs)
  migrate                    apply database migrations
  seed --demo [--email E]    load the sample network into the local account, or the user with email E
  source probe <kind> <handle-or-url> [--limit N]
                             fetch a source once (mastodon, bluesky, github, feed, website) and print
                             what Kith sees as one JSON object; stores nothing
  network metrics <graph.json>
                             measure an ego network given as JSON ({"ego", "nodes", "edges",
                             "reference_date"?, "domains"?}) and print every measure as one JSON object
`;

/** A failure the user can fix; printed as one line, without a stack. */
class CliError extends Error {}

const root = process.cwd();
const nextBin = path.join(root, "node_modules", ".bin", "next");

function describeDatabaseError(config: Config, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return `Cannot use the database at ${url.hostname}:${url.port || 5432}${url.pathname} (${message}): start PostgreSQL or fix DATABASE_URL.`;
  }
  return `Cannot open the built-in database in ${config.dataDir} (${message}): stop any other Kith using it, or set KITH_DATA_DIR to another folder.`;
}

// PGlite allows one process per data directory; the server records itself so other commands wait.
const serverPidFile = (config: Config) => path.join(config.dataDir, "server.pid");

function assertDataDirFree(config: Config): void {
  if (config.databaseUrl) return;
  const file = serverPidFile(config);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8"));
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(file, { force: true });
    return;
  }
  throw new CliError(`Kith is running (process ${pid}) and holds the built-in database in ${config.dataDir}: stop it first, then run this again.`);
}

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  assertDataDirFree(config);
  const database = openDatabase(databaseTarget(config));
  try {
    await database.migrate().catch((error: unknown) => {
      throw new CliError(describeDatabaseError(config, error));
    });
    return await work(database);
  } finally {
    await database.close().catch(() => {});
  }
}

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry)) if (!child.startsWith(".") && child !== "node_modules") visit(path.join(entry, child));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const entry of ["app", "server", "db", "jobs", "public", "next.config.mjs", "package-lock.json", "postcss.config.mjs", "tsconfig.json"]) visit(path.join(root, entry));
  return newest;
}

function buildIfNeeded(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const built = statSync(buildId, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSourceChange()) return;
  console.log(built ? "kith: sources changed since the last build; building…" : "kith: building the app (first start only)…");
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new CliError("The build failed (see above). Fix the error, then run npm start again.");
}

async function start(config: Config): Promise<void> {
  await withDatabase(config, async () => {});
  buildIfNeeded();
  const where = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
  const mode = config.localAccount ? "local account" : `sign-in with ${config.providers.map((provider) => provider.name).join(", ")}`;
  console.log(`kith: ${config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`}; ${mode}; serving ${where}`);

  const server = spawn(nextBin, ["start", "-H", config.host, "-p", String(config.port)], { stdio: "inherit" });
  if (!config.databaseUrl && server.pid) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(serverPidFile(config), String(server.pid));
  }
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => server.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1))));
  if (!config.databaseUrl) rmSync(serverPidFile(config), { force: true });
  process.exitCode = code;
}

async function seed(config: Config, email: string | undefined): Promise<void> {
  await withDatabase(config, async ({ db }) => {
    let ownerId: string;
    if (email) {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
      if (!user) throw new CliError(`No user signs in with ${email}: sign in once first, then run this again.`);
      ownerId = user.id;
    } else {
      if (!config.localAccount) throw new CliError("OAuth sign-in is configured, so there is no local account: pass --email with the address you sign in with.");
      ownerId = (await ensureLocalUser(db)).id;
    }
    const { contacts } = await loadDemoNetwork(db, ownerId);
    console.log(`kith: loaded the sample network (${contacts} contacts).`);
  });
}

/** A probe's (or a measurement's) failure is one line saying why, without the "kith:" prefix, so scripts can read it. */
class ProbeError extends Error {}

async function probe([subcommand, kind, input, ...rest]: string[], limitOption: string | undefined): Promise<void> {
  if (subcommand !== "probe") throw new CliError(`Unknown source command "${subcommand ?? ""}": the one there is is npm run kith -- source probe <kind> <handle-or-url>.`);
  if (!kind || !(SOURCE_KINDS as readonly string[]).includes(kind)) throw new CliError(`Say which kind of source to probe: ${SOURCE_KINDS.join(", ")}.`);
  if (!input || rest.length > 0) throw new CliError(`Give one handle or address to probe, e.g. npm run kith -- source probe ${kind} ${PROBE_EXAMPLES[kind as SourceKind]}`);
  const limit = limitOption === undefined ? 20 : Number(limitOption);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError(`--limit must be a whole number from 1 to 100 (got "${limitOption}").`);
  try {
    const result = await probeSource(kind as SourceKind, input, parseSourcesConfig(process.env), limit);
    process.stdout.write(JSON.stringify(result) + "\n");
  } catch (error) {
    throw new ProbeError(error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
}

/** Measures a graph file; reads nothing else (no database, no settings). */
function networkMetrics([subcommand, file, ...rest]: string[]): void {
  if (subcommand !== "metrics") throw new CliError(`Unknown network command "${subcommand ?? ""}": the one there is is npm run kith -- network metrics <graph.json>.`);
  if (!file || rest.length > 0) throw new CliError("Give one graph file: npm run kith -- network metrics <graph.json>");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ProbeError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProbeError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    process.stdout.write(JSON.stringify(computeNetworkMetrics(json)) + "\n");
  } catch (error) {
    throw new ProbeError(`${file}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

const PROBE_EXAMPLES: Record<SourceKind, string> = {
  mastodon: "@ana@example.social",
  bluesky: "ana.bsky.social",
  github: "octocat",
  feed: "https://ana.example/feed.xml",
  website: "https://ana.example",
};

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: "boolean" }, email: { type: "string" }, limit: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  // The probe reads only the source settings, so it writes nothing (not even the local account's secret).
  if (command === "source") return probe(positionals.slice(1), values.limit);
  if (command === "network") return networkMetrics(positionals.slice(1));
  const config = getConfig();
  switch (command) {
    case "start":
      return start(config);
    case "migrate":
      await withDatabase(config, async () => {});
      console.log("kith: the database is up to date.");
      return;
    case "seed":
      if (!values.demo) throw new CliError("seed needs --demo (the only seed there is): npm run kith -- seed --demo");
      return seed(config, values.email);
    default:
      throw new CliError(`Unknown command "${command}". Run npm run kith -- --help for the list.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ProbeError) {
    console.error(error.message);
  } else if (error instanceof ConfigError || error instanceof CliError || error instanceof UserInputError) {
    console.error(`kith: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
