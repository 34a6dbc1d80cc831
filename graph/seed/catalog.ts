// The graphs loaded in the database, as `npm run seed -- --list` shows them: the Graph nodes the
// loader's switch writes (their counts are the version's own, fixed at its switch).
import type { Database } from '../db.js';
import type { Localized } from './model.js';
import { textTable } from './text-table.js';

export interface GraphListing {
  id: string;
  title: Localized;
  /** `sha256:...` of the seed file and its source text: the version loaded. */
  contentHash: string | null;
  /** ISO 8601: when this content was first loaded. */
  loadedAt: string | null;
  concepts: number;
  relations: number;
  /** A load or removal of the graph is under way (or died holding its claim). */
  busy: boolean;
}

export const LIST_GRAPHS = `
MATCH (g:Graph)
RETURN g.id AS id, g.titleId AS titleId, g.titleEn AS titleEn, g.contentHash AS contentHash,
  g.loadedAt AS loadedAt, g.conceptCount AS concepts, g.relationCount AS relations,
  EXISTS { MATCH (:SeedLoad {graph: g.id}) } AS busy
ORDER BY id`;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const count = (value: unknown) => (typeof value === 'number' ? value : 0);

export async function listGraphs(db: Database): Promise<GraphListing[]> {
  const rows = await db.readRows(LIST_GRAPHS);
  return rows.flatMap((row) => {
    const id = text(row.id);
    if (id === null) return [];
    const titleId = text(row.titleId) ?? id;
    return [
      {
        id,
        title: { id: titleId, en: text(row.titleEn) ?? titleId },
        contentHash: text(row.contentHash),
        loadedAt: text(row.loadedAt),
        concepts: count(row.concepts),
        relations: count(row.relations),
        busy: row.busy === true,
      },
    ];
  });
}

/** `sha256:` and the first 12 hex digits: enough to tell versions apart by eye. */
export function shortHash(hash: string | null): string {
  return hash === null ? '-' : hash.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1');
}

export function formatGraphList(graphs: readonly GraphListing[]): string {
  if (graphs.length === 0) return 'No graphs are loaded.';
  const rows = [
    ['graph', 'title', 'version', 'loaded at', 'concepts', 'relations'],
    ...graphs.map((g) => [
      g.busy ? `${g.id} (load or removal under way)` : g.id,
      g.title.id === g.title.en ? g.title.id : `${g.title.id} / ${g.title.en}`,
      shortHash(g.contentHash),
      g.loadedAt ?? '-',
      String(g.concepts),
      String(g.relations),
    ]),
  ];
  return textTable(rows, 4).join('\n');
}
