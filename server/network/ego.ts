// The structural blocks of the metrics output, field for field as in the NetworkX reference
// vectors (fixtures/*.json): `ego_metrics`, `node_metrics.{with_ego,without_ego}`, `weighted_metrics`.
import { betweenness, degree, degreeCentrality, strength } from "./centrality";
import { hasWeights } from "./graph";
import { burtMeasures, localConstraints, nodeBurtMeasures } from "./structural-holes";
import type { EgoGraph } from "./types";

export interface EgoMetrics {
  n_alters: number;
  n_alter_ties: number;
  possible_alter_pairs: number;
  /** Ties among the alters over possible pairs, the ego excluded; 0 for fewer than 2 alters. */
  density_alters: number;
  /** Density of the whole ego network, for contrast only. */
  density_with_ego: number;
  /** Borgatti's n − 2t/n; null without alters. */
  borgatti_effective_size_formula: number | null;
  /** Alter pairs whose shortest paths run through the ego, counted fractionally (Everett & Borgatti 2005). */
  ego_betweenness_raw: number;
  effective_size: number | null;
  efficiency: number | null;
  constraint: number | null;
  hierarchy: number | null;
  local_constraint: Record<string, number>;
}

type NodeValues = Record<string, number | null>;

export interface NodeMetrics {
  degree: Record<string, number>;
  degree_centrality: Record<string, number>;
  /** Normalised, unweighted. */
  betweenness: Record<string, number>;
  effective_size: NodeValues;
  efficiency: NodeValues;
  constraint: NodeValues;
  hierarchy: NodeValues;
}

export interface WeightedMetrics {
  ego: {
    effective_size: number | null;
    efficiency: number | null;
    constraint: number | null;
    hierarchy: number | null;
    local_constraint: Record<string, number>;
    /** Mean strength of the ties among the alters (a tie without one counts as 1); null when there are none. */
    alter_tie_strength_mean: number | null;
  };
  with_ego: {
    strength: Record<string, number>;
    /** Normalised betweenness with shortest paths by the distance 1 / strength. */
    betweenness_distance_inverse_weight: Record<string, number>;
    effective_size: NodeValues;
    efficiency: NodeValues;
    constraint: NodeValues;
    hierarchy: NodeValues;
  };
}

/** Density among the alters (the ego excluded) and of the whole ego network, for contrast. */
export function densities(graph: EgoGraph, ego: string): { density_alters: number; density_with_ego: number } {
  return { density_alters: density(graph.order - 1, graph.size - graph.degree(ego)), density_with_ego: density(graph.order, graph.size) };
}

/** The ego's view: density among the alters, the ego's brokerage and Burt measures (unweighted). */
export function egoMetrics(graph: EgoGraph, ego: string): EgoMetrics {
  const alterCount = graph.order - 1;
  const alterTieCount = graph.size - graph.degree(ego);
  const possibleAlterPairs = (alterCount * (alterCount - 1)) / 2;
  const burt = nodeBurtMeasures(graph, ego, { weighted: false });
  return {
    n_alters: alterCount,
    n_alter_ties: alterTieCount,
    possible_alter_pairs: possibleAlterPairs,
    ...densities(graph, ego),
    borgatti_effective_size_formula: alterCount > 0 ? alterCount - (2 * alterTieCount) / alterCount : null,
    ego_betweenness_raw: egoBetweenness(graph, ego),
    effective_size: burt?.effectiveSize ?? null,
    efficiency: burt?.efficiency ?? null,
    constraint: burt?.constraint ?? null,
    hierarchy: burt?.hierarchy ?? null,
    local_constraint: burt?.localConstraint ?? {},
  };
}

/** Unweighted measures of every node: pass the ego network for `with_ego`, its alterGraph for `without_ego`. */
export function nodeMetrics(graph: EgoGraph): NodeMetrics {
  const burt = burtMeasures(graph, { weighted: false });
  return {
    degree: degree(graph),
    degree_centrality: degreeCentrality(graph),
    betweenness: betweenness(graph, { normalized: true }),
    effective_size: burt.effectiveSize,
    efficiency: burt.efficiency,
    constraint: burt.constraint,
    hierarchy: burt.hierarchy,
  };
}

/** The measures that use tie strength; null when no tie has one. */
export function weightedMetrics(graph: EgoGraph, ego: string): WeightedMetrics | null {
  if (!hasWeights(graph)) return null;
  const burt = burtMeasures(graph, { weighted: true });
  let alterTieCount = 0;
  let alterTieStrengthSum = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === ego || target === ego) return;
    alterTieCount++;
    alterTieStrengthSum += attributes.weight ?? 1;
  });
  return {
    ego: {
      effective_size: burt.effectiveSize[ego] ?? null,
      efficiency: burt.efficiency[ego] ?? null,
      constraint: burt.constraint[ego] ?? null,
      hierarchy: burt.hierarchy[ego] ?? null,
      local_constraint: localConstraints(graph, ego, { weighted: true }),
      alter_tie_strength_mean: alterTieCount > 0 ? alterTieStrengthSum / alterTieCount : null,
    },
    with_ego: {
      strength: strength(graph),
      betweenness_distance_inverse_weight: betweenness(graph, { normalized: true, weighted: true }),
      effective_size: burt.effectiveSize,
      efficiency: burt.efficiency,
      constraint: burt.constraint,
      hierarchy: burt.hierarchy,
    },
  };
}

/**
 * The ego's raw betweenness. When the ego is tied to every alter, two alters are at most two steps
 * apart: adjacent alters need no broker, and for non-adjacent ones the ego is one of 1 + c
 * intermediaries, c being their common alters. That sums over alter pairs sharing a contact in
 * Σ deg² time; otherwise (some alter not tied to the ego) it falls back to Brandes.
 */
export function egoBetweenness(graph: EgoGraph, ego: string): number {
  const alterCount = graph.order - 1;
  if (graph.degree(ego) !== alterCount) return betweenness(graph, { normalized: false })[ego]!;

  const alters = graph.nodes().filter((id) => id !== ego);
  const indexOf = new Map(alters.map((id, index) => [id, index]));
  const alterNeighbours = alters.map((id) => graph.neighbors(id).flatMap((neighbour) => indexOf.get(neighbour) ?? []));
  const adjacentTo = new Uint8Array(alterCount);
  const commonCount = new Int32Array(alterCount);
  const touched: number[] = [];

  let nonAdjacentPairs = (alterCount * (alterCount - 1)) / 2 - (graph.size - alterCount);
  let brokerage = 0;
  alterNeighbours.forEach((neighboursOfAlter, alter) => {
    for (const neighbour of neighboursOfAlter) adjacentTo[neighbour] = 1;
    for (const via of neighboursOfAlter) {
      for (const other of alterNeighbours[via]!) {
        if (other <= alter || adjacentTo[other]) continue;
        if (commonCount[other] === 0) touched.push(other);
        commonCount[other]!++;
      }
    }
    for (const other of touched) {
      brokerage += 1 / (1 + commonCount[other]!);
      nonAdjacentPairs--;
      commonCount[other] = 0;
    }
    touched.length = 0;
    for (const neighbour of neighboursOfAlter) adjacentTo[neighbour] = 0;
  });
  return brokerage + nonAdjacentPairs;
}

/** Ties over possible pairs, as `nx.density`: 0 with fewer than two nodes or no ties. */
function density(nodeCount: number, tieCount: number): number {
  if (nodeCount <= 1 || tieCount === 0) return 0;
  return (tieCount / (nodeCount * (nodeCount - 1))) * 2;
}
