// From plain ego-network data to the graph the measures run on. Every problem with the input is
// reported as a NetworkInputError whose one-line message says what is wrong, where, and how to fix it.
import { UndirectedGraph } from "graphology";
import { z } from "zod";
import { NetworkInputError, type EgoGraph, type EgoNetworkInput, type NetworkEdge } from "./types";

const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

const nodeSchema = z.looseObject({
  id: z.string().min(1, "a node id must be a non-empty string"),
  industry: optionalText,
  city: optionalText,
  tie_type: optionalText,
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  tie_since: z.iso.date("expected a YYYY-MM-DD date").nullish(),
  tie_contexts: z.array(z.string()).nullish(),
});

const edgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  weight: optionalNumber,
});

const inputSchema = z.object({
  ego: z.string({ error: '"ego" must name the node that is the ego (its id, a string)' }),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  reference_date: z.iso.date("expected a YYYY-MM-DD date").optional(),
  domains: z.record(z.string(), z.array(z.string())).optional(),
});

/** Checks the shape and the consistency of an ego network read from JSON. */
export function parseEgoNetworkInput(json: unknown): EgoNetworkInput {
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue && issue.path.length > 0 ? `"${formatPath(issue.path)}": ` : "";
    const what = issue?.message.replace(/^Invalid input: /, "") ?? "invalid input";
    throw new NetworkInputError(`ego network input: ${where}${what}`);
  }
  assertConsistentEgoNetwork(parsed.data);
  return parsed.data;
}

/** The ego network as an undirected simple graph: node attribute `{ node }`, edge attribute `{ weight }`. */
export function buildEgoGraph(input: EgoNetworkInput): EgoGraph {
  assertConsistentEgoNetwork(input);
  const graph: EgoGraph = new UndirectedGraph();
  for (const node of input.nodes) graph.addNode(node.id, { node });
  for (const edge of input.edges) graph.addEdge(edge.source, edge.target, { weight: edge.weight ?? null });
  return graph;
}

/** The alters and the ties among them: the ego network with the ego removed. */
export function alterGraph(graph: EgoGraph, ego: string): EgoGraph {
  const alters: EgoGraph = new UndirectedGraph();
  graph.forEachNode((id, attributes) => {
    if (id !== ego) alters.addNode(id, { ...attributes });
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source !== ego && target !== ego) alters.addEdge(source, target, { ...attributes });
  });
  return alters;
}

/** Whether any tie carries a strength. */
export function hasWeights(graph: EgoGraph): boolean {
  return graph.someEdge((_edge, attributes) => attributes.weight !== null);
}

/**
 * The graph as compressed adjacency lists over node indices, for the measures that visit every
 * neighbourhood: the neighbours of node i are neighbours[offsets[i]] … neighbours[offsets[i + 1] - 1],
 * in ascending order, and weights[k] is the strength of the tie to neighbours[k] (1 when
 * unweighted or unrecorded).
 */
export interface CompactAdjacency {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

export function compactAdjacency(graph: EgoGraph, options: { weighted: boolean }): CompactAdjacency {
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, index) => {
    offsets[index + 1] = offsets[index]! + graph.degree(id);
  });
  // First in the graph's order, then copied over node by node: node s goes into each of its
  // neighbours' lists in turn, so every list comes out in ascending order.
  const unordered = new Int32Array(offsets[ids.length]!);
  const unorderedWeights = new Float64Array(unordered.length);
  let next = offsets.slice(0, ids.length);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const sourceIndex = indexOf.get(source)!;
    const targetIndex = indexOf.get(target)!;
    const weight = options.weighted ? (attributes.weight ?? 1) : 1;
    unordered[next[sourceIndex]!] = targetIndex;
    unorderedWeights[next[sourceIndex]!++] = weight;
    unordered[next[targetIndex]!] = sourceIndex;
    unorderedWeights[next[targetIndex]!++] = weight;
  });
  const neighbours = new Int32Array(unordered.length);
  const weights = new Float64Array(unordered.length);
  next = offsets.slice(0, ids.length);
  for (let node = 0; node < ids.length; node++) {
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
      const neighbour = unordered[k]!;
      neighbours[next[neighbour]!] = node;
      weights[next[neighbour]!++] = unorderedWeights[k]!;
    }
  }
  return { ids, offsets, neighbours, weights };
}

function assertConsistentEgoNetwork(input: EgoNetworkInput): void {
  if (!input.ego) throw new NetworkInputError('no ego: set "ego" to the id of the node that is the ego');

  const firstIndexOfNode = new Map<string, number>();
  input.nodes.forEach((node, index) => {
    const earlier = firstIndexOfNode.get(node.id);
    if (earlier !== undefined) {
      throw new NetworkInputError(`node ${index} repeats the id "${node.id}" of node ${earlier}: give every node its own id`);
    }
    firstIndexOfNode.set(node.id, index);
  });

  if (!firstIndexOfNode.has(input.ego)) {
    throw new NetworkInputError(`the ego "${input.ego}" is not among the nodes: add a node with that id or set "ego" to one of the node ids`);
  }

  const firstIndexOfTie = new Map<string, number>();
  input.edges.forEach((edge, index) => {
    const label = `edge ${index} (${edge.source} → ${edge.target})`;
    for (const end of [edge.source, edge.target]) {
      if (!firstIndexOfNode.has(end)) {
        throw new NetworkInputError(`${label} names "${end}", which is not a node: add it to "nodes" or remove the edge`);
      }
    }
    if (edge.source === edge.target) {
      throw new NetworkInputError(`${label} ties a node to itself: remove it, a self-loop is not a tie`);
    }
    const tieKey = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const earlier = firstIndexOfTie.get(tieKey);
    if (earlier !== undefined) {
      throw new NetworkInputError(`${label} repeats the tie of edge ${earlier} (ties are undirected): keep one of them`);
    }
    firstIndexOfTie.set(tieKey, index);
    if (!isValidWeight(edge.weight)) {
      throw new NetworkInputError(
        `${label} has weight ${String(edge.weight)}: a weight is tie strength and must be a positive finite number (or null when unknown)`,
      );
    }
  });
}

function isValidWeight(weight: NetworkEdge["weight"]): boolean {
  return weight === undefined || weight === null || (Number.isFinite(weight) && weight > 0);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`)).join("");
}
