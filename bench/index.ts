// npm run bench [-- --scale small|full] [--only part,part] [--compare earlier-results.json]
// Seeds a fresh database at the scale (PGlite, or a scratch database on the PostgreSQL server at
// DATABASE_URL), measures in process, then over HTTP and in chromium against the production server
// (`npm run build` first), prints a table with PASS/FAIL per target and writes bench/results.json.
// Missed targets are reported, not failed on: the exit code says only whether the benchmark ran.
// --only measures some parts (network, sources, http, page, lighthouse), to check a noisy figure.
import { chromium } from "@playwright/test";
import { parseArgs } from "node:util";
import { listFeed } from "@/server/feed/service";
import { refreshSlowMeasures } from "@/server/network/service";
import { benchDatabaseLabel } from "./database";
import { measureHttp } from "./http";
import { measureLighthouse } from "./lighthouse";
import { measureNetwork } from "./network";
import { measureNetworkPage } from "./network-page";
import { Report } from "./report";
import { SCALES, type Scale } from "./scale";
import { seedBench } from "./seed";
import { startBenchServer } from "./server";
import { measureSources } from "./sources";

const PORT = 3300;
const RESULTS_FILE = "bench/results.json";

const PARTS = ["network", "sources", "http", "page", "lighthouse"] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({ options: { scale: { type: "string", default: "full" }, only: { type: "string" }, compare: { type: "string" } } });
if (!(values.scale! in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}, not "${values.scale}"`);
const scale: Scale = SCALES[values.scale as Scale["name"]];
const only = values.only?.split(",").map((part) => part.trim());
const unknown = only?.filter((part) => !(PARTS as readonly string[]).includes(part)) ?? [];
if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(", ")}, not "${unknown.join(", ")}"`);
const measures = (part: Part) => !only || only.includes(part);
const report = new Report(scale.name, benchDatabaseLabel());

/** Everything measured against the production server, on one seeded database. */
async function measureServer(): Promise<void> {
  const started = performance.now();
  const fixtures = { contactId: "", feedCursor: null as string | null };
  const server = await startBenchServer(
    PORT,
    async (database, ownerId) => {
      ({ contactId: fixtures.contactId } = await seedBench(database, ownerId, scale));
      fixtures.feedCursor = (await listFeed(database.db, ownerId, {})).nextCursor;
      // What the background job would have done by the time anyone looks at the Network page.
      await refreshSlowMeasures(database.db, ownerId);
    },
    { waitForStartupJobs: scale.name === "full" },
  );
  console.log(`\nSeeded the ${scale.name} scale on ${benchDatabaseLabel()} and started the production server in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  try {
    if (measures("http")) await measureHttp(server, fixtures, scale, report);
    if (measures("page")) {
      const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader"] });
      try {
        await measureNetworkPage(browser, server, scale, report);
      } finally {
        await browser.close();
      }
    }
    if (measures("lighthouse")) await measureLighthouse(server, report, scale);
  } finally {
    await server.stop();
  }
}

if (measures("network")) await measureNetwork(scale, report);
if (measures("sources")) await measureSources(scale, report);
if (measures("http") || measures("page") || measures("lighthouse")) await measureServer();

report.print();
report.write(RESULTS_FILE);
if (values.compare) report.compare(values.compare);
