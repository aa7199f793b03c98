import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { dominantLabel, louvainCommunities, modularity, type Communities } from "./communities";
import { loadVector, VECTOR_NAMES, type ReferenceVector } from "./fixtures";
import { NetworkInputError, type EgoGraph } from "./types";

/** The vector's Louvain block; null when it has no alter ties. */
const communitiesOf = (vector: ReferenceVector) => vector.communities as unknown as Communities | null;

/** The alters-only graph of a vector: the ego and its ties left out. */
function alterGraphOf(vector: ReferenceVector): EgoGraph {
  const graph: EgoGraph = new UndirectedGraph();
  for (const node of vector.nodes) if (!node.is_ego) graph.addNode(node.id, { node });
  for (const edge of vector.edges) if (!edge.ego_tie) graph.addEdge(edge.source, edge.target, { weight: edge.weight ?? null });
  return graph;
}

function graphOf(nodes: string[], ties: [string, string, number?][]): EgoGraph {
  const graph: EgoGraph = new UndirectedGraph();
  for (const id of nodes) graph.addNode(id, { node: { id } });
  for (const [source, target, weight] of ties) graph.addEdge(source, target, { weight: weight ?? null });
  return graph;
}

describe("modularity against the NetworkX vectors", () => {
  it("has vectors to check", () => expect(VECTOR_NAMES.length).toBeGreaterThanOrEqual(9));

  for (const name of VECTOR_NAMES) {
    it(`${name}: Q of the vector's partition`, () => {
      const vector = loadVector(name);
      const graph = alterGraphOf(vector);
      const expectedCommunities = communitiesOf(vector);
      if (expectedCommunities === null) {
        // No alter ties: the vector leaves the block out, and modularity is undefined.
        expect(graph.size).toBe(0);
        expect(modularity(graph, graph.nodes().map((node) => [node]))).toBeNull();
        return;
      }
      const { partition, modularity: expected } = expectedCommunities;
      expect(expected).not.toBeNull();
      const actual = modularity(graph, partition);
      expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected!)));
    });
  }
});

describe("modularity", () => {
  it("computes Q by hand for two triangles joined by one tie", () => {
    // m = 7; each triangle has L_c = 3 and d_c = 7: Q = 2 x (3/7 - (7/14)^2) = 6/7 - 1/2.
    const graph = graphOf(["a", "b", "c", "x", "y", "z"], [["a", "b"], ["b", "c"], ["a", "c"], ["x", "y"], ["y", "z"], ["x", "z"], ["c", "x"]]);
    expect(modularity(graph, [["a", "b", "c"], ["x", "y", "z"]])).toBeCloseTo(6 / 7 - 1 / 2, 15);
    // One community holding everyone: L/m = 1 and (d/2m)^2 = 1.
    expect(modularity(graph, [graph.nodes()])).toBe(0);
  });

  it("uses tie strength only when asked, a missing weight counting as 1", () => {
    // Weighted, a-b = 3 and b-c = 1 (missing): m = 4; {a,b} has L = 3 and d = 3 + (3 + 1) = 7; {c} has d = 1.
    // Q = 3/4 - (7/8)^2 + 0 - (1/8)^2 = 0.75 - 0.765625 - 0.015625 = -0.03125.
    const graph = graphOf(["a", "b", "c"], [["a", "b", 3], ["b", "c"]]);
    expect(modularity(graph, [["a", "b"], ["c"]], { weighted: true })).toBeCloseTo(-0.03125, 15);
    // Unweighted: m = 2; Q = 1/2 - (3/4)^2 - (1/4)^2 = -0.125.
    expect(modularity(graph, [["a", "b"], ["c"]])).toBeCloseTo(-0.125, 15);
  });

  it("rejects something that is not a partition of the graph's nodes", () => {
    const graph = graphOf(["a", "b", "c"], [["a", "b"]]);
    expect(() => modularity(graph, [["a", "b"]])).toThrow('"c" is in no community of the partition');
    expect(() => modularity(graph, [["a", "b"], ["b", "c"]])).toThrow(NetworkInputError);
    expect(() => modularity(graph, [["a", "b", "c", "d"]])).toThrow('partition member "d" is not in the graph');
  });
});

