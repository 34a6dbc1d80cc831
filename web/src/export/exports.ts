// The export actions of the share dialog: PNG at a scale, SVG and JSON of the drawn view. They
// are handed the graph view itself (as a DrawnView), never a DOM node to look it up by.
import { createApi, type Api } from '../api/client.js';
import type { DrawnView } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import type { ViewEvidence } from '../standalone/data.js';
import { download } from './download.js';
import { viewEvidence } from './evidence.js';
import { framePng } from './png-frame.js';
import { legendOf } from './png-legend.js';
import { toSvg } from './svg.js';
import { viewJson } from './view-json.js';

export interface ExportOptions {
  transparent: boolean;
  /** PNG only: draw the legend beside the picture. */
  legend?: boolean;
}

export function baseName(state: AppState): string {
  const name = [state.view.graph ?? 'graph', state.view.focus].filter(Boolean).join('-');
  return name.replace(/[^a-z0-9-]+/gi, '-');
}

export async function exportPng(
  view: DrawnView,
  state: AppState,
  scale: number,
  o: ExportOptions,
): Promise<void> {
  const snapshot = view.snapshot();
  if (!snapshot) return;
  const blob = await view.png({ scale, transparent: o.transparent });
  const name = `${baseName(state)}@${scale}x.png`;
  // The legend follows the page's theme colours, like the canvas it stands beside.
  const css = getComputedStyle(document.documentElement);
  const framed = await framePng(blob, o.legend ? legendOf(state, snapshot) : [], {
    scale,
    background: o.transparent ? null : snapshot.background,
    panel: css.getPropertyValue('--panel').trim() || '#f6f7f9',
    text: css.getPropertyValue('--text').trim() || '#1a1a1a',
  });
  download(framed ?? blob, name);
}

export function exportSvg(view: DrawnView, state: AppState, o: ExportOptions): void {
  const snapshot = view.snapshot();
  if (!snapshot) return;
  const svg = toSvg(snapshot, o.transparent);
  download(new Blob([svg], { type: 'image/svg+xml' }), `${baseName(state)}.svg`);
}

/**
 * The view's JSON with the places in the source text of what it shows, fetched first. Should the
 * API not answer, the view is still saved, its `evidence` fields null (not known) rather than
 * empty (none). The drawing is read at once, before the view can change.
 */
export function exportJson(view: DrawnView, state: AppState, api: Api = createApi()): void {
  const snapshot = view.snapshot();
  const graph = state.view.graph;
  const save = (evidence: ViewEvidence | null) => {
    const json = JSON.stringify(viewJson(state, snapshot, evidence), null, 2);
    download(new Blob([json], { type: 'application/json' }), `${baseName(state)}.view.json`);
  };
  if (!snapshot || !graph) return save(null);
  void viewEvidence(api, graph, snapshot).then(save, () => save(null));
}
