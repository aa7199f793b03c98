// Degree, strength and betweenness, with NetworkX's conventions for undirected graphs.
// Betweenness is Brandes' algorithm over compressed adjacency lists with typed arrays: one scan of
// each node's ties per source finds its predecessors (and so its path count) and its unreached
// neighbours; the backward pass then walks only the shortest-path ties, allocating nothing.
import { compactAdjacency, type CompactAdjacency } from "./graph";
import type { EgoGraph } from "./types";

export function degree(graph: EgoGraph): Record<string, number> {
  const degrees: Record<string, number> = {};
  graph.forEachNode((id) => {
    degrees[id] = graph.degree(id);
  });
  return degrees;
}

/** deg / (N − 1); 1 for the only node of a one-node graph (as NetworkX). */
export function degreeCentrality(graph: EgoGraph): Record<string, number> {
  const centralities: Record<string, number> = {};
  // Times the reciprocal, as NetworkX does, so the printed values agree to the last digit.
  const scale = graph.order > 1 ? 1 / (graph.order - 1) : null;
  graph.forEachNode((id) => {
    centralities[id] = scale === null ? 1 : graph.degree(id) * scale;
  });
  return centralities;
}

/** Sum of the strengths of a node's ties; a tie without a strength counts as 1. */
export function strength(graph: EgoGraph): Record<string, number> {
  const strengths: Record<string, number> = {};
  graph.forEachNode((id) => {
    strengths[id] = 0;
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attributes.weight ?? 1;
    strengths[source]! += weight;
    strengths[target]! += weight;
  });
  return strengths;
}

export interface BetweennessOptions {
  /**
   * true: the fraction of shortest paths between pairs s < t through the node, times
   * 2 / ((N − 1)(N − 2)) (0 for N ≤ 2), as `nx.betweenness_centrality(G)`.
   * false: the raw fractional count, each unordered pair once.
   */
  normalized: boolean;
  /** Shortest paths by the distance 1 / weight (a strong tie is a short step; a tie without a strength is 1). */
  weighted?: boolean;
}

export function betweenness(graph: EgoGraph, options: BetweennessOptions): Record<string, number> {
  const weighted = options.weighted ?? false;
  const adjacency = compactAdjacency(graph, { weighted });
  // Every unordered pair is counted from both of its ends.
  const pairCounts = weighted ? weightedPairCounts(adjacency) : unweightedPairCounts(adjacency);
  const nodeCount = adjacency.ids.length;
  const scale = options.normalized ? (nodeCount > 2 ? 1 / ((nodeCount - 1) * (nodeCount - 2)) : 1) : 0.5;
  const result: Record<string, number> = {};
  adjacency.ids.forEach((id, node) => {
    result[id] = pairCounts[node]! * scale;
  });
  return result;
}

/** Brandes with breadth-first search; returns Σ over ordered pairs (s, t) of σ_st(v) / σ_st. */
function unweightedPairCounts(adjacency: CompactAdjacency): Float64Array {
  const { ids, offsets, neighbours } = adjacency;
  const nodeCount = ids.length;
  const counts = new Float64Array(nodeCount);
  const distance = new Int32Array(nodeCount).fill(-1);
  const dag = shortestPathDag(adjacency);
  const { reached, pathCount, firstPredecessor, predecessors } = dag;

  // The loops keep their counters in locals: as object fields they cost a sixth more time.
  for (let source = 0; source < nodeCount; source++) {
    distance[source] = 0;
    reached[0] = source;
    let reachedCount = 1;
    let predecessorCount = 0;
    for (let head = 0; head < reachedCount; head++) {
      const node = reached[head]!;
      const nodeDistance = distance[node]!;
      let paths = node === source ? 1 : 0;
      firstPredecessor[head] = predecessorCount;
      const end = offsets[node + 1]!;
      for (let k = offsets[node]!; k < end; k++) {
        const neighbour = neighbours[k]!;
        const neighbourDistance = distance[neighbour]!;
        if (neighbourDistance === -1) {
          distance[neighbour] = nodeDistance + 1;
          reached[reachedCount++] = neighbour;
        } else if (neighbourDistance === nodeDistance - 1) {
          paths += pathCount[neighbour]!;
          predecessors[predecessorCount++] = neighbour;
        }
      }
      pathCount[node] = paths;
    }
    for (let position = 0; position < reachedCount; position++) distance[reached[position]!] = -1;
    accumulateDependencies(dag, reachedCount, predecessorCount, counts);
  }
  return counts;
}

/**
 * Brandes with Dijkstra over the distance 1 / weight. Distances are summed and compared exactly as
 * NetworkX does (dist[v] + 1/w, equality without tolerance), so the same paths count as shortest.
 */