describe("louvainCommunities", () => {
  it("finds exactly the two cliques on two_cliques_bridged, with Q = 0.5", () => {
    const result = louvainCommunities(alterGraphOf(loadVector("two_cliques_bridged")));
    expect(result.partition).toEqual([
      ["a0", "a1", "a2", "a3"],
      ["b0", "b1", "b2", "b3"],
    ]);
    expect(result.modularity).toBeCloseTo(0.5, 12);
  });

  it("reaches the NetworkX modularity on random_20 (within 0.02, or higher)", () => {
    const vector = loadVector("random_20");
    const result = louvainCommunities(alterGraphOf(vector));
    expect(result.modularity!).toBeGreaterThanOrEqual(communitiesOf(vector)!.modularity! - 0.02);
    expect(modularity(alterGraphOf(vector), result.partition)).toBe(result.modularity);
  });

  it("returns a partition of the nodes: each list sorted, lists ordered by their first member", () => {
    const graph = alterGraphOf(loadVector("random_20"));
    const { partition } = louvainCommunities(graph, { seed: 7 });
    expect(partition.flat().sort()).toEqual(graph.nodes().sort());
    for (const community of partition) expect(community).toEqual([...community].sort());
    const firsts = partition.map((community) => community[0]!);
    expect(firsts).toEqual([...firsts].sort());
  });

  it("gives the same partition for the same seed", () => {
    const graph = alterGraphOf(loadVector("random_20"));
    for (const seed of [1, 42, 2024]) expect(louvainCommunities(graph, { seed })).toEqual(louvainCommunities(graph, { seed }));
  });

  it("returns singletons and a null modularity on an edgeless graph, and nothing on an empty one", () => {
    expect(louvainCommunities(alterGraphOf(loadVector("star_5")))).toEqual({ partition: [["a0"], ["a1"], ["a2"], ["a3"], ["a4"]], modularity: null });
    expect(louvainCommunities(graphOf([], []))).toEqual({ partition: [], modularity: null });
  });

  it("lets strong ties pull a node into their cluster when weighted", () => {
    // m is a tie between two triangles, tied weakly (1) to one and strongly (10) to the other.
    const graph = graphOf(
      ["a", "b", "c", "m", "x", "y", "z"],
      [["a", "b", 10], ["b", "c", 10], ["a", "c", 10], ["x", "y", 10], ["y", "z", 10], ["x", "z", 10], ["m", "a", 1], ["m", "b", 1], ["m", "x", 10], ["m", "y", 10]],
    );
    const weighted = louvainCommunities(graph, { weighted: true });
    expect(weighted.partition).toEqual([["a", "b", "c"], ["m", "x", "y", "z"]]);
    expect(weighted.modularity).toBe(modularity(graph, weighted.partition, { weighted: true }));
  });
});

describe("dominantLabel", () => {
  const labels: Record<string, string[]> = { a: ["Climbing", "Acme"], b: ["Acme", "Acme"], c: ["Climbing"], d: [] };
  const labelsOf = (id: string) => labels[id] ?? [];

  it("names the label most members carry, each member counted once, with its share", () => {
    expect(dominantLabel(["a", "b", "d"], labelsOf)).toEqual({ label: "Acme", share: 2 / 3 });
  });

  it("breaks ties alphabetically", () => {
    expect(dominantLabel(["a", "b", "c"], labelsOf)).toEqual({ label: "Acme", share: 2 / 3 });
    expect(dominantLabel(["b", "c"], labelsOf)).toEqual({ label: "Acme", share: 1 / 2 });
  });

  it("is null when no member carries a label", () => {
    expect(dominantLabel(["d"], labelsOf)).toBeNull();
    expect(dominantLabel([], labelsOf)).toBeNull();
  });
});
