// Clusters among the alters (the ego excluded: tied to everyone, it would blur them), their
// modularity as NetworkX computes it, and the label a cluster is named after.
import louvain from "graphology-communities-louvain";
import { NetworkInputError, type EdgeAttributes, type EgoGraph } from "./types";

export interface Communities {
  /** Each community sorted; communities ordered by their first member. */
  partition: string[][];
  /** Null when the graph has no ties: modularity is undefined there. */
  modularity: number | null;
}

export interface CommunityOptions {
  /** Seed of the random order in which Louvain visits the nodes. */
  seed?: number;
  /** Use tie strength (a missing weight counts as 1); otherwise every tie counts the same. */
  weighted?: boolean;
}

/** mulberry32: a tiny seeded PRNG, so the same graph and seed always give the same partition. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function tieWeight(attributes: EdgeAttributes, weighted: boolean): number {
  return weighted ? (attributes.weight ?? 1) : 1;
}

/** Louvain communities of an alters-only graph; singletons and null modularity when it has no ties. */
export function louvainCommunities(graph: EgoGraph, { seed = 42, weighted = false }: CommunityOptions = {}): Communities {
  if (graph.size === 0) return { partition: graph.nodes().sort(byCodeUnit).map((node) => [node]), modularity: null };

  // graphology reads the `weight` attribute unless told not to; unweighted (as the vectors) means every tie counts 1.
  const membership = louvain(graph, {
    getEdgeWeight: weighted ? (edge) => tieWeight(graph.getEdgeAttributes(edge), true) : null,
    rng: seededRandom(seed),
  });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(membership)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const partition = [...members.values()].map((list) => list.sort(byCodeUnit)).sort((a, b) => byCodeUnit(a[0]!, b[0]!));
  return { partition, modularity: modularity(graph, partition, { weighted }) };
}

/**
 * Q = Σ_c [L_c/m − (d_c/2m)²] as NetworkX's `modularity` computes it: L_c the (weight of the) ties
 * inside c, d_c the summed degree (strength) of its members, m the total. Null when there are no ties.
 */
export function modularity(graph: EgoGraph, partition: readonly (readonly string[])[], { weighted = false }: Pick<CommunityOptions, "weighted"> = {}): number | null {
  const communityOf = new Map<string, number>();
  partition.forEach((community, index) => {
    for (const node of community) {
      if (!graph.hasNode(node)) throw new NetworkInputError(`partition member "${node}" is not in the graph`);
      if (communityOf.has(node)) throw new NetworkInputError(`"${node}" is in more than one community of the partition`);
      communityOf.set(node, index);
    }
  });
  if (communityOf.size !== graph.order) {
    const left = graph.nodes().find((node) => !communityOf.has(node));
    throw new NetworkInputError(`"${left}" is in no community of the partition`);
  }

  const inside = new Array<number>(partition.length).fill(0);
  const degreeSum = new Array<number>(partition.length).fill(0);
  let total = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = tieWeight(attributes, weighted);
    const a = communityOf.get(source)!;
    const b = communityOf.get(target)!;
    total += weight;
    degreeSum[a]! += weight;
    degreeSum[b]! += weight;
    if (a === b) inside[a]! += weight;
  });
  if (total === 0) return null;

  let q = 0;
  for (let c = 0; c < partition.length; c++) {
    q += inside[c]! / total - (degreeSum[c]! * degreeSum[c]!) / (2 * total) ** 2;
  }
  return q;
}

export interface DominantLabel {
  label: string;
  /** Members carrying the label / members. */
  share: number;
}

/** The label most members carry (each member counted once per label), ties broken alphabetically; null when none has one. */
export function dominantLabel(members: readonly string[], labelsOf: (id: string) => readonly string[]): DominantLabel | null {
  const carriers = new Map<string, number>();
  for (const member of members) {
    for (const label of new Set(labelsOf(member))) carriers.set(label, (carriers.get(label) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const [label, count] of carriers) {
    if (!best || count > best[1] || (count === best[1] && byCodeUnit(label, best[0]) < 0)) best = [label, count];
  }
  return best && { label: best[0], share: best[1] / members.length };
}
