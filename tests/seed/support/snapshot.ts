// Everything one graph has in the database, as sorted plain text: two snapshots are equal exactly
// when the nodes, labels, relationships and properties are.
import type { Database } from '../../../graph/db.js';

export interface GraphSnapshot {
  nodes: string[];
  relations: string[];
}

// What readers can see: a load's staged concepts and its claim are its own business until the
// switch (see graph/seed/load.ts), so they are counted apart, by leftovers().
const NODES = `
MATCH (n) WHERE (n.graph = $graph OR (n:Graph AND n.id = $graph))
  AND NOT (n:StagedConcept OR n:RetiredConcept OR n:SeedLoad)
RETURN labels(n) AS labels, properties(n) AS props`;

const LEFTOVERS = `
MATCH (n) WHERE n.graph = $graph AND (n:StagedConcept OR n:RetiredConcept OR n:SeedLoad)
RETURN count(n) AS n`;

/** Staged or retired concepts and claims of the graph: none once a load has completed. */
export async function leftovers(db: Database, graph: string): Promise<number> {
  const [row] = await db.readRows(LEFTOVERS, { graph });
  return Number(row?.n);
}

const RELATIONS = `
MATCH (a)-[r]->(b) WHERE r.graph = $graph AND NOT (a:StagedConcept OR a:RetiredConcept)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  }
  return value;
}

export async function snapshot(
  db: Database,
  graph: string,
  options: { ignore?: string[] } = {},
): Promise<GraphSnapshot> {
  const ignore = new Set(options.ignore ?? []);
  const clean = (props: unknown) =>
    Object.fromEntries(
      Object.entries(props as Record<string, unknown>).filter(([key]) => !ignore.has(key)),
    );
  const nodes = await db.readRows(NODES, { graph });
  const relations = await db.readRows(RELATIONS, { graph });
  return {
    nodes: nodes
      .map((n) =>
        JSON.stringify(
          sortedKeys({ labels: [...(n.labels as string[])].sort(), props: clean(n.props) }),
        ),
      )
      .sort(),
    relations: relations
      .map((r) =>
        JSON.stringify(sortedKeys({ type: r.type, from: r.from, to: r.to, props: clean(r.props) })),
      )
      .sort(),
  };
}

/** A snapshot with one graph id written as another, to compare two graphs' contents. */
export function renamed(s: GraphSnapshot, from: string, to: string): GraphSnapshot {
  const swap = (line: string) => line.split(JSON.stringify(from)).join(JSON.stringify(to));
  return { nodes: s.nodes.map(swap).sort(), relations: s.relations.map(swap).sort() };
}
