// The one API client: typed operations over GraphQL. Nothing else in the web app calls fetch.
import { LIMITS } from '../../../common/limits.js';
import { ApiError, fromGraphQLErrors } from './errors.js';
import * as ops from './operations.js';
import type * as G from '../../generated/graphql.js';
import type * as Model from './model.js';
import type { Operation } from './operations.js';

export interface ApiOptions {
  endpoint?: string;
  /** A request that takes longer is abandoned, so the user sees a notice, not a spinner. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The server's layout of a graph's whole view (Graph.layout), with the graph it is of. */
export type ServerLayout = NonNullable<NonNullable<G.LayoutQuery['graph']>['layout']> & {
  graph: string;
};

export interface WholeGraph {
  nodes: Model.ConceptSummary[];
  relations: Model.RelationSummary[];
  /** True when the graph holds more concepts than `maxConcepts` allowed. */
  truncated: boolean;
}

const PAGE = LIMITS.page;
/** Concepts per evidence request: their nested relations stay within the row bound. */
const EVIDENCE_BATCH = LIMITS.nestedRows / LIMITS.nested;

/** One page of a connection, as CONCEPTS_PAGE and RELATIONS_PAGE select it. */
interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface PageVariables {
  graph: string | null;
  first: number;
  after: string | null;
}

/**
 * The longest GET URL the client sends; past it the query goes as a POST body. Well under the
 * server's 16 KiB header limit and what proxies accept.
 */
const MAX_GET_URL = 6_000;

/**
 * A read as `GET /graphql?query=…&variables=…` when it fits in a URL, so the browser's HTTP cache
 * keeps the answer and revalidates it with the server's ETag (304 until the graph's version
 * changes): the landing view, a concept's details and a neighbourhood are asked again on every
 * visit. Longer requests go as a POST, which no cache keeps.
 */
export function httpRequest(
  endpoint: string,
  query: string,
  variables: unknown,
  timeoutMs: number,
): [string, RequestInit] {
  const accept = { accept: 'application/json' };
  const signal = AbortSignal.timeout(timeoutMs);
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const url = `${endpoint}?${search.toString()}`;
  if (url.length <= MAX_GET_URL) return [url, { method: 'GET', headers: accept, signal }];
  return [
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...accept },
      body: JSON.stringify({ query, variables }),
      signal,
    },
  ];
}

export type Api = ReturnType<typeof createApi>;

