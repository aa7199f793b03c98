import { describe, expect, it } from "vitest";
import { loadVector } from "./fixtures";
import { alterGraph, buildEgoGraph, compactAdjacency, hasWeights, parseEgoNetworkInput } from "./graph";
import { NetworkInputError, type EgoNetworkInput, type NetworkEdge } from "./types";

const nodes = [{ id: "E" }, { id: "a0" }, { id: "a1" }];
const network = (edges: NetworkEdge[], overrides: Partial<EgoNetworkInput> = {}): EgoNetworkInput => ({ ego: "E", nodes, edges, ...overrides });
const egoTies: NetworkEdge[] = [
  { source: "E", target: "a0" },
  { source: "E", target: "a1" },
];

describe("bad input", () => {
  const cases: [string, unknown, string][] = [
    ["not an object", "graph", 'ego network input: expected object, received string'],
    ["no ego field", { nodes, edges: [] }, 'ego network input: "ego": "ego" must name the node that is the ego (its id, a string)'],
    ["an empty ego", network([], { ego: "" }), 'no ego: set "ego" to the id of the node that is the ego'],
    ["an ego that is not a node", network([], { ego: "Z" }), 'the ego "Z" is not among the nodes: add a node with that id or set "ego" to one of the node ids'],
    ["a node without an id", { ego: "E", nodes: [{ id: "E" }, { name: "x" }], edges: [] }, 'ego network input: "nodes[1].id": expected string, received undefined'],
    ["a malformed date", { ego: "E", nodes: [{ id: "E" }, { id: "a0", tie_since: "2020-13-01" }], edges: [] }, 'ego network input: "nodes[1].tie_since": expected a YYYY-MM-DD date'],
    ["a duplicate node id", network([], { nodes: [...nodes, { id: "a0" }] }), 'node 3 repeats the id "a0" of node 1: give every node its own id'],
    [
      "an edge to an unknown node",
      network([...egoTies, { source: "a0", target: "zz" }]),
      'edge 2 (a0 → zz) names "zz", which is not a node: add it to "nodes" or remove the edge',
    ],
    ["a self-loop", network([...egoTies, { source: "a1", target: "a1" }]), "edge 2 (a1 → a1) ties a node to itself: remove it, a self-loop is not a tie"],
    [
      "the same tie twice, in either direction",
      network([...egoTies, { source: "a0", target: "E" }]),
      "edge 2 (a0 → E) repeats the tie of edge 0 (ties are undirected): keep one of them",
    ],
    [
      "a negative weight",
      network([...egoTies, { source: "a0", target: "a1", weight: -2 }]),
      "edge 2 (a0 → a1) has weight -2: a weight is tie strength and must be a positive finite number (or null when unknown)",
    ],
    [
      "a zero weight",
      network([{ source: "E", target: "a0", weight: 0 }]),
      "edge 0 (E → a0) has weight 0: a weight is tie strength and must be a positive finite number (or null when unknown)",
    ],
    ["a weight that is not a number", network([{ source: "E", target: "a0", weight: "3" as unknown as number }]), 'ego network input: "edges[0].weight": expected number, received string'],
  ];

  it.each(cases)("rejects %s with its message", (_case, input, message) => {
    expect(() => parseEgoNetworkInput(input)).toThrow(new NetworkInputError(message));
  });

  it("rejects inconsistent input built in code, before building the graph", () => {
    expect(() => buildEgoGraph(network([{ source: "E", target: "a0", weight: Number.POSITIVE_INFINITY }]))).toThrow(
      new NetworkInputError("edge 0 (E → a0) has weight Infinity: a weight is tie strength and must be a positive finite number (or null when unknown)"),
    );
    expect(() => buildEgoGraph(network([{ source: "E", target: "a0", weight: Number.NaN }]))).toThrow(NetworkInputError);
    expect(() => buildEgoGraph(network([{ source: "E", target: "nobody" }]))).toThrow(/names "nobody", which is not a node/);
  });
});

describe("the ego graph", () => {
  it("is undirected, keeps every node's data and the tie strengths", () => {
    const input = parseEgoNetworkInput(loadVector("weighted_small"));
    const graph = buildEgoGraph(input);
    expect(graph.type).toBe("undirected");
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(12);
    expect(graph.getNodeAttribute("a1", "node")).toMatchObject({ id: "a1", city: "Paris", tie_contexts: ["work", "sport"], is_ego: false });
    expect(graph.getEdgeAttribute(graph.edge("a2", "a1")!, "weight")).toBe(5);
    expect(hasWeights(graph)).toBe(true);
  });

  it("keeps a missing weight as null and is unweighted when no tie has one", () => {
    const graph = buildEgoGraph(network([{ source: "E", target: "a0" }, { source: "E", target: "a1", weight: null }]));
    expect(graph.getEdgeAttribute("E", "a0", "weight")).toBeNull();
    expect(hasWeights(graph)).toBe(false);
  });

  it("without the ego keeps the alters and only their ties, leaving the ego network intact", () => {
    const graph = buildEgoGraph(network([...egoTies, { source: "a1", target: "a0", weight: 2 }]));
    const alters = alterGraph(graph, "E");
    expect(alters.type).toBe("undirected");
    expect(alters.nodes()).toEqual(["a0", "a1"]);
    expect(alters.edges().map((edge) => [...alters.extremities(edge), alters.getEdgeAttribute(edge, "weight")])).toEqual([["a1", "a0", 2]]);
    expect(graph.order).toBe(3);
  });

  it("lists each node's neighbours and strengths compactly, a tie without a strength counting 1", () => {
    const graph = buildEgoGraph(network([{ source: "E", target: "a0", weight: 3 }, { source: "a1", target: "E" }]));
    const weighted = compactAdjacency(graph, { weighted: true });
    expect(weighted.ids).toEqual(["E", "a0", "a1"]);
    expect([...weighted.offsets]).toEqual([0, 2, 3, 4]);
    expect([...weighted.neighbours]).toEqual([1, 2, 0, 0]);
    expect([...weighted.weights]).toEqual([3, 1, 3, 1]);
    expect([...compactAdjacency(graph, { weighted: false }).weights]).toEqual([1, 1, 1, 1]);
  });
});
