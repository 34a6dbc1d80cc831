// The legend over the drawing's corner: the kinds of concept (colour chips), the relations of
// meaning (line chips), and apart from them the text's structure: sections drawn as boxes and
// structural relations drawn as lines.
import { pick, t } from '../i18n/index.js';
import type { Legend } from './data.js';
import { el } from './dom.js';
import type { Viewer } from './state.js';

type Chip =
  | { kind: 'box'; color: string }
  | { kind: 'line'; color: string }
  | { kind: 'group'; fill: string; border: string };

function row(chip: Chip, label: string): HTMLLIElement {
  const span = el('span', `chip ${chip.kind === 'box' ? '' : chip.kind}`.trim());
  if (chip.kind === 'box') span.style.backgroundColor = chip.color;
  else if (chip.kind === 'line') span.style.borderTopColor = chip.color;
  else {
    span.style.backgroundColor = chip.fill;
    span.style.borderColor = chip.border;
  }
  const li = el('li', '');
  li.append(span, el('span', '', label));
  return li;
}

export function renderLegend(v: Viewer, legend: HTMLElement): void {
  legend.replaceChildren();
  const list = (heading: string, rows: HTMLLIElement[], role: string) => {
    if (!rows.length) return;
    const ul = el('ul', '');
    ul.append(...rows);
    const h2 = el('h2', '', heading);
    h2.dataset.role = role;
    legend.append(h2, ul);
  };
  const named = (item: Legend) => pick(item.labels, v.lang) || item.id;
  // Kinds of the concepts drawn as boxes; a section drawn as a group has its own entry below.
  const drawnKinds = new Set(v.data.concepts.map((c) => c.kind));
  list(
    t(v.lang, 'viewer.kinds'),
    v.data.kinds
      .filter((k) => drawnKinds.has(k.id))
      .map((k) => row({ kind: 'box', color: k.color }, named(k))),
    'kinds',
  );
  const line = (r: Legend) => row({ kind: 'line', color: r.color }, named(r));
  list(
    t(v.lang, 'embed.legendMeaning'),
    v.data.types.filter((r) => !r.structural).map(line),
    'meaning',
  );
  const group = v.groups.values().next().value;
  list(
    t(v.lang, 'embed.legendStructure'),
    [
      ...(group
        ? [
            row(
              { kind: 'group', fill: group.fill, border: group.border },
              t(v.lang, 'embed.legendSection'),
            ),
          ]
        : []),
      ...v.data.types.filter((r) => r.structural).map(line),
    ],
    'structure',
  );
}
