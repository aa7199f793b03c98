// npm run bench [-- --scale small|full] [--compare earlier-results.json]
// Seeds a fresh database at the scale (PGlite, or a scratch database on the PostgreSQL server at
// DATABASE_URL), measures in process, then over HTTP and in chromium against the production server
// (`npm run build` first), prints a table with PASS/FAIL per target and writes bench/results.json.
// Missed targets are reported, not failed on: the exit code says only whether the benchmark ran.
import { chromium } from "@playwright/test";
import { parseArgs } from "node:util";
import { listFeed } from "@/server/feed/service";
import { refreshCentrality } from "@/server/network/service";
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

const { values } = parseArgs({ options: { scale: { type: "string", default: "full" }, compare: { type: "string" } } });
if (!(values.scale! in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}, not "${values.scale}"`);
const scale: Scale = SCALES[values.scale as Scale["name"]];
const report = new Report(scale.name, benchDatabaseLabel());

await measureNetwork(scale, report);
await measureSources(scale, report);

const started = performance.now();
const fixtures = { contactId: "", feedCursor: null as string | null };
const server = await startBenchServer(
  PORT,
  async (database, ownerId) => {
    ({ contactId: fixtures.contactId } = await seedBench(database, ownerId, scale));
    fixtures.feedCursor = (await listFeed(database.db, ownerId, {})).nextCursor;
    // What the background job would have done by the time anyone looks at the Network page.
    await refreshCentrality(database.db, ownerId);
  },
  { waitForStartupJobs: scale.name === "full" },
);
console.log(`\nSeeded the ${scale.name} scale on ${benchDatabaseLabel()} and started the production server in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
try {
  await measureHttp(server, fixtures, scale, report);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader"] });
  try {
    await measureNetworkPage(browser, server, scale, report);
  } finally {
    await browser.close();
  }
  await measureLighthouse(server, report);
} finally {
  await server.stop();
}

report.print();
report.write(RESULTS_FILE);
if (values.compare) report.compare(values.compare);
