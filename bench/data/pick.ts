// Which concepts the API scenarios ask about, chosen from the loaded graph by degree, so that
// "low", "medium" and "high" mean the same thing on every graph and every run.
import type { Database, Row } from '../../graph/db.js';
import { readGraphs } from '../../graph/queries/graphs.js';
import { NESTED_FIRST } from '../ops/nested.js';
import { NEIGHBORHOOD_LIMIT } from '../ops/neighborhood.js';

/** The largest page the nested-query scenario asks for. */
export const MAX_PAGE = 100;

export interface Picks {
  relationTypes: string[];
  /** The declared types that are not document structure (what the explorer's paths follow). */
  meaningTypes: string[];
  /** The graph's declared kinds, in declaration order (the filtered page picks two). */
  kinds: string[];
  low: string;
  medium: string;
  high: string;
  degrees: { low: number; medium: number; high: number };
  /** Concepts within two relations of `high` (it must fit the neighbourhood limit). */
  highRing2: number;
  searchText: string;
  /** Labels of the low- and high-degree concepts (typed into the path panel's two ends). */
  labels: { low: string; high: string };
  /** A relation of the medium concept (the one the replay's session opens). */
  relation: string;
  pathFrom: string;
  pathTo: string;
  /** Concepts with fewer relations than a nested list holds, spread over all degrees. */
  pageIds: string[];
}

const DEGREES = `
MATCH (c:Concept {graph: $graph})
RETURN c.id AS id, c.labelId AS label,
  COUNT { (c)-[r]-(o) WHERE r.graph = $graph AND type(r) IN $types AND o:Concept AND o.graph = $graph } AS degree
ORDER BY degree, c.order, c.id`;

const RING2 = `
MATCH (c:Concept {graph: $graph, id: $id})
CALL {
  WITH c
  MATCH (c)-[r1]-(a:Concept {graph: $graph})
  WHERE r1.graph = $graph AND type(r1) IN $types
  OPTIONAL MATCH (a)-[r2]-(b:Concept {graph: $graph})
  WHERE r2.graph = $graph AND type(r2) IN $types
  WITH collect(DISTINCT a) + collect(DISTINCT b) AS both
  UNWIND both AS n
  RETURN count(DISTINCT n) AS size
}
RETURN size`;

const A_RELATION = `
MATCH (:Concept {graph: $graph, id: $id})-[r]-(:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
RETURN r.id AS id ORDER BY r.id LIMIT 1`;

export function readRelationTypes(db: Database, graph: string): Promise<string[]> {
  return readDeclared(db, graph, 'relationTypes');
}

/** Ids of the kinds or relation types a graph declares (stored as JSON on its Graph node). */
async function readDeclared(
  db: Database,
  graph: string,
  what: 'kinds' | 'relationTypes',
): Promise<string[]> {
  const [row] = await db.readRows(`MATCH (g:Graph {id: $graph}) RETURN g.${what} AS declared`, {
    graph,
  });
  const parsed: unknown = typeof row?.declared === 'string' ? JSON.parse(row.declared) : [];
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((t: unknown) =>
    typeof t === 'object' && t !== null && 'id' in t && typeof t.id === 'string' ? [t.id] : [],
  );
}

export async function pickConcepts(db: Database, graph: string): Promise<Picks> {
  const types = await readRelationTypes(db, graph);
  const rows = await db.readRows(DEGREES, { graph, types });
  const connected = rows.filter((r) => Number(r.degree) > 0);
  if (connected.length < 3)
    throw new Error(`Graph ${graph} has too few connected concepts to benchmark.`);
  const at = (i: number) => connected[Math.min(connected.length - 1, Math.max(0, i))] ?? {};
  const id = (row: Row) => (typeof row.id === 'string' ? row.id : '');
  const low = at(0);
  const medium = at(Math.floor(connected.length / 2));
  // The most connected concept whose two-step neighbourhood the limit does not cut.
  let high = at(connected.length - 1);
  let ring2 = Number.POSITIVE_INFINITY;
  for (let i = connected.length - 1; i >= 0 && i >= connected.length - 200; i--) {
    const candidate = at(i);
    const [row] = await db.readRows(RING2, { graph, id: candidate.id, types });
    ring2 = Number(row?.size ?? Number.POSITIVE_INFINITY);
    high = candidate;
    if (ring2 < NEIGHBORHOOD_LIMIT) break;
  }
  const small = connected.filter((r) => Number(r.degree) <= NESTED_FIRST);
  const step = Math.max(1, Math.floor(small.length / MAX_PAGE));
  const [relation] = await db.readRows(A_RELATION, { graph, id: medium.id, types });
  const graphs = await readGraphs(db);
  const declared = graphs.find((g) => g.id === graph)?.relationTypes ?? [];
  const label = (row: Row) => (typeof row.label === 'string' ? row.label : id(row));
  const pageIds = small
    .filter((_, i) => i % step === 0)
    .slice(0, MAX_PAGE)
    .map(id);
  return {
    relationTypes: types,
    meaningTypes: declared.filter((t) => !t.structural).map((t) => t.id),
    kinds: await readDeclared(db, graph, 'kinds'),
    low: id(low),
    medium: id(medium),
    high: id(high),
    degrees: { low: Number(low.degree), medium: Number(medium.degree), high: Number(high.degree) },
    highRing2: ring2,
    // A whole label, as someone who read it would type it: every word must match.
    searchText: label(medium),
    labels: { low: label(low), high: label(high) },
    relation: typeof relation?.id === 'string' ? relation.id : '',
    pathFrom: id(low),
    pathTo: id(high),
    pageIds,
  };
}
