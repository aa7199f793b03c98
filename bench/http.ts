// What users wait for, over HTTP, as the browser asks for it: autocannon with 16 connections (a
// warm-up, then a fixed duration) on the tRPC queries behind each page, against the floor: an
// authenticated query doing one trivial read (account.get). Each key route's p95 is reported as a
// ratio to the floor's p95 measured beside it, the two taking turns, since this machine is shared
// and noisy. Search is also measured as one person typing (one connection), against its 50 ms
// target: under 16 connections every request waits behind the others, the floor's too.
import autocannon from "autocannon";
import type { Report, Target } from "./report";
import type { Scale } from "./scale";
import { SEARCH_QUERIES } from "./seed";
import type { BenchServer } from "./server";
import { percentile } from "./stats";

const CONNECTIONS = 16;
/** Seconds a request may take before it counts as failed: the network's data takes long under load. */
const TIMEOUT_SECONDS = 60;
const RATIO_TARGET: Target = { op: "≤", value: 1.5 };
const SEARCH_TARGET: Target = { op: "<", value: 50 };

interface Route {
  name: string;
  procedure: string;
  /** One input, or several asked in turn. */
  inputs: unknown[];
  /** Whether its p95 has to stay within 1.5× the floor's. */
  nearFloor?: boolean;
  connections?: number;
}

function trpcPath(procedure: string, input: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `/api/trpc/${procedure}${query}`;
}

/**
 * Latencies (ms) of every successful response in a run of a fixed duration, or of a fixed number of
 * requests (the run then ends when the last is answered), requests per second, and failures.
 */
async function load(origin: string, route: Route, cookie: string, length: { seconds: number } | { requests: number }, connections = CONNECTIONS): Promise<{ latencies: number[]; perSecond: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        ...("seconds" in length ? { duration: length.seconds } : { amount: length.requests }),
        timeout: TIMEOUT_SECONDS,
        headers: { cookie },
        requests: route.inputs.map((input) => ({ method: "GET", path: trpcPath(route.procedure, input) })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors++;
    });
  });
  return { latencies, perSecond: result.requests.average, errors: errors + result.timeouts };
}

