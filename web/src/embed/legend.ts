// A read-only legend for the embed view: the kinds and relation types present, with colours.
import { pick } from '../i18n/index.js';
import { h, swatch } from '../panels/dom.js';
import type { AppState } from '../state/app-state.js';

export function renderEmbedLegend(root: HTMLElement, s: AppState): void {
  const graph = s.graph;
  root.replaceChildren();
  if (!graph) return;
  const lang = s.view.lang;
  const kinds = new Set(s.elements.nodes.map((n) => n.kind));
  const types = new Set(s.elements.relations.map((r) => r.type));
  const hiddenKinds = new Set(s.view.hiddenKinds);
  const hiddenTypes = new Set(s.view.hiddenTypes);
  const kindRows = graph.kinds
    .filter((k) => kinds.has(k.id) && !hiddenKinds.has(k.id))
    .map((k) => h('li', {}, swatch(k.color), h('span', {}, pick(k.labels, lang))));
  const typeRows = graph.relationTypes
    .filter((r) => types.has(r.id) && !hiddenTypes.has(r.id))
    .map((r) => h('li', {}, swatch(r.color, 'line'), h('span', {}, pick(r.labels, lang))));
  root.append(h('ul', { class: 'embed-legend-list' }, ...kindRows, ...typeRows));
}
