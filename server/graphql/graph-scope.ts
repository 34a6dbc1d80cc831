// Which graph a request means, and the whitelist check of kinds and relation types against it.
import type { Database } from '../../graph/db.js';
import {
  readGraphCounts,
  readGraphs,
  type GraphCounts,
  type GraphRecord,
} from '../../graph/queries/graphs.js';
import { badInput, notFound, quoted } from './errors.js';

/** The loaded graphs as one request sees them: read at most once per request. */
export class GraphScope {
  private graphs: Promise<GraphRecord[]> | undefined;
  private readonly counts = new Map<string, Promise<GraphCounts>>();

  constructor(private readonly db: Database) {}

  all(): Promise<GraphRecord[]> {
    this.graphs ??= readGraphs(this.db);
    return this.graphs;
  }

  /** The graph with that id or null. */
  async find(id: string): Promise<GraphRecord | null> {
    return (await this.all()).find((g) => g.id === id) ?? null;
  }

  /** The graph an argument names, or the only one loaded when it is left out. */
  async resolve(id: string | null | undefined): Promise<GraphRecord> {
    const graphs = await this.all();
    if (id === null || id === undefined) {
      const [only] = graphs;
      if (graphs.length === 1 && only) return only;
      if (graphs.length === 0) throw notFound('No graph is loaded yet.');
      const ids = graphs.map((g) => g.id).join(', ');
      throw badInput(`Several graphs are loaded (${ids}): pass \`graph\` to choose one.`);
    }
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

/** The relation types to follow: the given ones if all are declared, else all declared ones. */
export function relationTypes(
  graph: GraphRecord,
  asked: readonly string[] | null | undefined,
): string[] {
  const declared = graph.relationTypes.map((t) => t.id);
  if (asked === null || asked === undefined) return declared;
  const unknown = asked.filter((t) => !declared.includes(t));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown relation type ${list(unknown)} in graph "${graph.id}"; it declares ${list(declared)}.`,
    );
  }
  return [...new Set(asked)];
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
      `Unknown kind ${list(unknown)} in graph "${graph.id}"; it declares ${list(declared)}.`,
    );
  }
  return [...new Set(asked)];
}

function list(values: readonly string[]): string {
  return values.map(quoted).join(', ');
}
