// Every measure of one ego network in one object whose blocks mirror the reference vectors
// field for field: what `kith network metrics <graph.json>` prints.
import { louvainCommunities, type Communities } from "./communities";
import { egoMetrics, nodeMetrics, weightedMetrics, type EgoMetrics, type NodeMetrics, type WeightedMetrics } from "./ego";
import { alterGraph, buildEgoGraph, parseEgoNetworkInput } from "./graph";
import { heterogeneity, type Heterogeneity } from "./heterogeneity";
import { tieAttributes, type TieAttributes } from "./tie-attributes";

export const LOUVAIN_SEED = 42;

export interface NetworkMetrics {
  ego: string;
  reference_date: string;
  n_nodes: number;
  n_edges: number;
  ego_metrics: EgoMetrics;
  node_metrics: { with_ego: NodeMetrics; without_ego: NodeMetrics };
  weighted_metrics: WeightedMetrics | null;
  /** Null when no two alters are tied: communities and modularity are undefined there. */
  communities: (Communities & { algorithm: string }) | null;
  heterogeneity: Record<string, Heterogeneity>;
  tie_attributes: Record<string, TieAttributes>;
}

/** Reads and checks a graph document, then measures it; bad input throws NetworkInputError. */
export function computeNetworkMetrics(json: unknown, today: Date = new Date()): NetworkMetrics {
  const input = parseEgoNetworkInput(json);
  const graph = buildEgoGraph(input);
  const alters = alterGraph(graph, input.ego);
  const referenceDate = input.reference_date ?? today.toISOString().slice(0, 10);
  const alterNodes = input.nodes.filter((node) => node.id !== input.ego);
  return {
    ego: input.ego,
    reference_date: referenceDate,
    n_nodes: graph.order,
    n_edges: graph.size,
    ego_metrics: egoMetrics(graph, input.ego),
    node_metrics: { with_ego: nodeMetrics(graph), without_ego: nodeMetrics(alters) },
    weighted_metrics: weightedMetrics(graph, input.ego),
    communities: alters.size === 0 ? null : { algorithm: `Louvain on the alters only, unweighted, seed ${LOUVAIN_SEED}`, ...louvainCommunities(alters, { seed: LOUVAIN_SEED }) },
    heterogeneity: Object.fromEntries(
      Object.entries(input.domains ?? {}).map(([attribute, domain]) => [attribute, heterogeneity(alterNodes.map((node) => node[attribute] as string | null | undefined), domain)]),
    ),
    tie_attributes: tieAttributes(input.nodes, input.ego, referenceDate),
  };
}
