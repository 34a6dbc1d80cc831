// The export actions of the share dialog: PNG at a scale, SVG and JSON of the drawn view.
import { pngOf, snapshotOf } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import { pageBackground } from './background.js';
import { download } from './download.js';
import { legendOf, pngWithLegend } from './png-legend.js';
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

export function exportPng(
  container: HTMLElement,
  state: AppState,
  scale: number,
  o: ExportOptions,
) {
  const background = pageBackground(container);
  const blob = pngOf(container, { scale, transparent: o.transparent, background });
  if (!blob) return;
  const name = `${baseName(state)}@${scale}x.png`;
  const snapshot = o.legend ? snapshotOf(container) : null;
  if (!snapshot) {
    download(blob, name);
    return;
  }
  // The legend follows the page's theme colours, like the canvas it stands beside.
  const css = getComputedStyle(document.documentElement);
  void pngWithLegend(blob, legendOf(state, snapshot), {
    scale,
    background: o.transparent ? null : background,
    panel: css.getPropertyValue('--panel').trim() || '#f6f7f9',
    text: css.getPropertyValue('--text').trim() || '#1a1a1a',
  }).then((withLegend) => download(withLegend ?? blob, name));
}

export function exportSvg(container: HTMLElement, state: AppState, o: ExportOptions) {
  const snapshot = snapshotOf(container);
  if (!snapshot) return;
  const svg = toSvg({ ...snapshot, background: pageBackground(container) }, o.transparent);
  download(new Blob([svg], { type: 'image/svg+xml' }), `${baseName(state)}.svg`);
}

export function exportJson(container: HTMLElement, state: AppState) {
  const json = JSON.stringify(viewJson(state, snapshotOf(container)), null, 2);
  download(new Blob([json], { type: 'application/json' }), `${baseName(state)}.view.json`);
}
