// Lighthouse on the pages people open first, as on a phone: its mobile form factor and default
// (simulated) throttling, in Debian's chromium. The sign-in page is measured signed out, the others
// as the heavy user, each a few times: the median run is reported. Targets: performance score
// ≥ 90, and a first load (the scripts the page's HTML names, gzipped) under 200 kB; what the page
// loads later (the graph's libraries) is reported too.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Report } from "./report";
import type { Scale } from "./scale";
import type { BenchServer } from "./server";

const PAGES: { name: string; path: string; signedIn: boolean }[] = [
  { name: "sign-in", path: "/signin", signedIn: false },
  { name: "contacts", path: "/people", signedIn: true },
  { name: "feed", path: "/feed", signedIn: true },
  { name: "network", path: "/network", signedIn: true },
];

interface NetworkRequest {
  resourceType?: string;
  transferSize?: number;
}

/**
 * The gzipped size of the scripts a page's HTML names: what every visit to it downloads first.
 * A `nomodule` script (Next's polyfills, 40 kB) is left out: browsers that run modules never fetch it.
 */
async function firstLoadScriptBytes(url: string, cookie: string | null): Promise<number> {
  const headers = cookie ? { cookie } : undefined;
  const html = await (await fetch(url, { headers })).text();
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule[\s=>]/i.test(tag));
  const scripts = new Set(tags.flatMap((tag) => [...tag.matchAll(/\ssrc="([^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll("&amp;", "&"), url).href)));
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(Buffer.from(await (await fetch(script)).arrayBuffer())).length;
  return bytes;
}

/** Lighthouse runs per page at most: a score moves by several points between runs of one page. */
const MAX_RUNS = 3;

/** One Lighthouse run of a page: its report, checked. */
type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

async function audit(url: string, port: number, cookie: string | null): Promise<LighthouseReport> {
  const result = await lighthouse(url, { port, onlyCategories: ["performance"], logLevel: "error", ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

export async function measureLighthouse(server: BenchServer, report: Report, scale: Scale): Promise<void> {
  const runs = Math.min(scale.runs, MAX_RUNS);
  report.section(`Lighthouse (mobile, simulated throttling${runs > 1 ? `; the median of ${runs} runs per page` : ""})`);
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--enable-unsafe-swiftshader"] });
  try {
    for (const page of PAGES) {
      const cookie = page.signedIn ? `${server.cookie.name}=${server.cookie.value}` : null;
      const url = `${server.origin}${page.path}`;
      const reports: LighthouseReport[] = [];
      for (let run = 0; run < runs; run++) reports.push(await audit(url, chrome.port, cookie));
      const score = (lhr: LighthouseReport) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
      // The median run by score, whole: its paint and blocking times are the ones behind its score.
      const sorted = [...reports].sort((a, b) => score(a) - score(b));
      const lhr = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []) as NetworkRequest[];
      const scriptBytes = requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
      const section = "Lighthouse";
      const scores = runs > 1 ? `runs scored ${reports.map(score).join(", ")}` : undefined;
      report.add({ section, name: `${page.name}: performance score`, value: score(lhr), unit: "", target: { op: "≥", value: 90 }, note: scores });
      report.add({ section, name: `${page.name}: largest contentful paint`, value: value("largest-contentful-paint"), unit: "ms" });
      report.add({ section, name: `${page.name}: total blocking time`, value: value("total-blocking-time"), unit: "ms" });
      report.add({ section, name: `${page.name}: cumulative layout shift`, value: value("cumulative-layout-shift"), unit: "" });
      report.add({ section, name: `${page.name}: first-load JavaScript`, value: (await firstLoadScriptBytes(url, cookie)) / 1024, unit: "kB", target: { op: "<", value: 200 }, note: "gzipped" });
      report.add({ section, name: `${page.name}: all JavaScript loaded`, value: scriptBytes / 1024, unit: "kB", note: "as sent, with what loads after the first paint" });
    }
  } finally {
    chrome.kill();
  }
}
