// The loaded graphs: their metadata, declared kinds and relation types (the whitelist), and counts.
import type { Database } from '../db.js';
import type { Plain } from '../plain.js';
import { int, isObject, str, strings, type LocalizedText } from './model.js';

export interface KindDeclaration {
  id: string;
  label: LocalizedText;
  color: string;
}

export interface RelationTypeDeclaration extends KindDeclaration {
  from: string[];
  to: string[];
  /** Document structure (where the text puts a thing) rather than meaning. */
  structural: boolean;
}

export interface GraphRecord {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  kinds: KindDeclaration[];
  relationTypes: RelationTypeDeclaration[];
  contentHash: string | null;
  loadedAt: string | null;
  /** The load that wrote this content (null: loaded by older code); see server/graph-versions.ts. */
  version: string | null;
}

export interface GraphCounts {
  concepts: number;
  relations: number;
  byKind: Map<string, number>;
  byType: Map<string, number>;
}

// Only what a request needs: not the whole node (its source text name, counts, format).
export const GRAPHS = `
MATCH (g:Graph)
RETURN g {.id, .titleId, .titleEn, .descriptionId, .descriptionEn, .kinds, .relationTypes,
  .contentHash, .loadedAt, .version} AS graph
ORDER BY g.id`;

// Only declared relation types count: a link to a Source node or any other bookkeeping is not one.
export const GRAPH_COUNTS = `
CALL {
  MATCH (c:Concept {graph: $graph})
  WITH c.kind AS kind, count(*) AS n
  RETURN collect({kind: kind, n: n}) AS kinds
}
CALL {
  MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS types
}
RETURN kinds, types`;

export async function readGraphs(db: Database): Promise<GraphRecord[]> {
  const rows = await db.readRows(GRAPHS);
  return rows.flatMap((row) => {
    const graph = toGraph(row.graph);
    return graph ? [graph] : [];
  });
}

export async function readGraphCounts(db: Database, graph: GraphRecord): Promise<GraphCounts> {
  const types = graph.relationTypes.map((t) => t.id);
  const [row] = await db.readRows(GRAPH_COUNTS, { graph: graph.id, types });
  const byKind = tally(row?.kinds, 'kind');
  const byType = tally(row?.types, 'type');
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { concepts: sum(byKind), relations: sum(byType), byKind, byType };
}

function tally(list: Plain | undefined, key: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const name = str(entry[key]);
    if (name !== null) out.set(name, int(entry.n) ?? 0);
  }
  return out;
}

function toGraph(value: Plain | undefined): GraphRecord | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  if (id === null) return null;
  return {
    id,
    title: { id: str(value.titleId) ?? id, en: str(value.titleEn) },
    description: { id: str(value.descriptionId), en: str(value.descriptionEn) },
    kinds: parseList(value.kinds).map(toKind),
    relationTypes: parseList(value.relationTypes).map((entry) => ({
      ...toKind(entry),
      from: strings(entry.from),
      to: strings(entry.to),
      structural: entry.structural === true,
    })),
    contentHash: str(value.contentHash),
    loadedAt: str(value.loadedAt),
    version: str(value.version),
  };
}

/** Declarations are stored as JSON strings (Neo4j properties cannot hold maps). */
function parseList(value: Plain | undefined): { [key: string]: Plain }[] {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(parsed)) return [];
  return (parsed as Plain[]).filter(isObject).filter((entry) => typeof entry.id === 'string');
}

function toKind(entry: { [key: string]: Plain }): KindDeclaration {
  const id = str(entry.id) ?? '';
  const label = entry.label;
  return {
    id,
    label: isObject(label)
      ? { id: str(label.id) ?? id, en: str(label.en) ?? str(label.id) ?? id }
      : { id: str(label) ?? id, en: str(label) ?? id },
    color: str(entry.color) ?? '#888888',
  };
}
