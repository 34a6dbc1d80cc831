// Old ids in links. A correction of the graph may merge, rename or retype a concept or a relation;
// the graph keeps the ids it replaced (`Graph.aliases`), and everything that reads ids from
// outside (a shared link, the browser's history, a saved story) rewrites them to the current ones
// here, so a link made before the correction still shows what it showed.
import type { Alias } from '../api/model.js';
import { queryFromView, viewFromQuery } from './url.js';
import { DEFAULT_VIEW, type Expansion, type ViewState } from './view.js';

export interface AliasMap {
  concepts: ReadonlyMap<string, string>;
  relations: ReadonlyMap<string, string>;
}

export const NO_ALIASES: AliasMap = { concepts: new Map(), relations: new Map() };

export function aliasMap(aliases: readonly Alias[] | null | undefined): AliasMap {
  if (!aliases?.length) return NO_ALIASES;
  const concepts = new Map<string, string>();
  const relations = new Map<string, string>();
  for (const a of aliases) (a.target === 'RELATION' ? relations : concepts).set(a.old, a.current);
  return { concepts, relations };
}

/** The current id for `id` (itself when it is not an old one), following chains of renames. */
function current(map: ReadonlyMap<string, string>, id: string): string {
  let now = id;
  const seen = new Set<string>();
  for (let next = map.get(now); next !== undefined && !seen.has(next); next = map.get(now)) {
    seen.add(now);
    now = next;
  }
  return now;
}

const isEmpty = (aliases: AliasMap) => aliases.concepts.size === 0 && aliases.relations.size === 0;

/** The view with every old id replaced; the same object when none was old. */
export function resolveView(view: ViewState, aliases: AliasMap): ViewState {
  if (isEmpty(aliases)) return view;
  const concept = (id: string) => current(aliases.concepts, id);
  let changed = false;
  const swap = (id: string) => {
    const now = concept(id);
    if (now !== id) changed = true;
    return now;
  };
  const focus = view.focus === null ? null : swap(view.focus);
  const expanded: Expansion[] = view.expanded.map((e) => ({ ...e, id: swap(e.id) }));
  const hidden = [...new Set(view.hidden.map(swap))];
  const path = view.path ? { from: swap(view.path.from), to: swap(view.path.to) } : null;
  let selection = view.selection;
  if (selection) {
    const map = selection.type === 'relation' ? aliases.relations : aliases.concepts;
    const now = current(map, selection.id);
    if (now !== selection.id) {
      changed = true;
      selection = { ...selection, id: now };
    }
  }
  if (!changed) return view;
  // Two expansions that now name one concept: the later one wins, as expanding again would.
  const byId = new Map(expanded.map((e) => [e.id, e]));
  return { ...view, focus, expanded: [...byId.values()], hidden, path, selection };
}

/** The link parameters that carry ids: everything else in a query is left as it was. */
const ID_PARAMS = ['focus', 'x', 'hide', 'sel', 'path'] as const;

/** A view's query string (a story's step) with its old ids replaced; unchanged when none was. */
export function resolveQuery(query: string, aliases: AliasMap): string {
  if (isEmpty(aliases)) return query;
  const view = viewFromQuery(query, DEFAULT_VIEW);
  const resolved = resolveView(view, aliases);
  if (resolved === view) return query;
  const original = new URLSearchParams(query);
  const rewritten = new URLSearchParams(queryFromView(resolved));
  for (const key of ID_PARAMS) {
    const value = rewritten.get(key);
    if (value === null) original.delete(key);
    else original.set(key, value);
  }
  return original.toString();
}
