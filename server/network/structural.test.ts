import fc from "fast-check";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { describe, expect, it } from "vitest";
import { betweenness, degreeCentrality, strength } from "./centrality";
import { egoBetweenness, egoMetrics, nodeMetrics, weightedMetrics } from "./ego";
import { loadVector, VECTOR_NAMES } from "./fixtures";
import { alterGraph, buildEgoGraph, parseEgoNetworkInput } from "./graph";
import { burtMeasures, localConstraints } from "./structural-holes";
import type { EgoGraph, NetworkEdge } from "./types";

/** Where `actual` differs from `expected`: numbers within relative 1e-9 (absolute 1e-12 near 0), nulls and keys exactly. */
function mismatches(actual: unknown, expected: unknown, at = "$"): string[] {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [`${at}: expected ${expected}, got ${String(actual)}`];
    const tolerance = Math.max(1e-9 * Math.abs(expected), 1e-12);
    return Math.abs(actual - expected) <= tolerance ? [] : [`${at}: expected ${expected}, got ${actual}`];
  }
  if (expected === null || typeof expected !== "object") {
    return Object.is(actual, expected) ? [] : [`${at}: expected ${String(expected)}, got ${String(actual)}`];
  }
  if (actual === null || typeof actual !== "object") return [`${at}: expected an object, got ${String(actual)}`];
  const expectedRecord = expected as Record<string, unknown>;
  const actualRecord = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(expectedRecord), ...Object.keys(actualRecord)])];
  return keys.flatMap((key) =>
    key in actualRecord && key in expectedRecord
      ? mismatches(actualRecord[key], expectedRecord[key], `${at}.${key}`)
      : [`${at}.${key}: ${key in actualRecord ? "unexpected" : "missing"}`],
  );
}

describe.each(VECTOR_NAMES)("reference vector %s", (name) => {
  const vector = loadVector(name);
  const graph = buildEgoGraph(parseEgoNetworkInput(vector));

  it("has the ego metrics", () => {
    expect(mismatches(egoMetrics(graph, vector.ego), vector.ego_metrics)).toEqual([]);
  });

  it("has the node metrics with the ego", () => {
    expect(mismatches(nodeMetrics(graph), vector.node_metrics.with_ego)).toEqual([]);
  });

  it("has the node metrics without the ego", () => {
    expect(mismatches(nodeMetrics(alterGraph(graph, vector.ego)), vector.node_metrics.without_ego)).toEqual([]);
  });

  it("has the weighted metrics, or none when unweighted", () => {
    expect(mismatches(weightedMetrics(graph, vector.ego), vector.weighted_metrics)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Random ego networks: ego "E" tied to alters a0…a(n−1), a random set of alter ties, strengths 1…5.

interface RandomEgoNetwork {
  alterCount: number;
  alterTies: [number, number][];
  weights: number[];
}

const randomEgoNetwork = (maxAlters = 9) =>
  fc.integer({ min: 1, max: maxAlters }).chain((alterCount) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < alterCount; i++) for (let j = i + 1; j < alterCount; j++) pairs.push([i, j]);
    return fc.record({
      alterCount: fc.constant(alterCount),
      alterTies: fc.subarray(pairs),
      weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: alterCount + pairs.length, maxLength: alterCount + pairs.length }),
    });
  });

function toGraph({ alterCount, alterTies, weights }: RandomEgoNetwork, options: { egoTiedTo?: (alter: number) => boolean } = {}): EgoGraph {
  const alters = Array.from({ length: alterCount }, (_, index) => `a${index}`);
  const egoTies: NetworkEdge[] = alters
    .filter((_, index) => options.egoTiedTo?.(index) ?? true)
    .map((alter) => ({ source: "E", target: alter }));
  const edges = [...egoTies, ...alterTies.map(([i, j]) => ({ source: alters[i]!, target: alters[j]! }))].map((edge, index) => ({
    ...edge,
    weight: weights[index]!,
  }));
  return buildEgoGraph({ ego: "E", nodes: [{ id: "E" }, ...alters.map((id) => ({ id }))], edges });
}

describe("structural holes on random ego networks", () => {
  it("density among the alters lies in [0, 1]", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), (network) => {
        const { density_alters } = egoMetrics(toGraph(network), "E");
        expect(density_alters).toBeGreaterThanOrEqual(0);
        expect(density_alters).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("unweighted constraint is at least 1/degree, exactly 1/degree when no two contacts are tied", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), (network) => {
        const graph = toGraph(network);
        const { constraint } = burtMeasures(graph, { weighted: false });
        graph.forEachNode((node) => {
          const contacts = graph.neighbors(node);
          const lowerBound = 1 / contacts.length;
          const contactsTied = contacts.some((contact) => contacts.some((other) => graph.areNeighbors(contact, other)));
          if (contactsTied) expect(constraint[node]).toBeGreaterThan(lowerBound);
          else expect(constraint[node]).toBeCloseTo(lowerBound, 12);
        });
      }),
    );
  });

  it("efficiency lies in (0, 1], weighted or not", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), fc.boolean(), (network, weighted) => {
        const graph = toGraph(network);
        const { efficiency } = burtMeasures(graph, { weighted });
        graph.forEachNode((node) => {
          expect(efficiency[node]).toBeGreaterThan(0);
          expect(efficiency[node]).toBeLessThanOrEqual(1 + 1e-12);
        });
      }),
    );
  });

  it("a new tie between two alters never raises the ego's effective size", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), fc.nat(), (network, choice) => {
        const tied = new Set(network.alterTies.map(([i, j]) => `${i}-${j}`));
        const untied: [number, number][] = [];
        for (let i = 0; i < network.alterCount; i++) {
          for (let j = i + 1; j < network.alterCount; j++) if (!tied.has(`${i}-${j}`)) untied.push([i, j]);
        }
        fc.pre(untied.length > 0);
        const denser = { ...network, alterTies: [...network.alterTies, untied[choice % untied.length]!], weights: [...network.weights, 1] };
        const before = egoMetrics(toGraph(network), "E").effective_size!;
        const after = egoMetrics(toGraph(denser), "E").effective_size!;
        expect(after).toBeLessThan(before);
      }),
    );
  });

  it("local constraints sum to the constraint; hierarchy is 0 when they are all equal", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), fc.boolean(), (network, weighted) => {
        const graph = toGraph(network);
        const local = Object.values(localConstraints(graph, "E", { weighted }));
        const { constraint, hierarchy } = burtMeasures(graph, { weighted });
        expect(local.reduce((sum, value) => sum + value, 0)).toBeCloseTo(constraint.E!, 12);
        if (local.length > 1 && local.every((value) => Math.abs(value - local[0]!) < 1e-15)) expect(hierarchy.E).toBeCloseTo(0, 12);
      }),
    );
  });

  it("an isolated node has no Burt measures", () => {
    const graph = toGraph({ alterCount: 2, alterTies: [], weights: [1, 1] }, { egoTiedTo: (alter) => alter === 0 });
    expect(burtMeasures(graph, { weighted: true })).toEqual({
      effectiveSize: { E: 1, a0: 1, a1: null },
      efficiency: { E: 1, a0: 1, a1: null },
      constraint: { E: 1, a0: 1, a1: null },
      hierarchy: { E: 1, a0: 1, a1: null },
    });
    expect(localConstraints(graph, "a1", { weighted: false })).toEqual({});
  });
});

