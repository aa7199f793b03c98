// Lighthouse on the pages people open first, as on a phone: its mobile form factor and default
// (simulated) throttling, in Debian's chromium. The sign-in page is measured signed out, the others
// as the heavy user. Targets: performance score ≥ 90, and a first load (the scripts the page's HTML
// names, gzipped) under 200 kB; what the page loads later (the graph's libraries) is reported too.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Report } from "./report";
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

export async function measureLighthouse(server: BenchServer, report: Report): Promise<void> {
  report.section("Lighthouse (mobile, simulated throttling)");
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--enable-unsafe-swiftshader"] });
  try {
    for (const page of PAGES) {
      const cookie = page.signedIn ? `${server.cookie.name}=${server.cookie.value}` : null;
      const result = await lighthouse(`${server.origin}${page.path}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${page.path}: ${lhr.runtimeError.message}`);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []) as NetworkRequest[];
      const scriptBytes = requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
      const section = "Lighthouse";
      report.add({ section, name: `${page.name}: performance score`, value: Math.round((lhr.categories.performance?.score ?? 0) * 100), unit: "", target: { op: "≥", value: 90 } });
      report.add({ section, name: `${page.name}: largest contentful paint`, value: audit("largest-contentful-paint"), unit: "ms" });
      report.add({ section, name: `${page.name}: total blocking time`, value: audit("total-blocking-time"), unit: "ms" });
      report.add({ section, name: `${page.name}: cumulative layout shift`, value: audit("cumulative-layout-shift"), unit: "" });
      report.add({ section, name: `${page.name}: first-load JavaScript`, value: (await firstLoadScriptBytes(`${server.origin}${page.path}`, cookie)) / 1024, unit: "kB", target: { op: "<", value: 200 }, note: "gzipped" });
      report.add({ section, name: `${page.name}: all JavaScript loaded`, value: scriptBytes / 1024, unit: "kB", note: "as sent, with what loads after the first paint" });
    }
  } finally {
    chrome.kill();
  }
}
