// Which graph a request means, and the whitelist check of kinds and relation types against it.
import type { Database } from '../../graph/db.js';
import {
  readGraphCounts,
  readGraphs,
  type GraphCounts,
  type GraphRecord,
} from '../../graph/queries/graphs.js';
import { graphVersions } from '../graph-versions.js';
import { badInput, notFound, quoted, quotedList } from './errors.js';

/**
 * The loaded graphs, shared by all requests for a second: nearly every query names a graph, and
 * reading the Graph nodes each time doubled the round-trips of a simple lookup. A graph loaded
 * since is still found at once (a miss reads again); the copy is dropped as soon as a version
 * change is seen (at once for a load in this process, see graph-versions.ts), else a reloaded
 * graph's declarations may be up to a second old.
 */
class GraphCatalog {
  private static readonly FRESH_MS = 1_000;
  private cached: { at: number; graphs: Promise<GraphRecord[]> } | undefined;

  constructor(private readonly db: Database) {
    graphVersions(db).onChange(() => {
      this.cached = undefined;
    });
  }

  list(): Promise<GraphRecord[]> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > GraphCatalog.FRESH_MS) return this.reload();
    return this.cached.graphs;
  }

  reload(): Promise<GraphRecord[]> {
    const graphs = readGraphs(this.db);
    const entry = { at: Date.now(), graphs };
    this.cached = entry;
    // A failed read (Neo4j away) is not remembered.
    graphs.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return graphs;
  }
}

const catalogs = new WeakMap<Database, GraphCatalog>();

function catalogOf(db: Database): GraphCatalog {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = new GraphCatalog(db);
    catalogs.set(db, catalog);
  }
  return catalog;
}

/** The loaded graphs as one request sees them. */
export class GraphScope {
  private readonly catalog: GraphCatalog;
  private graphs: Promise<GraphRecord[]> | undefined;
  private fresh = false;
  private readonly counts = new Map<string, Promise<GraphCounts>>();

  /** `defaultId`: the graph a left-out argument means when it is loaded (DEFAULT_GRAPH, the seed's). */
  constructor(
    private readonly db: Database,
    private readonly defaultId: string | null = null,
  ) {
    this.catalog = catalogOf(db);
  }

  /** The default graph if loaded, else the only graph loaded, else null. */
  async fallback(): Promise<GraphRecord | null> {
    const wanted = this.defaultId;
    const graphs = await this.lookup((list) =>
      wanted ? list.some((g) => g.id === wanted) : list.length === 1,
    );
    const configured = wanted ? graphs.find((g) => g.id === wanted) : undefined;
    return configured ?? (graphs.length === 1 ? (graphs[0] ?? null) : null);
  }

  /** Every loaded graph, read from the database (the `graphs` query: a listing is never stale). */
  all(): Promise<GraphRecord[]> {
    if (!this.fresh || !this.graphs) {
      this.graphs = this.catalog.reload();
      this.fresh = true;
    }
    return this.graphs;
  }

  private known(): Promise<GraphRecord[]> {
    this.graphs ??= this.catalog.list();
    return this.graphs;
  }

  /** The graphs, read again once if `accept` does not like the shared copy. */
  private async lookup(accept: (graphs: GraphRecord[]) => boolean): Promise<GraphRecord[]> {
    const graphs = await this.known();
    if (accept(graphs) || this.fresh) return graphs;
    return this.all();
  }

  /** The graph with that id or null. */
  async find(id: string): Promise<GraphRecord | null> {
    const graphs = await this.lookup((list) => list.some((g) => g.id === id));
    return graphs.find((g) => g.id === id) ?? null;
  }

  /** The graph an argument names, or the default (else the only one loaded) when it is left out. */
  async resolve(id: string | null | undefined): Promise<GraphRecord> {
    const named = id !== null && id !== undefined;
    if (!named) {
      const chosen = await this.fallback();
      if (chosen) return chosen;
      const graphs = await this.known();
      if (graphs.length === 0) throw notFound('No graph is loaded yet.');
      const ids = graphs.map((g) => g.id).join(', ');
      throw badInput(`Several graphs are loaded (${ids}): pass \`graph\` to choose one.`);
    }
    const graphs = await this.lookup((list) => list.some((g) => g.id === id));
    const graph = graphs.find((g) => g.id === id);
    if (!graph) throw notFound(`No graph with id ${quoted(id)} is loaded.`);
    return graph;
  }

  countsOf(graph: GraphRecord): Promise<GraphCounts> {
    let counts = this.counts.get(graph.id);
    if (!counts) {
      counts = readGraphCounts(this.db, graph);
      this.counts.set(graph.id, counts);
    }
    return counts;
  }
}

/** The kinds to keep (null: all), refusing kinds the graph does not declare. */
export function kinds(
  graph: GraphRecord,
  asked: readonly string[] | null | undefined,
): string[] | null {
  if (asked === null || asked === undefined) return null;
  const declared = graph.kinds.map((k) => k.id);
  const unknown = asked.filter((k) => !declared.includes(k));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown kind ${quotedList(unknown)} in graph "${graph.id}"; it declares ${quotedList(declared)}.`,
    );
  }
  return [...new Set(asked)];
}
