// What an export contains: a whole graph read page by page, or one neighbourhood of it.
import type { Database } from '../../graph/db.js';
import { readDocument, type DocumentRecord } from '../../graph/queries/document.js';
import {
  EXPORT_BATCH,
  readConceptBatch,
  readRelationBatch,
  type ExportFilter,
} from '../../graph/queries/export.js';
import { readGraphs, type GraphRecord } from '../../graph/queries/graphs.js';
import type { ConceptRecord, RelationRecord } from '../../graph/queries/model.js';
import { readNeighborhood } from '../../graph/queries/neighborhood.js';
import { LIMITS } from '../../common/limits.js';
import type { RelationScope } from '../graphql/relation-scope.js';
import { resolveFilter, type AskedFilter } from './filters.js';
import { focusedParts } from './focused.js';

export interface Focus {
  id: string;
  depth: number;
  limit: number;
}

export interface ExportSource {
  graph: GraphRecord;
  focus: Focus | null;
  /** Which relations it holds (concepts are all there in a whole-graph export). */
  scope: RelationScope;
  /** The filter as asked (see filters.ts and docs/api.md for what each part keeps). */
  filter: AskedFilter;
  /** True when a focused export was cut by its limit. */
  truncated: boolean;
  concepts(): AsyncGenerator<ConceptRecord[]>;
  relations(): AsyncGenerator<RelationRecord[]>;
  /** The graph's source text and where its evidence stands in it; null when it has none. */
  document(): Promise<DocumentRecord | null>;
}

export class ExportNotFoundError extends Error {
  override readonly name = 'ExportNotFoundError';
}

/** Reads enough to know the export exists before any byte is sent (so failures get a status). */
export async function openExport(
  db: Database,
  graphId: string,
  focus: Focus | null,
  asked: AskedFilter,
): Promise<ExportSource> {
  const graph = (await readGraphs(db)).find((g) => g.id === graphId);
  if (!graph)
    throw new ExportNotFoundError(`No graph with id ${JSON.stringify(graphId)} is loaded.`);
  const filter = await resolveFilter(db, graph, asked);
  if (!focus) return wholeGraph(db, graph, asked, filter);
  // The API's `neighborhood` with the same filters: it grows only through kept relations, to
  // concepts of the kinds; focused.ts then applies the source rule for concepts.
  const hood = await readNeighborhood(db, {
    graph: graph.id,
    id: focus.id,
    depth: focus.depth,
    direction: 'BOTH',
    types: filter.types,
    basis: filter.basis ?? null,
    sources: filter.sources ?? null,
    kinds: filter.kinds ?? null,
    limit: focus.limit,
    relationLimit: focus.limit * LIMITS.neighborhoodRelationsPerNode,
  });
  if (!hood)
    throw new ExportNotFoundError(
      `No concept ${JSON.stringify(focus.id)} in graph ${JSON.stringify(graph.id)}.`,
    );
  const parts = focusedParts(hood, filter);
  return {
    graph,
    focus,
    scope: asked.scope,
    filter: asked,
    truncated: hood.truncated,
    concepts: () => once(parts.concepts),
    relations: () => once(parts.relations),
    document: () => readDocument(db, graph.id),
  };
}

function wholeGraph(
  db: Database,
  graph: GraphRecord,
  asked: AskedFilter,
  filter: ExportFilter,
): ExportSource {
  return {
    graph,
    focus: null,
    scope: asked.scope,
    filter: asked,
    truncated: false,
    concepts: () => paged((after) => readConceptBatch(db, graph.id, filter, after)),
    relations: () => paged((after) => readRelationBatch(db, graph.id, filter, after)),
    document: () => readDocument(db, graph.id),
  };
}

/** One batch as a stream, so a neighbourhood and a whole graph write the same way. */
async function* once<T>(batch: T[]): AsyncGenerator<T[]> {
  yield await Promise.resolve(batch);
}

async function* paged<T extends { id: string }>(
  read: (after: string | null) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const batch = await read(after);
    if (batch.length > 0) yield batch;
    const last = batch.at(-1);
    // A short page is the last one: no extra round-trip to find an empty one.
    if (!last || batch.length < EXPORT_BATCH) return;
    after = last.id;
  }
}
