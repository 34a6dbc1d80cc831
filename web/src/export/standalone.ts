// "Standalone HTML": one file with the current view's drawing, both languages and the evidence
// of everything in it, plus the small viewer (bundled at build time by
// web/build/standalone-viewer-plugin.ts). The evidence is fetched once here, so the file itself
// never needs the server.
import viewerScript from 'virtual:standalone-viewer';
import type { Api } from '../api/client.js';
import type { DrawnView } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import { queryFromView } from '../state/url.js';
import { standaloneData, type ViewEvidence } from '../standalone/data.js';
import { standaloneHtml } from '../standalone/html.js';
import { STANDALONE_CSS } from '../standalone/styles.js';
import { download } from './download.js';
import { baseName } from './exports.js';

export async function standaloneFile(
  view: DrawnView,
  state: AppState,
  api: Api,
): Promise<string | null> {
  const snapshot = view.snapshot();
  const graph = state.view.graph;
  if (!snapshot || !graph) return null;
  // Sections drawn as groups are concepts too: a click on a box shows the section's evidence.
  const found = await api.evidence(
    graph,
    [...snapshot.nodes, ...snapshot.groups].map((n) => n.id),
  );
  const evidence: ViewEvidence = { concepts: new Map(), relations: new Map() };
  for (const c of found) {
    evidence.concepts.set(c.id, c);
    for (const r of c.relations) evidence.relations.set(r.id, r);
  }
  const link = `${window.location.origin}/?${queryFromView({ ...state.view, listView: false })}`;
  const data = standaloneData(state, snapshot, evidence, link);
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
