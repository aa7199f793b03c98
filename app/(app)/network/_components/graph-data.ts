// What the graph needs from the overview, in a compact shape: at thousands of contacts and tens
// of thousands of ties, sending every tie as two uuids would make the page several times heavier.
import type { NetworkOverview } from "@/server/network/service";

export interface GraphPerson {
  id: string;
  name: string;
  /** Tie strength with the user, 0 to 100. */
  strength: number;
  /** Index into `clusters`; null for someone tied to none of the others. */
  cluster: number | null;
  /** Index into `circles` of the first circle (A to Z) they belong to; null for none. */
  circle: number | null;
}

export interface GraphData {
  /** Changes whenever who is in the graph, who is tied to whom, or how, changes. */
  version: string;
  people: GraphPerson[];
  /** The ties drawn, as flat triples: index of one person, index of the other, strength 1–3 (0 when not said). */
  ties: number[];
  /** Ties among the people in all, drawn or not. */
  allTies: number;
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

export function toGraphData(overview: Pick<NetworkOverview, "nodes" | "edges" | "alterTies" | "clusters" | "circles">): GraphData {
  const indexOf = new Map(overview.nodes.map((node, index) => [node.id, index]));
  const circleIndex = new Map(overview.circles.map((circle, index) => [circle.id, index]));
  const people = overview.nodes.map((node) => {
    const firstCircle = node.circleIds.find((id) => circleIndex.has(id));
    return {
      id: node.id,
      name: node.displayName,
      strength: node.strength,
      cluster: node.cluster,
      circle: firstCircle === undefined ? null : circleIndex.get(firstCircle)!,
    };
  });
  const ties: number[] = [];
  for (const edge of overview.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source !== undefined && target !== undefined) ties.push(source, target, edge.strength ?? 0);
  }
  const version = fingerprint(
    (function* () {
      for (const person of people) yield `${person.id}|${person.name}|${person.strength}|${person.cluster}|${person.circle};`;
      yield ties.join(",");
    })(),
  );
  return {
    version,
    people,
    ties,
    allTies: overview.alterTies,
    clusters: overview.clusters.map((cluster) => ({ name: cluster.name, size: cluster.members.length })),
    circles: overview.circles,
  };
}
