import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { warmPaths } from "./paths";
import { NetworkInputError, type EgoGraph } from "./types";

/** Weights in these graphs are already strengths in (0, 1]; a tie recorded without one counts as 0.5. */
const asStrength = (weight: number | null) => weight ?? 0.5;

function graphOf(ties: [string, string, number | null][], isolated: string[] = []): EgoGraph {
  const graph: EgoGraph = new UndirectedGraph();
  for (const id of isolated) graph.addNode(id, { node: { id } });
  for (const [source, target, weight] of ties) {
    for (const id of [source, target]) if (!graph.hasNode(id)) graph.addNode(id, { node: { id } });
    graph.addEdge(source, target, { weight });
  }
  return graph;
}

describe("warmPaths", () => {
  it("prefers a strong two-hop chain to a weak direct tie", () => {
    // Direct: 0.2. Through a: 0.8 x 0.8 = 0.64.
    const graph = graphOf([
      ["E", "t", 0.2],
      ["E", "a", 0.8],
      ["a", "t", 0.8],
    ]);
    const [path] = warmPaths(graph, "E", ["t"], { strengthOf: asStrength });
    expect(path?.nodes).toEqual(["E", "a", "t"]);
    expect(path?.strength).toBeCloseTo(0.64, 15);
  });

  it("takes the direct tie when a longer chain is exactly as strong", () => {
    // 0.5 x 0.6 = 0.3, the direct tie's strength, yet -ln 0.5 - ln 0.6 is one bit below -ln 0.3.
    expect(-Math.log(0.5) - Math.log(0.6)).toBeLessThan(-Math.log(0.3));
    const graph = graphOf([
      ["E", "a", 0.5],
      ["a", "t", 0.6],
      ["E", "t", 0.3],
    ]);
    expect(warmPaths(graph, "E", ["t"], { strengthOf: asStrength })).toEqual([{ target: "t", nodes: ["E", "t"], strength: 0.3 }]);
  });

  it("orders paths strongest first, then by fewer hops, then by target id, and keeps at most `limit`", () => {
    const graph = graphOf([
      ["E", "a", 0.9],
      ["E", "b", 0.5],
      ["E", "c", 0.5],
      ["E", "d", 1],
      ["d", "x", 0.5],
      ["E", "w", 0.1],
    ]);
    const all = warmPaths(graph, "E", ["w", "x", "c", "b", "a"], { strengthOf: asStrength, limit: 10 });
    expect(all.map((path) => path.target)).toEqual(["a", "b", "c", "x", "w"]);
    expect(all.find((path) => path.target === "x")?.nodes).toEqual(["E", "d", "x"]);
    expect(warmPaths(graph, "E", ["w", "x", "c", "b", "a"], { strengthOf: asStrength, limit: 2 }).map((path) => path.target)).toEqual(["a", "b"]);
    expect(warmPaths(graph, "E", ["a"], { strengthOf: asStrength, limit: 0 })).toEqual([]);
  });

  it("returns five paths by default", () => {
    const ties: [string, string, number][] = Array.from({ length: 8 }, (_, i) => ["E", `t${i}`, (i + 1) / 8]);
    const paths = warmPaths(graphOf(ties), "E", ties.map(([, target]) => target), { strengthOf: asStrength });
    expect(paths.map((path) => path.target)).toEqual(["t7", "t6", "t5", "t4", "t3"]);
  });

  it("leaves out unreachable targets, ignores the ego as a target and a repeated target", () => {
    const graph = graphOf([["E", "a", null], ["x", "y", 1]], ["lonely"]);
    expect(warmPaths(graph, "E", ["y", "lonely", "E", "a", "a"], { strengthOf: asStrength })).toEqual([{ target: "a", nodes: ["E", "a"], strength: 0.5 }]);
  });

  it("hands the recorded weight, null included, to strengthOf", () => {
    const seen: (number | null)[] = [];
    const graph = graphOf([["E", "a", 4], ["a", "b", null]]);
    const paths = warmPaths(graph, "E", ["b"], {
      strengthOf: (weight) => {
        seen.push(weight);
        return weight === null ? 0.5 : weight / 5;
      },
    });
    expect(seen.sort()).toEqual([4, null]);
    expect(paths[0]?.strength).toBeCloseTo(0.4, 15);
  });

  it("rejects strengths outside (0, 1], an unknown ego or target and a bad limit", () => {
    const graph = graphOf([["E", "a", 3]]);
    expect(() => warmPaths(graph, "E", ["a"], { strengthOf: (weight) => weight ?? 1 })).toThrow(NetworkInputError);
    expect(() => warmPaths(graph, "E", ["a"], { strengthOf: () => 0 })).toThrow("the strength of the tie E–a (weight 3) is 0, not in (0, 1]");
    expect(() => warmPaths(graph, "X", ["a"], { strengthOf: asStrength })).toThrow(NetworkInputError);
    expect(() => warmPaths(graph, "E", ["nobody"], { strengthOf: asStrength })).toThrow('target "nobody" is not in the graph');
    expect(() => warmPaths(graph, "E", ["a"], { strengthOf: asStrength, limit: -1 })).toThrow(NetworkInputError);
  });

  it("finds the strongest chain that exhaustive search finds, on small random graphs", () => {
    const nodes = ["E", "n1", "n2", "n3", "n4", "n5", "n6"];
    const tie = fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 14 }), (drawn) => {
        const graph = graphOf([], nodes);
        for (const [source, target, weight] of drawn) {
          if (source !== target && !graph.hasEdge(source, target)) graph.addEdge(source, target, { weight });
        }
        const strengthOf = (weight: number | null) => (weight ?? 5) / 5;

        // Strongest simple chain from E to every node, by trying them all.
        const best = new Map<string, number>();
        const walk = (node: string, visited: Set<string>, strength: number) => {
          if (node !== "E") best.set(node, Math.max(best.get(node) ?? 0, strength));
          graph.forEachNeighbor(node, (next) => {
            if (visited.has(next)) return;
            walk(next, new Set(visited).add(next), strength * strengthOf(graph.getEdgeAttribute(node, next, "weight")));
          });
        };
        walk("E", new Set(["E"]), 1);

        const paths = warmPaths(graph, "E", nodes, { strengthOf, limit: nodes.length });
        expect(paths.map((path) => path.target).sort()).toEqual([...best.keys()].sort());
        for (const path of paths) {
          expect(path.strength).toBeCloseTo(best.get(path.target)!, 12);
          expect(path.nodes[0]).toBe("E");
          expect(path.nodes.at(-1)).toBe(path.target);
          const product = path.nodes.slice(1).reduce((strength, node, i) => strength * strengthOf(graph.getEdgeAttribute(path.nodes[i]!, node, "weight")), 1);
          expect(product).toBe(path.strength);
        }
        for (let i = 1; i < paths.length; i++) expect(paths[i]!.strength).toBeLessThanOrEqual(paths[i - 1]!.strength + 1e-12);
      }),
    );
  });
});
