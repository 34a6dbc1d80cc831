// The works a graph cites.
import type { Database } from '../db.js';
import { compact, toSource, type SourceRecord } from './model.js';

export const SOURCES_OF_GRAPH = `
MATCH (s:Source {graph: $graph})
RETURN s AS source
ORDER BY s.year, s.id`;

export async function readSources(db: Database, graph: string): Promise<SourceRecord[]> {
  const rows = await db.readRows(SOURCES_OF_GRAPH, { graph });
  return compact(rows.map((row) => toSource(row.source)));
}
