"""Times NetworkX on the graph bench/network.ts measures (run by it with BENCH_NETWORKX=1).

Reads the graph JSON given, prints one JSON object: seconds per measure, keyed as the Kith
benchmark names them, and the NetworkX version. NetworkX is not a dependency of Kith.
"""
import json
import math
import sys
import time
from collections import Counter
from datetime import date

import networkx as nx


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def heterogeneity(values, domain):
    valid = [v for v in values if v is not None]
    counts = Counter(valid)
    p = [counts[k] / len(valid) for k in domain if counts[k]]
    blau = 1 - sum(x * x for x in p)
    return blau, blau * len(domain) / (len(domain) - 1), -sum(x * math.log(x) for x in p)


def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def tie_attributes(nodes, ego):
    reference = date.fromisoformat("2025-01-01")
    result = {}
    for node in nodes:
        if node["id"] == ego["id"]:
            continue
        days = (reference - date.fromisoformat(node["tie_since"])).days if node.get("tie_since") else None
        distance = haversine((ego["lat"], ego["lon"]), (node["lat"], node["lon"])) if node.get("lat") is not None else None
        result[node["id"]] = (days, len(set(node.get("tie_contexts") or [])), distance)
    return result


def main():
    document = json.load(open(sys.argv[1]))
    graph = nx.Graph()
    graph.add_nodes_from(node["id"] for node in document["nodes"])
    graph.add_edges_from((edge["source"], edge["target"]) for edge in document["edges"])
    ego = document["ego"]
    alters = graph.subgraph([n for n in graph if n != ego]).copy()
    nodes = document["nodes"]
    ego_node = next(node for node in nodes if node["id"] == ego)
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
        "heterogeneity": timed(lambda: [heterogeneity([n.get(a) for n in nodes if n["id"] != ego], d) for a, d in document["domains"].items()]),
        "tie attributes": timed(lambda: tie_attributes(nodes, ego_node)),
        "communities": timed(lambda: nx.community.louvain_communities(alters, seed=42)),
        "betweenness": timed(lambda: nx.betweenness_centrality(alters)),
    }
    print(json.dumps(seconds))


main()
