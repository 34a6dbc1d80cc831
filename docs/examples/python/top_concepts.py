"""The most central concepts of a graph, computed with networkx from what the GraphQL API returns.

usage: python3 top_concepts.py API_URL [--graph ID] [--top N] [--json] [--where JSON]

API_URL is the GraphQL endpoint (for example http://localhost:4000/graphql). The script pulls
every concept and every meaning relation (structural ones, such as "a section contains", are
left out), page by page, and builds the graphs the server's own `Concept.centrality` uses:

- betweenness: nx.betweenness_centrality of the undirected simple graph (directions and
  parallel relations collapsed, self-loops dropped), normalized;
- PageRank: nx.pagerank of the directed simple graph (parallel relations collapsed), alpha 0.85.

On graphs of up to 5,000 concepts the numbers equal the server's; on larger ones the server
estimates betweenness from 500 sampled sources, so its values are close, not equal.
`--where` passes a RelationFilter (JSON) to `relations`, to study a part of the meaning graph.
Only the standard library talks HTTP: requirements.txt lists networkx and what its pagerank needs.
"""

import argparse
import json
import sys
import urllib.request

import networkx as nx

PAGE = 500  # the API's largest page

CONCEPTS = """
query Concepts($graph: ID, $first: Int, $after: String) {
  concepts(graph: $graph, first: $first, after: $after) {
    nodes { id labels { id en } }
    pageInfo { hasNextPage endCursor }
  }
}"""

RELATIONS = """
query Relations($graph: ID, $where: RelationFilter, $first: Int, $after: String) {
  relations(graph: $graph, scope: MEANING, where: $where, first: $first, after: $after) {
    nodes { from { id } to { id } }
    pageInfo { hasNextPage endCursor }
  }
}"""


def post(url, query, variables):
    """One GraphQL request; its `data`, or an exception that carries the API's messages."""
    body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        headers={"content-type": "application/json", "accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise RuntimeError("; ".join(e.get("message", "?") for e in answer["errors"]))
    return answer["data"]


def every(url, query, field, variables):
    """All nodes of a connection, following `endCursor` until the last page."""
    nodes, after = [], None
    while True:
        page = post(url, query, {**variables, "first": PAGE, "after": after})[field]
        nodes.extend(page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["pageInfo"]["endCursor"]


def centrality(concepts, relations):
    """Betweenness and PageRank by concept id, with the rules the server uses."""
    ids = [c["id"] for c in concepts]
    arcs = [(r["from"]["id"], r["to"]["id"]) for r in relations]
    simple = [(a, b) for a, b in arcs if a != b]
    undirected = nx.Graph()
    undirected.add_nodes_from(ids)
    undirected.add_edges_from(simple)  # a Graph keeps one edge per pair, whatever the direction
    directed = nx.DiGraph()
    directed.add_nodes_from(ids)
    directed.add_edges_from(simple)  # a DiGraph keeps one arc per ordered pair
    return nx.betweenness_centrality(undirected), nx.pagerank(directed, alpha=0.85)


def top(scores, labels, n):
    """The n best, highest first; ties by id so that the list repeats."""
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [{"id": i, "label": labels[i], "value": v} for i, v in ranked[:n]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", help="the GraphQL endpoint (http://localhost:4000/graphql)")
    parser.add_argument("--graph", help="the graph id (may be left out while one graph is loaded)")
    parser.add_argument("--top", type=int, default=10, help="how many concepts to list (10)")
    parser.add_argument("--lang", choices=["id", "en"], default="en", help="label language (en)")
    parser.add_argument("--where", type=json.loads, help="a RelationFilter, as JSON")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    variables = {"graph": args.graph}
    concepts = every(args.url, CONCEPTS, "concepts", variables)
    relations = every(args.url, RELATIONS, "relations", {**variables, "where": args.where})
    betweenness, pagerank = centrality(concepts, relations)
    labels = {c["id"]: c["labels"][args.lang] or c["labels"]["id"] for c in concepts}
    result = {
        "graph": args.graph,
        "concepts": len(concepts),
        "relations": len(relations),
        "networkx": nx.__version__,
        "betweenness": top(betweenness, labels, args.top),
        "pagerank": top(pagerank, labels, args.top),
    }
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    print(f"{len(concepts)} concepts, {len(relations)} meaning relations")
    for name in ("betweenness", "pagerank"):
        print(f"\nTop {args.top} by {name}:")
        for rank, row in enumerate(result[name], 1):
            print(f"{rank:>3}. {row['value']:.6f}  {row['label']} ({row['id']})")


if __name__ == "__main__":
    main()
