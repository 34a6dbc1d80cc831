"""Reads exported files as a researcher's script would, and prints what it found as JSON.

usage: python3 read_exports.py GRAPHML CONCEPTS_CSV RELATIONS_CSV EDGE_ID NODE_ID

networkx reads the GraphML (typed attributes become Python values), the csv module reads the two
tables. The test compares the counts and the typed sample with the API's answers.
"""

import csv
import json
import sys

import networkx as nx


def typed(attributes):
    """Each attribute as [value, Python type name], so the test sees what networkx made of it."""
    return {name: [value, type(value).__name__] for name, value in attributes.items()}


def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(graphml, concepts_csv, relations_csv, edge_id, node_id):
    graph = nx.read_graphml(graphml)
    edge = next(
        (data for _, _, data in graph.edges(data=True) if data.get("id") == edge_id), None
    )
    concepts = table(concepts_csv)
    relations = table(relations_csv)
    concept_ids = {c["id"] for c in concepts}
    print(
        json.dumps(
            {
                "networkx": nx.__version__,
                "graphml": {
                    "directed": graph.is_directed(),
                    "nodes": graph.number_of_nodes(),
                    "edges": graph.number_of_edges(),
                    "graph": typed(graph.graph),
                    "kinds": sorted({d.get("kind") for _, d in graph.nodes(data=True)}),
                    "bases": sorted({d.get("basis") for _, _, d in graph.edges(data=True)}),
                    "edge": typed(edge) if edge is not None else None,
                    "node": typed(graph.nodes[node_id]) if node_id in graph else None,
                },
                "csv": {
                    "concepts": len(concepts),
                    "relations": len(relations),
                    "dangling": sum(
                        1 for r in relations if r["from"] not in concept_ids or r["to"] not in concept_ids
                    ),
                    "relation": next((r for r in relations if r["id"] == edge_id), None),
                    "concept": next((c for c in concepts if c["id"] == node_id), None),
                },
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:6])
