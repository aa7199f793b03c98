// The NetworkX reference vectors in ./fixtures (see the conventions in their README), for tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { NetworkEdge, NetworkNode } from "./types";

const FIXTURES_DIRECTORY = path.join(import.meta.dirname, "fixtures");

/** Per-node values; null where NetworkX gives NaN. */
export type ReferenceNodeValues = Record<string, number | null>;

/** One vector file. Top-level fields are typed; the metric blocks are left loose for each test to read. */
export interface ReferenceVector {
  name: string;
  description: string;
  generator: Record<string, unknown>;
  ego: string;
  directed: boolean;
  weighted: boolean;
  reference_date: string;
  earth_radius_km: number;
  n_nodes: number;
  n_edges: number;
  nodes: (NetworkNode & { is_ego: boolean })[];
  edges: (NetworkEdge & { ego_tie: boolean })[];
  ego_metrics: Record<string, unknown>;
  node_metrics: { with_ego: Record<string, ReferenceNodeValues>; without_ego: Record<string, ReferenceNodeValues> };
  /** null in unweighted files. */
  weighted_metrics: Record<string, Record<string, unknown>> | null;
  communities: Record<string, unknown>;
  heterogeneity: Record<string, Record<string, unknown>>;
  tie_attributes: Record<string, Record<string, number | null>>;
}

/** The vector names (file names without .json), sorted. */
export const VECTOR_NAMES: readonly string[] = readdirSync(FIXTURES_DIRECTORY)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();

export function loadVector(name: string): ReferenceVector {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIRECTORY, `${name}.json`), "utf8")) as ReferenceVector;
}
