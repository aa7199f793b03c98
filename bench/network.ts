// Network measures at the scale's size (full: 5,000 alters and 50,000 ties among them, the ego
// tied to all), with attributes, measured in process (median of the scale's runs):
//   together     density, Burt measures for every node, heterogeneity, tie attributes, communities
//                target < 300 ms
//   ego metrics  density, the ego's Burt measures and its betweenness (what the Network page
//                shows)                                     target < 1 s
//   betweenness  exact, every alter, among the alters      target < 5 s (a background job's work)
// With BENCH_NETWORKX=1 the same graph is also measured by NetworkX (bench/networkx-compare.py;
// python3 with networkx 3.6 and scipy, not a dependency) and the speed-up of each measure NetworkX has is printed
// against the target of at least 10×. Betweenness alone takes NetworkX a minute or two.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { betweenness } from "@/server/network/centrality";
import { louvainCommunities, seededRandom } from "@/server/network/communities";
import { densities, egoMetrics } from "@/server/network/ego";
import { alterGraph, buildEgoGraph } from "@/server/network/graph";
import { heterogeneity } from "@/server/network/heterogeneity";
import { burtMeasures } from "@/server/network/structural-holes";
import { tieAttributes } from "@/server/network/tie-attributes";
import type { EgoNetworkInput } from "@/server/network/types";
import type { Report } from "./report";
import type { Scale } from "./scale";
import { percentile } from "./stats";

const NETWORKX_SPEEDUP_TARGET = 10;

const DOMAINS = {
  industry: ["tech", "finance", "health", "education", "retail", "media", "law", "public"],
  city: ["Berlin", "Paris", "London", "Madrid", "Rome", "Warsaw"],
  tie_type: ["social", "professional"],
};
const COORDINATES: Record<string, [number, number]> = { Berlin: [52.52, 13.405], Paris: [48.8566, 2.3522], London: [51.5072, -0.1276], Madrid: [40.4168, -3.7038], Rome: [41.9028, 12.4964], Warsaw: [52.2297, 21.0122] };
const CONTEXTS = ["work", "family", "friendship", "learning", "community", "hobby"];

/** A random ego network like the reference vectors' random ones, at benchmark scale. */
function randomEgoNetwork(alterCount: number, tieCount: number): EgoNetworkInput {
  const random = seededRandom(5000);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const maybe = <T>(value: T) => (random() < 0.1 ? null : value);
  const nodes: EgoNetworkInput["nodes"] = [{ id: "E", city: "Berlin", lat: 52.52, lon: 13.405 }];
  const edges: EgoNetworkInput["edges"] = [];
  for (let i = 0; i < alterCount; i++) {
    const city = maybe(pick(DOMAINS.city));
    const year = 1990 + Math.floor(random() * 35);
    nodes.push({
      id: `a${i}`,
      industry: maybe(pick(DOMAINS.industry)),
      city,
      tie_type: maybe(pick(DOMAINS.tie_type)),
      lat: city ? COORDINATES[city]![0] : null,
      lon: city ? COORDINATES[city]![1] : null,
      tie_since: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      tie_contexts: Array.from({ length: Math.floor(random() * 4) }, () => pick(CONTEXTS)),
    });
    edges.push({ source: "E", target: `a${i}` });
  }
  const seen = new Set<string>();
  while (seen.size < Math.min(tieCount, (alterCount * (alterCount - 1)) / 2)) {
    const a = Math.floor(random() * alterCount);
    const b = Math.floor(random() * alterCount);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: `a${a}`, target: `a${b}` });
  }
  return { ego: "E", nodes, edges, reference_date: "2025-01-01", domains: DOMAINS };
}

function median(run: () => void, runs: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

export async function measureNetwork(scale: Scale, report: Report): Promise<void> {
  const input = randomEgoNetwork(scale.contacts, scale.ties);
  const graph = buildEgoGraph(input);
  const alters = alterGraph(graph, "E");
  const alterNodes = input.nodes.filter((node) => node.id !== "E");
  const parts: Record<string, () => unknown> = {
    density: () => densities(graph, "E"),
    "Burt measures": () => burtMeasures(graph, { weighted: false }),
    heterogeneity: () => Object.entries(DOMAINS).map(([attribute, domain]) => heterogeneity(alterNodes.map((node) => node[attribute] as string | null), domain)),
    "tie attributes": () => tieAttributes(input.nodes, "E", "2025-01-01"),
    communities: () => louvainCommunities(alters, { seed: 42 }),
  };

  report.section(`Network measures in process (${scale.contacts.toLocaleString("en")} alters, ${scale.ties.toLocaleString("en")} ties among them, median of ${scale.runs})`);
  const times: Record<string, number> = {};
  for (const [name, run] of Object.entries(parts)) times[name] = median(run, scale.runs);
  for (const [name, time] of Object.entries(times)) report.add({ section: "Network", name, value: time, unit: "ms" });
  report.add({ section: "Network", name: "together", value: Object.values(times).reduce((sum, time) => sum + time, 0), unit: "ms", target: { op: "<", value: 300 } });
  times["ego measures"] = median(() => egoMetrics(graph, "E"), scale.runs);
  report.add({ section: "Network", name: "ego metrics", value: times["ego measures"], unit: "ms", target: { op: "<", value: 1_000 }, note: "density, the ego's Burt measures and betweenness" });
  times.betweenness = median(() => betweenness(alters, { normalized: true }), 1);
  report.add({ section: "Network", name: "betweenness, every alter", value: times.betweenness, unit: "ms", target: { op: "<", value: 5_000 }, note: "exact; a background job's work" });

  if (process.env.BENCH_NETWORKX !== "1") return;
  const directory = mkdtempSync(path.join(tmpdir(), "kith-bench-network-"));
  try {
    const file = path.join(directory, "graph.json");
    writeFileSync(file, JSON.stringify(input));
    const { version, ...networkx } = JSON.parse(execFileSync("python3", [path.join("bench", "networkx-compare.py"), file], { encoding: "utf8", maxBuffer: 1 << 24 })) as Record<string, number> & { version?: string };
    for (const [name, seconds] of Object.entries(networkx)) {
      // Density is one division in both: there is nothing to compare.
      if (times[name] === undefined || name === "density") continue;
      report.add({
        section: "Network",
        name: `${name}: speed-up on NetworkX`,
        value: (seconds * 1000) / times[name]!,
        unit: "×",
        target: { op: "≥", value: NETWORKX_SPEEDUP_TARGET },
        note: `NetworkX ${version} ${(seconds * 1000).toFixed(0)} ms on the same graph`,
      });
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