function weightedPairCounts(adjacency: CompactAdjacency): Float64Array {
  const { ids, offsets, neighbours, weights } = adjacency;
  const nodeCount = ids.length;
  const lengths = weights.map((weight) => 1 / weight);
  const counts = new Float64Array(nodeCount);
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const queue = new DistanceQueue(nodeCount);
  const dag = shortestPathDag(adjacency);
  const { reached, pathCount, firstPredecessor, predecessors } = dag;

  for (let source = 0; source < nodeCount; source++) {
    distance[source] = 0;
    queue.upsert(source, 0);
    let reachedCount = 0;
    let predecessorCount = 0;
    while (queue.size > 0) {
      const node = queue.pop();
      firstPredecessor[reachedCount] = predecessorCount;
      reached[reachedCount++] = node;
      const nodeDistance = distance[node]!;
      // Nodes nearer than this one are settled, so its predecessors and its path count are final.
      let paths = node === source ? 1 : 0;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const neighbour = neighbours[k]!;
        const neighbourDistance = distance[neighbour]!;
        if (neighbourDistance < nodeDistance) {
          if (neighbourDistance + lengths[k]! === nodeDistance) {
            paths += pathCount[neighbour]!;
            predecessors[predecessorCount++] = neighbour;
          }
        } else if (nodeDistance + lengths[k]! < neighbourDistance) {
          distance[neighbour] = nodeDistance + lengths[k]!;
          queue.upsert(neighbour, distance[neighbour]!);
        }
      }
      pathCount[node] = paths;
    }
    for (let position = 0; position < reachedCount; position++) distance[reached[position]!] = Infinity;
    accumulateDependencies(dag, reachedCount, predecessorCount, counts);
  }
  return counts;
}

/**
 * The shortest paths from one source: the nodes in the order they were reached (nondecreasing
 * distance), their path counts σ, and each one's predecessors on shortest paths: those of
 * reached[p] are predecessors[firstPredecessor[p]] … predecessors[firstPredecessor[p + 1] − 1].
 */
interface ShortestPathDag {
  reached: Int32Array;
  pathCount: Float64Array;
  dependency: Float64Array;
  firstPredecessor: Int32Array;
  predecessors: Int32Array;
}

function shortestPathDag({ ids, neighbours }: CompactAdjacency): ShortestPathDag {
  return {
    reached: new Int32Array(ids.length),
    pathCount: new Float64Array(ids.length),
    dependency: new Float64Array(ids.length),
    firstPredecessor: new Int32Array(ids.length + 1),
    predecessors: new Int32Array(neighbours.length),
  };
}

/**
 * Adds each reached node's dependency δ_s(v) to its count, walking the nodes backwards so that a
 * node's dependency is complete before it is passed on to its predecessors; then clears the DAG
 * for the next source.
 */
function accumulateDependencies(dag: ShortestPathDag, reachedCount: number, predecessorCount: number, counts: Float64Array): void {
  const { reached, pathCount, dependency, firstPredecessor, predecessors } = dag;
  firstPredecessor[reachedCount] = predecessorCount;
  for (let position = reachedCount - 1; position > 0; position--) {
    const node = reached[position]!;
    const share = (1 + dependency[node]!) / pathCount[node]!;
    const end = firstPredecessor[position + 1]!;
    for (let k = firstPredecessor[position]!; k < end; k++) {
      const predecessor = predecessors[k]!;
      dependency[predecessor]! += pathCount[predecessor]! * share;
    }
    counts[node]! += dependency[node]!;
  }
  for (let position = 0; position < reachedCount; position++) {
    pathCount[reached[position]!] = 0;
    dependency[reached[position]!] = 0;
  }
}

/** A binary min-heap of nodes by distance, with decrease-key; keys sit next to the nodes they order. */
class DistanceQueue {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  /** Where each node sits in the heap; -1 when it is not in it. */
  private readonly position: Int32Array;
  size = 0;

  constructor(nodeCount: number) {
    this.nodes = new Int32Array(nodeCount);
    this.keys = new Float64Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds the node, or moves it up after its distance decreased to `key`. */
  upsert(node: number, key: number): void {
    const { nodes, keys, position } = this;
    let at = position[node]!;
    if (at === -1) at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent]! <= key) break;
      const parentNode = nodes[parent]!;
      nodes[at] = parentNode;
      keys[at] = keys[parent]!;
      position[parentNode] = at;
      at = parent;
    }
    nodes[at] = node;
    keys[at] = key;
    position[node] = at;
  }

  pop(): number {
    const { nodes, keys, position } = this;
    const top = nodes[0]!;
    position[top] = -1;
    const size = --this.size;
    if (size === 0) return top;
    const last = nodes[size]!;
    const lastKey = keys[size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= lastKey) break;
      const childNode = nodes[child]!;
      nodes[at] = childNode;
      keys[at] = keys[child]!;
      position[childNode] = at;
      at = child;
    }
    nodes[at] = last;
    keys[at] = lastKey;
    position[last] = at;
    return top;
  }
}
