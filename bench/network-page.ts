// The Network page of the heavy user in Debian's chromium (a phone's viewport, WebGL in software):
// from navigation to the graph drawn and answering input (the page's "kith:network-graph-ready"
// mark, set once the first frame with the graph is done), median of the scale's loads after one
// that warms the server. Target < 2 s.
import type { Browser } from "@playwright/test";
import type { Report } from "./report";
import type { Scale } from "./scale";
import type { BenchServer } from "./server";
import { percentile } from "./stats";

export async function measureNetworkPage(browser: Browser, server: BenchServer, scale: Scale, report: Report): Promise<void> {
  report.section(`The Network page in chromium (${scale.contacts.toLocaleString("en")} people, ${scale.ties.toLocaleString("en")} ties among them, 375 px wide)`);
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  try {
    await context.addCookies([{ name: server.cookie.name, value: server.cookie.value, url: server.origin }]);
    const page = await context.newPage();
    const ready: number[] = [];
    const firstByte: number[] = [];
    for (let load = 0; load <= scale.runs; load++) {
      // Arriving from another page, as a visit does: the last load's layout and drawing stay out of this one.
      await page.goto("about:blank");
      await page.goto(`${server.origin}/network`);
      const mark = await page.waitForFunction(() => performance.getEntriesByName("kith:network-graph-ready")[0]?.startTime, undefined, { timeout: 120_000 });
      if (load === 0) continue;
      ready.push((await mark.jsonValue()) as number);
      firstByte.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart));
    }
    report.add({ section: "Browser", name: "network page: first byte", value: percentile(firstByte, 50), unit: "ms" });
    report.add({ section: "Browser", name: "network page: graph drawn", value: percentile(ready, 50), unit: "ms", target: { op: "<", value: 2_000 }, note: `median of ${scale.runs}` });
  } finally {
    await context.close();
  }
}
