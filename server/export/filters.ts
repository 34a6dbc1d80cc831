// The export's filter query parameters: `kinds`, `types`, `basis`, `source` and `scope`, read
// from the URL, then checked against the graph they name. A bad value is a 400 that says how to
// fix it (the GraphQL API's messages, where it has the same check).
import { LIMITS } from '../../common/limits.js';
import type { Database } from '../../graph/db.js';
import type { ExportFilter } from '../../graph/queries/export.js';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type { Basis } from '../../graph/queries/model.js';
import { readSources } from '../../graph/queries/sources.js';
import { quotedList } from '../graphql/errors.js';
import { kinds as declaredKinds } from '../graphql/graph-scope.js';
import { relationTypes, type RelationScope } from '../graphql/relation-scope.js';

export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

/** The filter as the URL gives it, before the graph is known. */
export interface AskedFilter {
  scope: RelationScope;
  kinds: string[] | null;
  types: string[] | null;
  basis: Basis | null;
  sources: string[] | null;
}

const SCOPES: Record<string, RelationScope> = {
  meaning: 'MEANING',
  structure: 'STRUCTURE',
  all: 'ALL',
};

const BASES: readonly Basis[] = ['stated', 'inferred'];

/** Which relations the export holds: `?scope=meaning|structure|all`, all by default. */
function parseScope(url: URL): RelationScope {
  const raw = url.searchParams.get('scope');
  if (raw === null || raw === '') return 'ALL';
  const scope = SCOPES[raw.toLowerCase()];
  if (!scope) throw new BadRequest(`scope must be one of ${Object.keys(SCOPES).join(', ')}`);
  return scope;
}

/** `?basis=stated|inferred`, any case. */
function parseBasis(url: URL): Basis | null {
  const raw = url.searchParams.get('basis');
  if (raw === null || raw === '') return null;
  const basis = BASES.find((b) => b === raw.toLowerCase());
  if (!basis) throw new BadRequest(`basis must be one of ${BASES.join(', ')}`);
  return basis;
}

/**
 * A list parameter: comma-separated, and the parameter may also repeat (`?kinds=A,B&kinds=C`).
 * Blank items are skipped; none at all means no condition.
 */
function parseList(url: URL, name: string): string[] | null {
  const values = url.searchParams
    .getAll(name)
    .flatMap((raw) => raw.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.length === 0) return null;
  if (values.length > LIMITS.filterList) {
    throw new BadRequest(`${name} may list at most ${LIMITS.filterList} values`);
  }
  return [...new Set(values)];
}

export function parseFilter(url: URL): AskedFilter {
  return {
    scope: parseScope(url),
    kinds: parseList(url, 'kinds'),
    types: parseList(url, 'types'),
    basis: parseBasis(url),
    sources: parseList(url, 'source'),
  };
}

/** True when anything beyond the scope narrows the export (its file name then says so). */
export function isFiltered(asked: AskedFilter): boolean {
  return asked.kinds !== null || asked.types !== null || asked.basis !== null || !!asked.sources;
}

/** The GraphQL API's checks throw its BAD_USER_INPUT errors; here they become a 400. */
function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (error instanceof Error && code === 'BAD_USER_INPUT') throw new BadRequest(error.message);
    throw error;
  }
}

/**
 * The filter a graph's statements take: kinds and types it declares (the types narrowed to the
 * scope, which may leave none), and sources it cites; anything else is refused with the list
 * of what the graph has.
 */
export async function resolveFilter(
  db: Database,
  graph: GraphRecord,
  asked: AskedFilter,
): Promise<ExportFilter> {
  const filter: ExportFilter = {
    types: checked(() => relationTypes(graph, asked.scope, asked.types)),
    kinds: checked(() => declaredKinds(graph, asked.kinds)),
    basis: asked.basis,
    sources: asked.sources,
  };
  if (asked.sources) {
    const cited = (await readSources(db, graph.id)).map((s) => s.id);
    const unknown = asked.sources.filter((s) => !cited.includes(s));
    if (unknown.length > 0) {
      throw new BadRequest(
        `Unknown source ${quotedList(unknown)} in graph "${graph.id}"; it cites ${quotedList(cited)}.`,
      );
    }
  }
  return filter;
}
