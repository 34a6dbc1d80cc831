// The embed view's own options, read from its URL beside the view itself (state/url.ts).
import { queryFromView, viewFromQuery } from '../state/url.js';
import { DEFAULT_VIEW, type ViewState } from '../state/view.js';

/** What the frame shows: the canvas, the source text, or the two side by side. */
export type EmbedPane = 'graph' | 'text' | 'split';

export interface EmbedOptions {
  view: ViewState;
  pane: EmbedPane;
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
  const asked = q.get('view');
  // `view` decides; a link with the text open (shared from the explorer) shows both.
  const pane: EmbedPane =
    asked === 'text' || asked === 'split' || asked === 'graph'
      ? asked
      : parsed.text
        ? 'split'
        : 'graph';
  // An embed shows one view: no list view, and the zoom only when the link asks not to fit.
  const view: ViewState = {
    ...parsed,
    listView: false,
    text: pane === 'graph' ? null : (parsed.text ?? { at: null, place: 0, uncoveredOnly: false }),
    ...(fit ? { zoom: null, pan: null } : {}),
  };
  return {
    view,
    pane,
    transparent: q.get('bg') === 'transparent',
    interactive: flag(q, 'interactive', true),
    legend: flag(q, 'legend', false),
    fit,
  };
}

export interface EmbedExtras {
  /** Left out: the graph, or both when the view has the text open. */
  pane?: EmbedPane;
  transparent?: boolean;
  interactive?: boolean;
  legend?: boolean;
  fit?: boolean;
}

/** The query string of an embed link for a view (the share dialog writes these). */
export function embedQuery(view: ViewState, extras: EmbedExtras = {}): string {
  const q = new URLSearchParams(queryFromView({ ...view, listView: false }));
  if (extras.pane) q.set('view', extras.pane);
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