describe("centrality", () => {
  it("betweenness agrees with graphology-metrics, unweighted and by the distance 1/strength", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), fc.boolean(), fc.boolean(), (network, normalized, weighted) => {
        const graph = toGraph(network, { egoTiedTo: (alter) => alter % 3 !== 2 });
        const getEdgeWeight = weighted ? (_edge: string, attributes: { weight: number | null }) => 1 / (attributes.weight ?? 1) : null;
        const reference = betweennessCentrality(graph, { normalized, getEdgeWeight });
        expect(mismatches(betweenness(graph, { normalized, weighted }), reference)).toEqual([]);
      }),
    );
  });

  it("the ego's betweenness shortcut equals Brandes, tied to every alter or not", () => {
    fc.assert(
      fc.property(randomEgoNetwork(), fc.boolean(), (network, everyAlter) => {
        const graph = toGraph(network, { egoTiedTo: (alter) => everyAlter || alter !== 0 });
        expect(egoBetweenness(graph, "E")).toBeCloseTo(betweenness(graph, { normalized: false }).E!, 12);
      }),
    );
  });

  it("a strong tie is a short path", () => {
    // a0 reaches a2 directly by a weak tie (distance 1) or via a1 by two strong ones (1/4 + 1/4).
    const graph = buildEgoGraph({
      ego: "a0",
      nodes: [{ id: "a0" }, { id: "a1" }, { id: "a2" }],
      edges: [
        { source: "a0", target: "a2", weight: 1 },
        { source: "a0", target: "a1", weight: 4 },
        { source: "a1", target: "a2", weight: 4 },
      ],
    });
    expect(betweenness(graph, { normalized: false, weighted: true })).toEqual({ a0: 0, a1: 1, a2: 0 });
    expect(betweenness(graph, { normalized: false })).toEqual({ a0: 0, a1: 0, a2: 0 });
  });

  it("degree centrality of a lone node is 1; strength counts a tie without a strength as 1", () => {
    const lone = buildEgoGraph({ ego: "E", nodes: [{ id: "E" }], edges: [] });
    expect(degreeCentrality(lone)).toEqual({ E: 1 });
    const graph = buildEgoGraph({
      ego: "E",
      nodes: [{ id: "E" }, { id: "a0" }, { id: "a1" }],
      edges: [
        { source: "E", target: "a0", weight: 3 },
        { source: "E", target: "a1" },
      ],
    });
    expect(strength(graph)).toEqual({ E: 4, a0: 3, a1: 1 });
  });

  it("has no weighted metrics when no tie has a strength", () => {
    const graph = buildEgoGraph({ ego: "E", nodes: [{ id: "E" }, { id: "a0" }], edges: [{ source: "E", target: "a0", weight: null }] });
    expect(weightedMetrics(graph, "E")).toBeNull();
  });
});
