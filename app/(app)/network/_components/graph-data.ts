// What the graph needs from the overview, in a compact shape: at thousands of contacts and tens
// of thousands of ties, sending every person as an object and every tie as two uuids would make
// the page several times heavier, and slower to read.
import type { NetworkOverview } from "@/server/network/service";

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
