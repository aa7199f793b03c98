import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { brokers } from "./brokerage";
import { louvainCommunities, type Communities } from "./communities";
import { loadVector } from "./fixtures";
import { NetworkInputError, type EgoGraph } from "./types";

const twoCliques = loadVector("two_cliques_bridged");
const twoCliquesPartition = (twoCliques.communities as unknown as Communities).partition;

function twoCliquesAlterGraph(): EgoGraph {
  const graph: EgoGraph = new UndirectedGraph();
  for (const node of twoCliques.nodes) if (!node.is_ego) graph.addNode(node.id, { node });
  for (const edge of twoCliques.edges) if (!edge.ego_tie) graph.addEdge(edge.source, edge.target, { weight: null });
  return graph;
}

function graphOf(ties: [string, string][]): EgoGraph {
  const graph: EgoGraph = new UndirectedGraph();
  for (const [source, target] of ties) {
    for (const id of [source, target]) if (!graph.hasNode(id)) graph.addNode(id, { node: { id } });
    graph.addEdge(source, target, { weight: null });
  }
  return graph;
}

describe("brokers", () => {
  it("finds no alter broker on two_cliques_bridged, where the ego is the only bridge", () => {
    expect(brokers(twoCliquesAlterGraph(), twoCliquesPartition)).toEqual([]);
  });

  it("finds both ends of a tie bridging the two cliques", () => {
    const graph = twoCliquesAlterGraph();
    graph.addEdge("a3", "b0", { weight: null });
    const { partition } = louvainCommunities(graph);
    expect(partition).toEqual(twoCliquesPartition);
    // a3 knows a0, a1, a2 on its side and b0 on the other, and none of the three knows b0.
    expect(brokers(graph, partition)).toEqual([
      { id: "a3", bridgedPairs: 3, communities: [0, 1] },
      { id: "b0", bridgedPairs: 3, communities: [0, 1] },
    ]);
  });

  it("ranks the hub of a star of cliques first, then the clique members tied to it", () => {
    const triangle = (p: string): [string, string][] => [
      [`${p}1`, `${p}2`],
      [`${p}2`, `${p}3`],
      [`${p}1`, `${p}3`],
    ];
    const graph = graphOf([...triangle("c"), ...triangle("b"), ...triangle("a"), ["h", "a1"], ["h", "b1"], ["h", "c1"]]);
    const partition = [["a1", "a2", "a3", "h"], ["b1", "b2", "b3"], ["c1", "c2", "c3"]];
    // h bridges a1-b1, a1-c1 and b1-c1. b1 bridges h with b2 and with b3; c1 likewise. a1's
    // contacts (a2, a3, h) are all in its own community, so it brokers nothing.
    expect(brokers(graph, partition)).toEqual([
      { id: "h", bridgedPairs: 3, communities: [0, 1, 2] },
      { id: "b1", bridgedPairs: 2, communities: [0, 1] },
      { id: "c1", bridgedPairs: 2, communities: [0, 2] },
    ]);
  });

  it("does not count contacts in different communities who know each other", () => {
    const graph = graphOf([
      ["x", "p"],
      ["x", "q"],
      ["p", "q"],
    ]);
    expect(brokers(graph, [["p", "x"], ["q"]])).toEqual([]);
  });

  it("rejects a partition that leaves out a contact", () => {
    expect(() => brokers(graphOf([["x", "p"]]), [["x"]])).toThrow(NetworkInputError);
  });
});
