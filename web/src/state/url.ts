// The view in the URL's query string, so links restore it and back/forward step through views.
// Only values that differ from the defaults are written, which keeps shared links short.
import { LIMITS } from '../../../common/limits.js';
import { isLayoutName } from '../graph-view/layout/registry.js';
import { DEFAULT_VIEW, type Expansion, type Selection, type ViewState } from './view.js';

const list = (value: string | null): string[] =>
  value
    ? value
        .split(',')
        .map(decodeURIComponent)
        .filter((v) => v !== '')
    : [];
const join = (values: readonly string[]): string => values.map(encodeURIComponent).join(',');

function parseExpansion(text: string): Expansion | null {
  const [id, depth, types] = text.split(':');
  if (!id) return null;
  const d = Number(depth ?? 1);
  return {
    id: decodeURIComponent(id),
    depth: Number.isInteger(d) && d >= 1 && d <= LIMITS.neighborhoodDepth ? d : 1,
    types: types ? types.split('+').map(decodeURIComponent) : [],
  };
}

function formatExpansion(e: Expansion): string {
  const id = encodeURIComponent(e.id);
  if (e.types.length) return `${id}:${e.depth}:${e.types.map(encodeURIComponent).join('+')}`;
  return e.depth === 1 ? id : `${id}:${e.depth}`;
}

function parseSelection(text: string | null): Selection {
  const match = text ? /^([cr]):(.+)$/.exec(text) : null;
  if (!match?.[2]) return null;
  return { type: match[1] === 'r' ? 'relation' : 'concept', id: match[2] };
}

function finite(text: string | null): number | null {
  if (text === null || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** `text=1` (or `text=uncovered`) opens the text; `tat` is where it was read, `tplace` which place. */
function parseText(q: URLSearchParams): ViewState['text'] {
  const open = q.get('text');
  if (open !== '1' && open !== 'uncovered') return null;
  const at = finite(q.get('tat'));
  const place = Number(q.get('tplace') ?? 1);
  return {
    at: at !== null && Number.isInteger(at) && at >= 0 ? at : null,
    place: Number.isInteger(place) && place >= 1 ? place - 1 : 0,
    uncoveredOnly: open === 'uncovered',
  };
}

/** The text sizes a link may ask for: `?scale=` from 1 (the default) to 2.5 (a large hall). */
export const SCALE_RANGE = { min: 1, max: 2.5 } as const;
/** What the text-size control offers (any value in the range works in a link). */
export const SCALE_STEPS = [1, 1.25, 1.5, 2, 2.5] as const;

/** `?scale=`: a number in SCALE_RANGE (to two decimals); anything else is 1. */
export function parseScale(text: string | null): number {
  const n = finite(text);
  if (n === null || n < SCALE_RANGE.min || n > SCALE_RANGE.max) return 1;
  return Math.round(n * 100) / 100;
}

/** Reads a view from a query string; anything missing or malformed falls back to `base`. */
export function viewFromQuery(search: string, base: ViewState = DEFAULT_VIEW): ViewState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const theme = q.get('theme');
  const layout = q.get('layout');
  const [from, to] = list(q.get('path'));
  const zoom = finite(q.get('z'));
  const px = finite(q.get('px'));
  const py = finite(q.get('py'));
  const depth = Number(q.get('depth') ?? base.focusDepth);
  const basis = q.get('basis');
  return {
    graph: q.get('g') ?? base.graph,
    lang: lang === 'en' || lang === 'id' ? lang : base.lang,
    theme: theme === 'dark' || theme === 'light' ? theme : base.theme,
    layout: isLayoutName(layout) ? layout : base.layout,
    renderer: q.get('renderer') === 'webgl' ? 'webgl' : base.renderer,
    sections: q.get('sections') === 'edges' ? 'edges' : DEFAULT_VIEW.sections,
    focus: q.get('focus') ?? null,
    focusDepth:
      Number.isInteger(depth) && depth >= 1 && depth <= LIMITS.neighborhoodDepth ? depth : 1,
    expanded: (q.get('x') ?? '')
      .split(',')
      .map(parseExpansion)
      .filter((e): e is Expansion => e !== null),
    hidden: list(q.get('hide')),
    hiddenKinds: list(q.get('hk')),
    hiddenTypes: list(q.get('ht')),
    showStated: basis === null || basis === 'stated',
    showInferred: basis === null || basis === 'inferred',
    selection: parseSelection(q.get('sel')),
    path: from && to ? { from, to } : null,
    pathStructure: q.get('pathscope') === 'all',
    zoom: zoom !== null && zoom > 0 ? zoom : null,
    pan: zoom !== null && px !== null && py !== null ? { x: px, y: py } : null,
    listView: q.get('list') === '1',
    text: parseText(q),
    scale: parseScale(q.get('scale')),
  };
}

/** Writes a view as a query string (without the leading `?`). */
export function queryFromView(view: ViewState): string {
  const q = new URLSearchParams();
  const set = (key: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== '' && value !== fallback) q.set(key, value);
  };
  set('g', view.graph);
  set('lang', view.lang);
  set('theme', view.theme);
  set('layout', view.layout, DEFAULT_VIEW.layout);
  set('renderer', view.renderer, DEFAULT_VIEW.renderer);
  set('sections', view.sections, DEFAULT_VIEW.sections);
  set('focus', view.focus);
  if (view.focus) set('depth', String(view.focusDepth), '1');
  set('x', view.expanded.map(formatExpansion).join(','));
  set('hide', join(view.hidden));
  set('hk', join(view.hiddenKinds));
  set('ht', join(view.hiddenTypes));
  if (view.showStated !== view.showInferred || !view.showStated) {
    set('basis', view.showStated ? 'stated' : view.showInferred ? 'inferred' : 'none');
  }
  if (view.selection)
    set('sel', `${view.selection.type === 'relation' ? 'r' : 'c'}:${view.selection.id}`);
  if (view.path) set('path', join([view.path.from, view.path.to]));
  if (view.pathStructure) set('pathscope', 'all');
  if (view.zoom !== null && view.pan) {
    set('z', view.zoom.toFixed(3));
    set('px', view.pan.x.toFixed(0));
    set('py', view.pan.y.toFixed(0));
  }
  if (view.listView) set('list', '1');
  if (view.text) {
    set('text', view.text.uncoveredOnly ? 'uncovered' : '1');
    if (view.text.at !== null) set('tat', String(view.text.at));
    if (view.text.place > 0) set('tplace', String(view.text.place + 1));
  }
  if (view.scale !== 1) set('scale', String(view.scale));
  return q.toString();
}
