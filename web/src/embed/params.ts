// The embed view's own options, read from its URL beside the view itself (state/url.ts).
import { queryFromView, viewFromQuery } from '../state/url.js';
import { DEFAULT_VIEW, type ViewState } from '../state/view.js';

export interface EmbedOptions {
  view: ViewState;
  /** Transparent page and canvas background (for slides with their own colour). */
  transparent: boolean;
  /** False: a picture that cannot be panned, zoomed or clicked. */
  interactive: boolean;
  legend: boolean;
  /** True ignores any zoom in the link and fits the graph to the frame. */
  fit: boolean;
}

const flag = (q: URLSearchParams, key: string, fallback: boolean): boolean => {
  const value = q.get(key);
  if (value === null) return fallback;
  return value === '1' || value === 'true' || value === 'on';
};

export function embedOptionsFrom(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const fit = flag(q, 'fit', true);
  const parsed = viewFromQuery(search, DEFAULT_VIEW);
  // An embed shows one view: no list view, and the zoom only when the link asks not to fit.
  const view: ViewState = {
    ...parsed,
    listView: false,
    ...(fit ? { zoom: null, pan: null } : {}),
  };
  return {
    view,
    transparent: q.get('bg') === 'transparent',
    interactive: flag(q, 'interactive', true),
    legend: flag(q, 'legend', false),
    fit,
  };
}

export interface EmbedExtras {
  transparent?: boolean;
  interactive?: boolean;
  legend?: boolean;
  fit?: boolean;
}

/** The query string of an embed link for a view (the share dialog writes these). */
export function embedQuery(view: ViewState, extras: EmbedExtras = {}): string {
  const q = new URLSearchParams(queryFromView({ ...view, listView: false }));
  if (extras.transparent) q.set('bg', 'transparent');
  if (extras.interactive === false) q.set('interactive', '0');
  if (extras.legend) q.set('legend', '1');
  if (extras.fit === false) q.set('fit', '0');
  else {
    q.delete('z');
    q.delete('px');
    q.delete('py');
  }
  return q.toString();
}

/** The full explorer's link for the same view. */
export function explorerHref(view: ViewState): string {
  const query = queryFromView(view);
  return `/${query ? `?${query}` : ''}`;
}