export async function measureHttp(server: BenchServer, fixtures: { contactId: string; feedCursor: string | null }, scale: Scale, report: Report): Promise<void> {
  report.section(`HTTP: the production server, ${CONNECTIONS} connections, ${scale.durationSeconds} s per route after ${scale.warmUpSeconds} s of warm-up`);
  const routes: Route[] = [
    { name: "floor", procedure: "account.get", inputs: [undefined] },
    { name: "contacts list", procedure: "contacts.list", inputs: [{}], nearFloor: true },
    { name: "contact page", procedure: "contacts.get", inputs: [{ id: fixtures.contactId }], nearFloor: true },
    { name: "search", procedure: "contacts.list", inputs: SEARCH_QUERIES.map((q) => ({ q })) },
    { name: "feed first page", procedure: "feed.list", inputs: [{}], nearFloor: true },
    { name: "feed next page", procedure: "feed.list", inputs: [{ cursor: fixtures.feedCursor }], nearFloor: true },
    // One connection: a visit asks for it once, and it takes long enough at scale that sixteen at
    // a time would only measure the queue.
    { name: "network page data", procedure: "network.overview", inputs: [undefined], connections: 1 },
    { name: "due list", procedure: "reminders.due", inputs: [undefined], nearFloor: true },
  ];
  const cookie = `${server.cookie.name}=${server.cookie.value}`;
  const warmUp = (route: Route) => load(server.origin, route, cookie, { seconds: scale.warmUpSeconds }, route.connections ?? CONNECTIONS);
  const measure = async (route: Route, seconds: number) => {
    const connections = route.connections ?? CONNECTIONS;
    await warmUp(route);
    return { connections, ...(await load(server.origin, route, cookie, { seconds }, connections)) };
  };
  /** Reports a route's latencies; its p95, or null when no response finished. */
  const reportLatencies = (route: Route, { connections, latencies, perSecond, errors }: Awaited<ReturnType<typeof measure>>, seconds: number): number | null => {
    if (latencies.length === 0) {
      if (errors > 0) throw new Error(`${route.name}: no successful responses (${errors} failed): is the session cookie accepted?`);
      report.add({ section: "HTTP", name: `${route.name} p95`, value: seconds * 1000, unit: "ms", note: `at least: no response finished within the run's ${seconds} s` });
      return null;
    }
    const p95 = percentile(latencies, 95);
    const note = `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${Math.round(perSecond)} req/s${errors ? `, ${errors} errors` : ""}${connections === 1 ? ", one connection" : ""}`;
    report.add({ section: "HTTP", name: `${route.name} p95`, value: p95, unit: "ms", note });
    return p95;
  };

  const [floorRoute] = routes;
  // The server's first signed-in request opens the database and loads the API, for seconds at
  // times: a warm-up too short for it would leave that in the floor's first figure.
  const first = await fetch(`${server.origin}${trpcPath(floorRoute!.procedure, undefined)}`, { headers: { cookie } });
  if (!first.ok) throw new Error(`The floor route answered ${first.status}: is the session cookie accepted?`);
  let floor = 0;
  for (const route of routes) {
    if (!route.nearFloor) {
      const p95 = reportLatencies(route, await measure(route, scale.durationSeconds), scale.durationSeconds);
      if (route === floorRoute && p95 !== null) floor = p95;
      else if (p95 !== null) report.add({ section: "HTTP", name: `${route.name} p95 ÷ floor p95`, value: p95 / floor, unit: "×" });
      continue;
    }
    // A route held to the floor takes turns with it, about a second each, for the run's duration:
    // the machine's pace drifts from one second to the next, and both sides see the same drift.
    // (Three rounds of a few seconds each, against the floor just before, read 1.24, 2.49 and
    // 1.51 for one route in one run.) A turn is a number of requests, not a time, and ends when
    // the last is answered: a timed turn would leave its unanswered requests to the server during
    // the other side's turn.
    const floorPace = (await warmUp(floorRoute!)).perSecond;
    const routePace = (await warmUp(route)).perSecond;
    const floorSide = { connections: CONNECTIONS, latencies: [] as number[], perSecond: 0, errors: 0, seconds: 0 };
    const routeSide = { ...floorSide, latencies: [] as number[] };
    for (let turn = 0; turn < scale.durationSeconds; turn++) {
      for (const [side, measured, pace] of [
        [floorSide, floorRoute!, floorPace],
        [routeSide, route, routePace],
      ] as const) {
        const started = performance.now();
        const { latencies, errors } = await load(server.origin, measured, cookie, { requests: Math.max(CONNECTIONS, Math.round(pace)) });
        side.seconds += (performance.now() - started) / 1000;
        side.latencies.push(...latencies);
        side.errors += errors;
      }
    }
    // A turn shorter than a second has no per-second figure of its own: the pace is over all turns.
    for (const side of [floorSide, routeSide]) side.perSecond = side.latencies.length / side.seconds;
    if (floorSide.latencies.length > 0) floor = percentile(floorSide.latencies, 95);
    if (reportLatencies(route, routeSide, scale.durationSeconds) === null || floorSide.latencies.length === 0) continue;
    const note = `floor p95 beside it ${floor.toFixed(1)} ms; ${scale.durationSeconds} turns each`;
    report.add({ section: "HTTP", name: `${route.name} p95 ÷ floor p95`, value: percentile(routeSide.latencies, 95) / floor, unit: "×", target: RATIO_TARGET, note });
  }

  const search = routes.find((route) => route.name === "search")!;
  await load(server.origin, search, cookie, { seconds: scale.warmUpSeconds }, 1);
  const { latencies } = await load(server.origin, search, cookie, { seconds: scale.durationSeconds }, 1);
  report.add({ section: "HTTP", name: "search p95, one person typing", value: percentile(latencies, 95), unit: "ms", target: SEARCH_TARGET, note: `p50 ${percentile(latencies, 50).toFixed(1)} ms, one connection` });
}
