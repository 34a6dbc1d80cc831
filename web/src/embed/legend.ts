// A read-only legend for the embed view: the kinds of concept, the relations of meaning, and
// apart from them the text's structure (sections drawn as boxes, structural relations drawn as
// lines). It lists what the canvas draws when the canvas has drawn (its snapshot), else what the
// view holds. In a frame too short for it, it scrolls within its box (embed.css), and then takes
// the keyboard's focus so that a reader without a mouse can scroll it too.
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

/** Legends already followed: a resized frame can make a legend scroll, or stop scrolling. */
const followed = new WeakSet<HTMLElement>();

/** A legend that scrolls is a stop on the keyboard's way; one that fits is not. */
function reachableWhenScrolling(root: HTMLElement): void {
  const update = () => {
    const scrolls = root.scrollHeight > root.clientHeight + 1;
    if (scrolls) root.tabIndex = 0;
    else root.removeAttribute('tabindex');
  };
  update();
  if (followed.has(root)) return;
  followed.add(root);
  new ResizeObserver(update).observe(root);
}

export function renderEmbedLegend(
  root: HTMLElement,
  s: AppState,
  snapshot: ViewSnapshot | null,
): void {
  const graph = s.graph;
  root.replaceChildren();
  root.setAttribute('aria-label', t(s.view.lang, 'legend'));
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
  reachableWhenScrolling(root);
}
