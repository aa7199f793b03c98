// The Network page of the heavy user in Debian's chromium (a phone's viewport, WebGL in software):
// from navigation to the still picture drawn (the page's "kith:network-picture-drawn" mark), when
// the graph is on screen and a tap on a person opens them, target < 2 s; then from a tap on a zoom
// button to the live graph drawn ("kith:network-graph-live"), when it can be dragged and zoomed.
// Medians of the scale's loads after one that warms the server.
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
    const drawn: number[] = [];
    const live: number[] = [];
    const firstByte: number[] = [];
    for (let load = 0; load <= scale.runs; load++) {
      // Arriving from another page, as a visit does: the last load's drawing stays out of this one.
      await page.goto("about:blank");
      await page.goto(`${server.origin}/network`);
      const mark = await page.waitForFunction(() => performance.getEntriesByName("kith:network-picture-drawn")[0]?.startTime, undefined, { timeout: 120_000 });
      const reset = page.getByRole("button", { name: "Show the whole network" });
      await reset.scrollIntoViewIfNeeded();
      const touched = await page.evaluate(() => performance.now());
      await reset.tap();
      const liveMark = await page.waitForFunction(() => performance.getEntriesByName("kith:network-graph-live")[0]?.startTime, undefined, { timeout: 120_000 });
      if (load === 0) continue;
      drawn.push((await mark.jsonValue()) as number);
      live.push(((await liveMark.jsonValue()) as number) - touched);
      firstByte.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart));
    }
    report.add({ section: "Browser", name: "network page: first byte", value: percentile(firstByte, 50), unit: "ms" });
    report.add({ section: "Browser", name: "network page: graph drawn", value: percentile(drawn, 50), unit: "ms", target: { op: "<", value: 2_000 }, note: `median of ${scale.runs}; a tap opens a person from here` });
    report.add({ section: "Browser", name: "network page: live graph, from the first touch", value: percentile(live, 50), unit: "ms", note: `median of ${scale.runs}; dragging and zooming from here` });
  } finally {
    await context.close();
  }
}