export function createApi(options: ApiOptions = {}) {
  const endpoint = options.endpoint ?? '/graphql';
  const timeoutMs = options.timeoutMs ?? 20_000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request<T, V>(operation: Operation<T, V>, variables: V): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(...httpRequest(endpoint, operation.text, variables, timeoutMs));
    } catch (error) {
      throw new ApiError('UNREACHABLE', error instanceof Error ? error.message : String(error));
    }
    let body: { data?: T | null; errors?: { message?: unknown }[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) throw fromGraphQLErrors(body.errors);
    if (!response.ok || !body?.data) {
      const code = response.status >= 500 || response.status === 0 ? 'SERVER' : 'BAD_INPUT';
      throw new ApiError(code, `HTTP ${response.status}`);
    }
    return body.data;
  }

  /** Follows a connection's cursor until it ends or `max` items are in. */
  async function allPages<T>(
    readPage: (variables: PageVariables) => Promise<Page<T>>,
    graph: string | null,
    max: number,
  ): Promise<{ items: T[]; total: number }> {
    const items: T[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page<T> = await readPage({
        graph,
        first: Math.min(PAGE, max - items.length),
        after,
      });
      items.push(...page.nodes);
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && items.length < max);
    return { items, total };
  }

  return {
    async graphs(): Promise<Model.GraphInfo[]> {
      return (await this.graphList()).graphs;
    },

    /** The loaded graphs and the one a visitor lands on (null: the first is as good as any). */
    async graphList(): Promise<{ graphs: Model.GraphInfo[]; defaultGraph: string | null }> {
      const data = await request(ops.GRAPHS, {});
      return { graphs: data.graphs, defaultGraph: data.defaultGraph?.id ?? null };
    },

    /**
     * The server's layout of a graph's whole view (null graph: the default one), with the graph
     * it is of; null for a layout the browser shapes itself.
     */
    async layout(
      graph: string | null,
      name: string,
      lang: 'id' | 'en',
      aspect: number,
    ): Promise<ServerLayout | null> {
      const vars = { graph, name, lang: lang === 'en' ? ('EN' as const) : ('ID' as const), aspect };
      const found = (await request(ops.LAYOUT, vars)).graph;
      return found?.layout ? { graph: found.id, ...found.layout } : null;
    },

    /**
     * Every concept (up to `maxConcepts`, in text order) and the relations among them. A null
     * graph means the only one loaded (the API refuses it while several are).
     */
    async wholeGraph(graph: string | null, maxConcepts: number): Promise<WholeGraph> {
      // The two cursors are independent: walk them side by side.
      const [concepts, relations] = await Promise.all([
        allPages(
          async (page) => (await request(ops.CONCEPTS_PAGE, page)).concepts,
          graph,
          maxConcepts,
        ),
        allPages(
          async (page) => (await request(ops.RELATIONS_PAGE, page)).relations,
          graph,
          Infinity,
        ),
      ]);
      const ids = new Set(concepts.items.map((c) => c.id));
      return {
        nodes: concepts.items,
        relations: relations.items.filter((r) => ids.has(r.from.id) && ids.has(r.to.id)),
        truncated: concepts.total > concepts.items.length,
      };
    },

    async concept(graph: string, id: string): Promise<Model.ConceptDetail> {
      const data = await request(ops.CONCEPT_DETAIL, {
        graph,
        id,
      });
      if (!data.concept) throw new ApiError('NOT_FOUND', `No concept ${id}`);
      return data.concept;
    },

    async relation(graph: string, id: string): Promise<Model.RelationDetail> {
      const data = await request(ops.RELATION, { graph, id });
      if (!data.relation) throw new ApiError('NOT_FOUND', `No relation ${id}`);
      return data.relation;
    },

    async neighborhood(
      graph: string,
      id: string,
      depth: number,
      types: string[] | null,
      limit: number,
    ): Promise<Model.Subgraph> {
      const vars = { graph, id, depth, types: types?.length ? types : null, limit };
      return (await request(ops.NEIGHBORHOOD, vars)).neighborhood;
    },

    /** Shortest paths; `scope` MEANING (the API's default) keeps to relations of meaning. */
    async paths(
      graph: string,
      from: string,
      to: string,
      scope: Model.RelationScope = 'MEANING',
    ): Promise<Model.PathResult[]> {
      return (await request(ops.PATHS, { graph, from, to, scope })).paths;
    },

    /** Evidence of the given concepts and of their relations, a batch of concepts per request. */
    async evidence(graph: string, ids: readonly string[]): Promise<Model.ConceptEvidence[]> {
      const out: Model.ConceptEvidence[] = [];
      for (let i = 0; i < ids.length; i += EVIDENCE_BATCH) {
        const chunk = ids.slice(i, i + EVIDENCE_BATCH);
        const data = await request(ops.CONCEPT_EVIDENCE, {
          graph,
          ids: chunk,
          first: chunk.length,
        });
        out.push(...data.concepts.nodes);
      }
      return out;
    },

    /** The graph's source text and where its evidence stands (text-view/document.ts reads it). */
    async document(graph: string): Promise<G.DocumentQuery> {
      return request(ops.DOCUMENT, { graph });
    },

    /** Where the text says a concept or a relation: its quote's place first, then the others. */
    async evidenceSpans(
      graph: string,
      selection: { type: 'concept' | 'relation'; id: string },
    ): Promise<{ start: number; end: number; line: number }[]> {
      const data = await request(ops.EVIDENCE, { graph, id: selection.id });
      const item = selection.type === 'concept' ? data.concept : data.relation;
      return item?.evidence ?? [];
    },

    async search(graph: string, text: string, first = 8): Promise<Model.SearchHit[]> {
      return (await request(ops.SEARCH, { graph, text, first })).search;
    },
  };
}
