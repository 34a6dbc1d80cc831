// Per-request DataLoaders: every nested field of a kind, for all parents at once, in one statement.
// A loader is keyed by everything but the parent id (graph, direction, types, ...), so fields asked
// with the same arguments share one batch however many parents the page holds.
import DataLoader from 'dataloader';
import type { Database } from '../../graph/db.js';
import {
  readDegrees,
  readNeighborsOf,
  readRelationPagesOf,
  readRelationsOf,
  type Followed,
} from '../../graph/queries/adjacent.js';
import type { RelationOrderRequest } from '../../graph/queries/adjacent-order.js';
import { readAliases, readConceptsByOldId, type AliasRecord } from '../../graph/queries/aliases.js';
import { readConceptsById } from '../../graph/queries/concepts.js';
import { readDocument, type DocumentRecord } from '../../graph/queries/document.js';
import { readRelationsById } from '../../graph/queries/relations.js';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type {
  ConceptProjection,
  ConceptRecord,
  CountedPage,
  DirectionName,
  RelationProjection,
  RelationRecord,
  SourceRecord,
} from '../../graph/queries/model.js';
import type { ConceptCondition, RelationCondition } from '../../graph/queries/filter.js';
import {
  readConceptPagesBySource,
  readRelationPagesBySource,
} from '../../graph/queries/source-lists.js';
import { readSourcePages, readSources, type PageCountRecord } from '../../graph/queries/sources.js';
import { readDegreeSummary, type DegreeSummary } from '../../graph/queries/stats.js';
import { badInput } from './errors.js';
import { LIMITS } from '../../common/limits.js';

/** Refuses a level of nested lists that could return more rows than LIMITS.nestedRows. */
function checkRows(field: string, parents: number, first: number): void {
  if (parents * first > LIMITS.nestedRows) {
    throw badInput(
      `\`${field}\` here could return ${parents * first} items (${parents} parents × first ${first}); ` +
        `the limit is ${LIMITS.nestedRows}. Ask for a smaller \`first\`, here or on the parents.`,
    );
  }
}

/** What a traversal follows (types, basis, sources), which way and how many per parent. */
export interface AdjacentArgs extends Followed {
  direction: DirectionName;
  first: number;
}

export interface RelationArgs extends AdjacentArgs {
  ends: boolean;
  projection: RelationProjection;
  /** Null: the field's default order. */
  order: RelationOrderRequest | null;
}

export interface NeighborArgs extends AdjacentArgs {
  /** Null: any kind. */
  kinds: string[] | null;
  projection: ConceptProjection;
}

