// What the graph needs from the overview, in a compact shape: at thousands of contacts and tens
// of thousands of ties, sending every person as an object and every tie as two uuids would make
// it several times heavier, and slower to read. The Network page's HTML carries only a summary;
// the browser asks for the graph itself once the page is up (network.graph), so that a big
// network does not weigh on the page's first paint.
import type { Db } from "@/db/client";
import { getNetworkOverview, type NetworkOverview } from "@/server/network/service";

/** The people in the graph, one column per field, each in the same order. */
export interface GraphPeople {
  ids: string[];
  names: string[];
  /** Tie strength with the user, 0 to 100. */
  strengths: number[];
  /** Index into `GraphData.clusters`; null for someone tied to none of the others. */
  clusters: (number | null)[];
  /** Index into `GraphData.circles` of the first circle (A to Z) they belong to; null for none. */
  circles: (number | null)[];
  /** Where the picture draws them: x, y of each in turn (server/network/layout.ts). */
  positions: number[];
}

export interface GraphData {
  /** Changes whenever who is in the graph, who is tied to whom, how, or where they are drawn changes. */
  version: string;
  people: GraphPeople;
  /** The ties drawn, as flat triples: index of one person, index of the other, strength 1–3 (0 when not said). */
  ties: number[];
  /** Ties among the people in all, drawn or not. */
  allTies: number;
  /** False while people are drawn where they were, before the layout has run on the current graph. */
  settled: boolean;
  clusters: { name: string; size: number }[];
  circles: { id: string; name: string }[];
}

/** What the page says about its graph before the graph itself arrives. */
export interface GraphSummary {
  version: string;
  settled: boolean;
  /** Ties drawn, of `allTies`. */
  drawnTies: number;
  allTies: number;
}

export function summarise(data: GraphData): GraphSummary {
  return { version: data.version, settled: data.settled, drawnTies: data.ties.length / 3, allTies: data.allTies };
}

/**
 * The address the browser asks for this graph at: tRPC's request for network.graph with this
 * version (its input as superjson writes it), so that the page can have the browser fetch it early.
 */
export function graphRequestPath(version: string): string {
  return `/api/trpc/network.graph?input=${encodeURIComponent(JSON.stringify({ json: { version } }))}`;
}

/** FNV-1a over the text, as 8 hex digits: a fingerprint, not a security measure. */
function fingerprint(parts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function toGraphData(overview: Pick<NetworkOverview, "nodes" | "edges" | "alterTies" | "clusters" | "circles" | "layoutSettled">): GraphData {
  const indexOf = new Map(overview.nodes.map((node, index) => [node.id, index]));
  const circleIndex = new Map(overview.circles.map((circle, index) => [circle.id, index]));
  const people: GraphPeople = { ids: [], names: [], strengths: [], clusters: [], circles: [], positions: [] };
  for (const node of overview.nodes) {
    const firstCircle = node.circleIds.find((id) => circleIndex.has(id));
    people.ids.push(node.id);
    people.names.push(node.displayName);
    people.strengths.push(node.strength);
    people.clusters.push(node.cluster);
    people.circles.push(firstCircle === undefined ? null : circleIndex.get(firstCircle)!);
    people.positions.push(node.position.x, node.position.y);
  }
  const ties: number[] = [];
  for (const edge of overview.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source !== undefined && target !== undefined) ties.push(source, target, edge.strength ?? 0);
  }
  const version = fingerprint(
    (function* () {
      for (const column of Object.values(people)) yield `${column.join("|")};`;
      yield ties.join(",");
    })(),
  );
  return {
    version,
    people,
    ties,
    allTies: overview.alterTies,
    settled: overview.layoutSettled,
    clusters: overview.clusters.map((cluster) => ({ name: cluster.name, size: cluster.members.length })),
    circles: overview.circles,
  };
}

/** How long the graph a page was rendered with is kept for that page's request for it. */
const KEPT_MS = 60_000;
// On globalThis: Next loads a page and the API routes as separate bundles, each with its own
// copy of this module, and the page keeps what the API route reads.
const holder = globalThis as typeof globalThis & { kithKeptGraphs?: Map<string, { data: GraphData; at: number }> };
const kept = (holder.kithKeptGraphs ??= new Map());

/** Keeps the graph a page was just rendered with (one per owner): its request for the graph that follows need not measure the network again. */
export function keepGraph(ownerId: string, data: GraphData, now = Date.now()): void {
  for (const [owner, entry] of kept) if (now - entry.at > KEPT_MS) kept.delete(owner);
  kept.set(ownerId, { data, at: now });
}

/** The owner's graph: the one kept for this version when there is one (another process, or later, measures it again). */
export async function getNetworkGraph(db: Db, ownerId: string, version: string | undefined, requestCentrality: () => Promise<void>): Promise<GraphData> {
  const entry = kept.get(ownerId);
  if (entry && entry.data.version === version && Date.now() - entry.at <= KEPT_MS) return entry.data;
  return toGraphData(await getNetworkOverview(db, ownerId, requestCentrality));
}
