// The addresses of the server's exports (GET /export/<graph>.<format>, docs/api.md) for the whole
// graph and for the view on screen: its focus and depth, and the legend's filters (kinds,
// relation types, stated or inferred). Pure, so the mapping from a view to its export is tested
// without a browser.
import type { ViewState } from '../state/view.js';

export const DATA_FORMATS = ['graphml', 'concepts.csv', 'relations.csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** What a view needs of its graph: the kinds and relation types the legend can hide. */
export interface GraphDeclarations {
  id: string;
  kinds: readonly { id: string }[];
  relationTypes: readonly { id: string }[];
}

/**
 * What the exports can hold of a view: `whole` when it is the whole graph unfiltered, `empty`
 * when its filters hide every concept or every relation, else the query that narrows an export
 * to it and what that query keeps (for the menu to say).
 */
export type ViewExport =
  | { kind: 'whole' }
  | { kind: 'empty' }
  | {
      kind: 'narrowed';
      query: URLSearchParams;
      focus: { id: string; depth: number } | null;
      kinds: { shown: number; of: number } | null;
      types: { shown: number; of: number } | null;
      basis: 'stated' | 'inferred' | null;
    };

export function exportHref(graph: string, format: DataFormat, query: URLSearchParams): string {
  const search = query.toString();
  return `/export/${encodeURIComponent(graph)}.${format}${search ? `?${search}` : ''}`;
}

/** The labels' language: Indonesian is the exports' default, so only English is named. */
export function langQuery(view: Pick<ViewState, 'lang'>): URLSearchParams {
  return new URLSearchParams(view.lang === 'en' ? { lang: 'en' } : {});
}

export function viewExport(view: ViewState, graph: GraphDeclarations): ViewExport {
  const kinds = graph.kinds.filter((k) => !view.hiddenKinds.includes(k.id));
  const types = graph.relationTypes.filter((r) => !view.hiddenTypes.includes(r.id));
  if (kinds.length === 0 || types.length === 0 || !(view.showStated || view.showInferred)) {
    return { kind: 'empty' };
  }
  const basis =
    view.showStated && view.showInferred ? null : view.showStated ? 'stated' : 'inferred';
  const kindsNarrowed = kinds.length < graph.kinds.length;
  const typesNarrowed = types.length < graph.relationTypes.length;
  if (!view.focus && !kindsNarrowed && !typesNarrowed && !basis) return { kind: 'whole' };
  const query = new URLSearchParams();
  if (view.focus) {
    query.set('focus', view.focus);
    query.set('depth', String(view.focusDepth));
  }
  if (kindsNarrowed) query.set('kinds', kinds.map((k) => k.id).join(','));
  if (typesNarrowed) query.set('types', types.map((r) => r.id).join(','));
  if (basis) query.set('basis', basis);
  for (const [name, value] of langQuery(view)) query.set(name, value);
  return {
    kind: 'narrowed',
    query,
    focus: view.focus ? { id: view.focus, depth: view.focusDepth } : null,
    kinds: kindsNarrowed ? { shown: kinds.length, of: graph.kinds.length } : null,
    types: typesNarrowed ? { shown: types.length, of: graph.relationTypes.length } : null,
    basis,
  };
}

/**
 * True when the view holds more than its focus and filters say (expanded neighbourhoods, a path)
 * or less (concepts hidden one by one): the exports cannot name those, and the menu says so.
 */
export function viewBeyondExports(view: ViewState): boolean {
  return view.expanded.length > 0 || view.hidden.length > 0 || view.path !== null;
}