export class Loaders {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly db: Database) {}

  concept(graph: string): DataLoader<string, ConceptRecord | null> {
    return this.batched(`concept|${graph}`, null, (ids) => readConceptsById(this.db, graph, ids));
  }

  /** Relations by id, of the graph's declared types (a passage names them). */
  relation(graph: GraphRecord): DataLoader<string, RelationRecord | null> {
    const types = graph.relationTypes.map((t) => t.id);
    return this.batched(`relation|${graph.id}`, null, (ids) =>
      readRelationsById(this.db, graph.id, types, ids),
    );
  }

  /** The graph's document, read once per request however many fields ask for it. */
  document(graph: string): Promise<DocumentRecord | null> {
    return this.memo(`document|${graph}`, () => readDocument(this.db, graph));
  }

  /** Degrees counting the relations a traversal with these filters would follow. */
  degree(graph: string, args: Followed & { direction: DirectionName }): DataLoader<string, number> {
    return this.batched(`degree|${graph}|${JSON.stringify(args)}`, 0, (ids) =>
      readDegrees(this.db, { graph, ids, ...args }),
    );
  }

  relationsOf(graph: string, args: RelationArgs): DataLoader<string, RelationRecord[]> {
    return this.batched(`relations|${graph}|${JSON.stringify(args)}`, [], (ids) => {
      checkRows('relations', ids.length, args.first);
      return readRelationsOf(this.db, { graph, ids, ...args });
    });
  }

  /** A page of each parent's relations with their total (`Concept.relationsConnection`). */
  relationPagesOf(
    graph: string,
    args: RelationArgs & { skip: number },
  ): DataLoader<string, CountedPage<RelationRecord>> {
    return this.batched(
      `relationPages|${graph}|${JSON.stringify(args)}`,
      { total: 0, items: [] },
      (ids) => {
        checkRows('relationsConnection', ids.length, args.first);
        return readRelationPagesOf(this.db, { graph, ids, ...args });
      },
    );
  }

  neighborsOf(graph: string, args: NeighborArgs): DataLoader<string, ConceptRecord[]> {
    return this.batched(`neighbors|${graph}|${JSON.stringify(args)}`, [], (ids) => {
      checkRows('neighbors', ids.length, args.first);
      return readNeighborsOf(this.db, { graph, ids, ...args });
    });
  }

  /** A graph cites few works: the first one asked for loads them all. */
  source(graph: string): DataLoader<string, SourceRecord | null> {
    return this.memo(
      `source|${graph}`,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const sources = await this.sources(graph);
          return ids.map((id) => sources.find((s) => s.id === id) ?? null);
        }),
    );
  }

  sources(graph: string): Promise<SourceRecord[]> {
    return this.memo(`sources|${graph}`, () => readSources(this.db, graph));
  }

  /** Degree figures with the longest `mostConnected` list anyone may ask for; resolvers slice it. */
  degreeSummary(graph: string, types: string[]): Promise<DegreeSummary> {
    return this.memo(`summary|${graph}|${JSON.stringify(types)}`, () =>
      readDegreeSummary(this.db, graph, types, LIMITS.mostConnected),
    );
  }

  /** The concepts that replace old ids (asked only for ids that name no current concept). */
  conceptByOldId(graph: string): DataLoader<string, ConceptRecord | null> {
    return this.batched(`conceptByOldId|${graph}`, null, (ids) =>
      readConceptsByOldId(this.db, graph, ids),
    );
  }

  aliases(graph: GraphRecord): Promise<AliasRecord[]> {
    const types = graph.relationTypes.map((t) => t.id);
    return this.memo(`aliases|${graph.id}`, () => readAliases(this.db, graph.id, types));
  }

  /** Every work's quoted pages, one statement per graph however many `Source.pages` ask. */
  sourcePages(graph: GraphRecord): Promise<Map<string, PageCountRecord[]>> {
    const types = graph.relationTypes.map((t) => t.id);
    return this.memo(`sourcePages|${graph.id}`, () => readSourcePages(this.db, graph.id, types));
  }

  /** Each work's concepts: one statement for all the works a query lists (see source-lists.ts). */
  sourceConcepts(
    graph: string,
    args: { filter: ConceptCondition; skip: number; limit: number; projection: ConceptProjection },
  ): DataLoader<string, CountedPage<ConceptRecord>> {
    return this.batched(
      `sourceConcepts|${graph}|${JSON.stringify(args)}`,
      { total: 0, items: [] },
      (sources) => {
        checkRows('concepts', sources.length, args.limit);
        return readConceptPagesBySource(this.db, { graph, sources, ...args });
      },
    );
  }

  /** Each work's relations: one statement for all the works a query lists. */
  sourceRelations(
    graph: string,
    args: { types: string[]; filter: RelationCondition; skip: number; limit: number },
  ): DataLoader<string, CountedPage<RelationRecord>> {
    return this.batched(
      `sourceRelations|${graph}|${JSON.stringify(args)}`,
      { total: 0, items: [] },
      (sources) => {
        checkRows('relations', sources.length, args.limit);
        return readRelationPagesBySource(this.db, { graph, sources, ...args });
      },
    );
  }

  /**
   * The request's loader under `key`: each batch of ids is read at once into a map, and an id the
   * map lacks gets `missing`.
   */
  private batched<V>(
    key: string,
    missing: V,
    read: (ids: readonly string[]) => Promise<Map<string, V>>,
  ): DataLoader<string, V> {
    return this.memo(
      key,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const found = await read(ids);
          return ids.map((id) => found.get(id) ?? missing);
        }),
    );
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }
}
