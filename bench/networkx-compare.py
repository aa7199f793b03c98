"""Times NetworkX on the graph bench/network.ts measures (run by it with BENCH_NETWORKX=1).

Reads the graph JSON given, prints one JSON object: seconds per measure, keyed as the Kith
benchmark names them, and the NetworkX version. Only measures NetworkX has are timed
(heterogeneity and tie attributes are not in it). NetworkX is not a dependency of Kith.
"""
import json
import sys
import time

import networkx as nx


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main():
    document = json.load(open(sys.argv[1]))
    graph = nx.Graph()
    graph.add_nodes_from(node["id"] for node in document["nodes"])
    graph.add_edges_from((edge["source"], edge["target"]) for edge in document["edges"])
    ego = document["ego"]
    alters = graph.subgraph([n for n in graph if n != ego]).copy()
    seconds = {
        "version": nx.__version__,
        # NetworkX's quickest way to the ego's Burt measures is the all-nodes matrix path (asking
        # for the ego alone takes its per-node loop, quadratic in the ego's degree).
        "ego measures": timed(
            lambda: (
                nx.density(alters),
                nx.density(graph),
                nx.effective_size(graph)[ego],
                nx.constraint(graph)[ego],
                nx.betweenness_centrality(graph, normalized=False)[ego],
            )
        ),
        "Burt measures": timed(lambda: (nx.effective_size(graph), nx.constraint(graph))),
        "communities": timed(lambda: nx.community.louvain_communities(alters, seed=42)),
        "betweenness": timed(lambda: nx.betweenness_centrality(alters)),
    }
    print(json.dumps(seconds))


main()
