// The layouts the explorer offers, in the order of the toolbar's menu. This half of the registry
// is plain data and imports nothing at run time (above all not cytoscape), so the state, the
// link parser and the toolbar share it with the graph view; how each layout runs is the other
// half, LAYOUT_OPTIONS in ./layout-options.ts.
//
// Adding a layout: an entry here, and its options builder in LAYOUT_OPTIONS (a record over these
// names, so the type checker asks for it). Its label's text, in both languages, sits with the
// other interface strings (i18n/) under the key named here.
import type { StringKey } from '../../i18n/index.js';

interface LayoutEntry {
  /** As links spell it (`?layout=`): never rename one, shared links carry it. */
  name: string;
  /** The menu's text. */
  label: StringKey;
}

export const LAYOUTS = [
  { name: 'fcose', label: 'layout_fcose' },
  { name: 'grouped', label: 'layout_grouped' },
  { name: 'concentric', label: 'layout_concentric' },
  { name: 'elk', label: 'layout_elk' },
] as const satisfies readonly LayoutEntry[];

export type LayoutName = (typeof LAYOUTS)[number]['name'];

/** For text from outside (a link, a menu's value): is it one of ours? */
export function isLayoutName(value: unknown): value is LayoutName {
  return LAYOUTS.some((layout) => layout.name === value);
}
