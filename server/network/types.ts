// The ego network as the measures see it: plain data in, plain data out, no I/O. The same shape
// is read by `kith network metrics <graph.json>` and built by the network service from the
// owner's contacts, so the numbers the app shows are the numbers the CLI prints.
import type { UndirectedGraph } from "graphology";

/** One person in the ego network. Attributes describe the alter and, for tie_*, the ego→alter tie. */
export interface NetworkNode {
  id: string;
  industry?: string | null;
  city?: string | null;
  tie_type?: string | null;
  lat?: number | null;
  lon?: number | null;
  /** YYYY-MM-DD: since when ego has known this alter. */
  tie_since?: string | null;
  /** The contexts the ego→alter tie spans; duplicates allowed (multiplexity counts distinct ones). */
  tie_contexts?: string[] | null;
  /** Further categorical attributes (country, circle purpose, tie age band…) for heterogeneity. */
  [attribute: string]: unknown;
}

/** An undirected tie; weight is tie strength (bigger is stronger), never a distance. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight?: number | null;
}

export interface EgoNetworkInput {
  ego: string;
  nodes: NetworkNode[];
  /** Ties to the ego included. */
  edges: NetworkEdge[];
  /** YYYY-MM-DD, for tie durations; today (UTC) when absent. */
  reference_date?: string;
  /** attribute → its declared categories; heterogeneity is computed for these attributes only. */
  domains?: Record<string, string[]>;
}

export interface NodeAttributes {
  node: NetworkNode;
}

export interface EdgeAttributes {
  /** Tie strength; null when the tie was recorded without one. */
  weight: number | null;
}

export type EgoGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** Bad input for the measures: the message says what is wrong and where, in one line. */
export class NetworkInputError extends Error {
  override name = "NetworkInputError";
}
