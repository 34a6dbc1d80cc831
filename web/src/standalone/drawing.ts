// Draws the view's relations and concepts as SVG, with the same geometry as the SVG export
// (export/geometry.ts). The selected one is drawn heavier; a click or Enter selects.
import { pick } from '../i18n/index.js';
import { edgeGeometry, LABEL_FONT, layoutLabel, type Box } from '../export/geometry.js';
import type { StandaloneConcept } from './data.js';
import { svgEl } from './dom.js';
import { isSelected, relationName, type Viewer } from './state.js';

const boxOf = (c: StandaloneConcept): Box => ({ x: c.x, y: c.y, width: c.w, height: c.h });

export function drawEdges(v: Viewer, layer: SVGGElement): void {
  layer.replaceChildren();
  for (const r of v.data.relations) {
    const a = v.concepts.get(r.from);
    const b = v.concepts.get(r.to);
    if (!a || !b) continue;
    const { start, end, tip, head } = edgeGeometry(boxOf(a), boxOf(b), r.arrow);
    const on = isSelected(v, 'relation', r.id);
    const g = svgEl('g', { class: 'edge', 'data-id': r.id, tabindex: 0 });
    const line = svgEl('line', {
      x1: start[0],
      y1: start[1],
      x2: end[0],
      y2: end[1],
      stroke: r.color,
      'stroke-width': on ? 3.5 : 1.6,
      'stroke-opacity': on ? 1 : 0.8,
    });
    if (r.inferred) line.setAttribute('stroke-dasharray', '6 4');
    // A wide invisible line makes the thin relation easy to click.
    const hit = svgEl('line', {
      x1: start[0],
      y1: start[1],
      x2: tip[0],
      y2: tip[1],
      class: 'hit',
      'stroke-width': 12,
    });
    g.append(line, hit);
    if (head)
      g.append(svgEl('polygon', { points: head.map((p) => p.join(',')).join(' '), fill: r.color }));
    g.append(svgEl('title', {}, relationName(v, r.from, r.type, r.to)));
    g.addEventListener('click', () => v.choose({ kind: 'relation', id: r.id }));
    layer.append(g);
  }
}

export function drawNodes(v: Viewer, layer: SVGGElement): void {
  layer.replaceChildren();
  for (const c of v.data.concepts) {
    const on = isSelected(v, 'concept', c.id);
    const g = svgEl('g', { class: 'node', 'data-id': c.id, tabindex: 0, role: 'button' });
    g.append(
      svgEl('rect', {
        x: c.x - c.w / 2,
        y: c.y - c.h / 2,
        width: c.w,
        height: c.h,
        rx: 6,
        fill: c.fill,
        stroke: on ? v.data.theme.accent : c.border,
        'stroke-width': on ? 4 : 2,
      }),
    );
    const label = pick(c.labels, v.lang);
    const layout = layoutLabel(label, boxOf(c), c.fontSize, v.widthOf);
    const text = svgEl('text', {
      'font-size': layout.fontSize,
      'font-family': LABEL_FONT,
      fill: v.data.theme.text,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    });
    for (const line of layout.lines)
      text.append(svgEl('tspan', { x: line.x, y: line.y }, line.text));
    g.append(text);
    g.setAttribute('aria-label', label);
    const choose = () => v.choose({ kind: 'concept', id: c.id });
    g.addEventListener('click', choose);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') choose();
    });
    layer.append(g);
  }
}
