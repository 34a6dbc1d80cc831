// A read-only legend for the embed view: the kinds of concept, the relations of meaning, and
// apart from them the text's structure (sections drawn as boxes, structural relations drawn as
// lines). It lists what the canvas draws when the canvas has drawn (its snapshot), else what the
// view holds.
import { drawnParts } from '../export/groups.js';
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import { pick, t } from '../i18n/index.js';
import { h, swatch } from '../panels/dom.js';
import type { AppState } from '../state/app-state.js';

/** A section's chip: a small box in the group's fill with its border (set through the CSSOM). */
function groupChip(fill: string, border: string): HTMLSpanElement {
  const chip = h('span', { class: 'swatch swatch-group', attrs: { 'aria-hidden': 'true' } });
  chip.style.backgroundColor = fill;
  chip.style.borderColor = border;
  return chip;
}

function block(role: string, heading: string, rows: HTMLLIElement[]): HTMLElement[] {
  if (!rows.length) return [];
  return [
    h('h2', { class: 'embed-legend-heading', attrs: { 'data-role': role } }, heading),
    h('ul', { class: 'embed-legend-list', attrs: { 'data-role': role } }, ...rows),
  ];
}

export function renderEmbedLegend(
  root: HTMLElement,
  s: AppState,
  snapshot: ViewSnapshot | null,
): void {
  const graph = s.graph;
  root.replaceChildren();
  if (!graph) return;
  const lang = s.view.lang;
  const drawn = snapshot && snapshot.nodes.length ? drawnParts(snapshot) : null;
  const hiddenKinds = new Set(s.view.hiddenKinds);
  const hiddenTypes = new Set(s.view.hiddenTypes);
  const kinds = new Set((drawn?.nodes ?? s.elements.nodes).map((n) => n.kind));
  const types = new Set(
    drawn ? drawn.edges.map((e) => e.type) : s.elements.relations.map((r) => r.type),
  );
  const kindRows = graph.kinds
    .filter((k) => kinds.has(k.id) && !hiddenKinds.has(k.id))
    .map((k) => h('li', {}, swatch(k.color), h('span', {}, pick(k.labels, lang))));
  const typeRow = (r: (typeof graph.relationTypes)[number]) =>
    h('li', {}, swatch(r.color, 'line'), h('span', {}, pick(r.labels, lang)));
  const shownTypes = graph.relationTypes.filter((r) => types.has(r.id) && !hiddenTypes.has(r.id));
  const group = drawn?.groups[0];
  const structureRows = [
    ...(group
      ? [
          h(
            'li',
            {},
            groupChip(group.fill, group.border),
            h('span', {}, t(lang, 'embed.legendSection')),
          ),
        ]
      : []),
    ...shownTypes.filter((r) => r.structural).map(typeRow),
  ];
  root.append(
    ...block('kinds', t(lang, 'kinds'), kindRows),
    ...block(
      'meaning',
      t(lang, 'embed.legendMeaning'),
      shownTypes.filter((r) => !r.structural).map(typeRow),
    ),
    ...block('structure', t(lang, 'embed.legendStructure'), structureRows),
  );
}
