// "Standalone HTML": one file with the current view's drawing, both languages and the evidence
// of everything in it (quotes and their places in the source text), the source text itself, plus
// the small viewer (bundled at build time by web/build/standalone-viewer-plugin.ts). The evidence
// and the text are fetched once here, so the file itself never needs the server.
import viewerScript from 'virtual:standalone-viewer';
import type { Api } from '../api/client.js';
import type { DrawnView } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import { queryFromView } from '../state/url.js';
import { standaloneData } from '../standalone/data.js';
import { standaloneHtml } from '../standalone/html.js';
import { STANDALONE_CSS } from '../standalone/styles.js';
import { documentFromQuery } from '../text-view/document.js';
import { download } from './download.js';
import { viewEvidence } from './evidence.js';
import { baseName } from './exports.js';

export async function standaloneFile(
  view: DrawnView,
  state: AppState,
  api: Api,
): Promise<string | null> {
  const snapshot = view.snapshot();
  const graph = state.view.graph;
  if (!snapshot || !graph) return null;
  const [evidence, text] = await Promise.all([
    viewEvidence(api, graph, snapshot),
    api.document(graph).then(documentFromQuery),
  ]);
  const link = `${window.location.origin}/?${queryFromView({ ...state.view, listView: false })}`;
  const data = standaloneData(state, snapshot, evidence, link, text);
  return standaloneHtml(data, viewerScript, STANDALONE_CSS);
}

export async function exportStandalone(
  view: DrawnView,
  state: AppState,
  api: Api,
): Promise<boolean> {
  const html = await standaloneFile(view, state, api);
  if (!html) return false;
  download(new Blob([html], { type: 'text/html' }), `${baseName(state)}.html`);
  return true;
}
