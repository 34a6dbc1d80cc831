// The works a graph cites, and the pages of each that the graph quotes.
import type { Database } from '../db.js';
import { compact, int, str, toSource, type SourceRecord } from './model.js';

export const SOURCES_OF_GRAPH = `
MATCH (s:Source {graph: $graph})
RETURN s AS source
ORDER BY s.year, s.id`;

export async function readSources(db: Database, graph: string): Promise<SourceRecord[]> {
  const rows = await db.readRows(SOURCES_OF_GRAPH, { graph });
  return compact(rows.map((row) => toSource(row.source)));
}

/** How much of a graph is quoted from one page of a work. */
export interface PageCountRecord {
  page: number;
  conceptCount: number;
  relationCount: number;
}

// Every work's pages at once (a graph cites few works): concepts and relations quoted from a
// page, in page order. Only relations of declared types count, as everywhere else.
export const SOURCE_PAGES = `
CALL {
  MATCH (c:Concept {graph: $graph})
  WHERE c.source IS NOT NULL AND toInteger(c.page) IS NOT NULL
  RETURN c.source AS source, toInteger(c.page) AS page, count(c) AS concepts, 0 AS relations
  UNION ALL
  MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types
    AND r.source IS NOT NULL AND toInteger(r.page) IS NOT NULL
  RETURN r.source AS source, toInteger(r.page) AS page, 0 AS concepts, count(r) AS relations
}
RETURN source, page, sum(concepts) AS conceptCount, sum(relations) AS relationCount
ORDER BY source, page`;

/** Each work's pages (by work id), in page order. */
export async function readSourcePages(
  db: Database,
  graph: string,
  types: string[],
): Promise<Map<string, PageCountRecord[]>> {
  const rows = await db.readRows(SOURCE_PAGES, { graph, types });
  const out = new Map<string, PageCountRecord[]>();
  for (const row of rows) {
    const source = str(row.source);
    const page = int(row.page);
    if (source === null || page === null) continue;
    const pages = out.get(source) ?? [];
    pages.push({
      page,
      conceptCount: int(row.conceptCount) ?? 0,
      relationCount: int(row.relationCount) ?? 0,
    });
    out.set(source, pages);
  }
  return out;
}
