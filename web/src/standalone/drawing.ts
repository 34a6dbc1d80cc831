// Draws the view's sections (as labelled boxes), relations and concepts as SVG, with the same
// geometry as the SVG export (export/geometry.ts, export/groups.ts), each box where the language
// shown places it (placement.ts). The selected one is drawn heavier; a click or Enter selects.
import { pick } from '../i18n/index.js';
import { edgeGeometry, LABEL_FONT, layoutLabel, type Box } from '../export/geometry.js';
import { groupAsBox, labelTab, layoutGroupLabel } from '../export/groups.js';
import type { StandaloneConcept, StandaloneGroup } from './data.js';
import { svgEl } from './dom.js';
import { isSelected, relationName, type Viewer } from './state.js';

/** A concept's box in the language shown (as the file has it, if the placement lacks it). */
function boxOf(v: Viewer, c: StandaloneConcept): Box {
  const at = v.placement.concepts.get(c.id) ?? c;
  return { x: at.x, y: at.y, width: at.w, height: at.h };
}

/** A section's box in the language shown. */
const groupBoxOf = (v: Viewer, s: StandaloneGroup) => v.placement.groups.get(s.id) ?? s;

/** Where a relation ends: a concept's box, or a section's group box. */
function endOf(v: Viewer, id: string): Box | null {
  const concept = v.concepts.get(id);
  if (concept) return boxOf(v, concept);
  const group = v.groups.get(id);
  return group ? groupAsBox(groupBoxOf(v, group)) : null;
}

/**
 * A label's lines, one tspan each, with a space between them: the lines are a wrapped phrase, and
 * without it the text a reader or a voice command meets ("KeserasianSosial") would not match the
 * name the control announces ("Keserasian Sosial"). The space ends its line, out of sight.
 */
function appendLines(text: SVGTextElement, lines: { x: number; y: number; text: string }[]): void {
  lines.forEach((line, i) => {
    if (i > 0) text.append(' ');
    text.append(svgEl('tspan', { x: line.x, y: line.y }, line.text));
  });
}

/** Makes a drawn concept or section selectable by click and by Enter or Space. */
function selectable(v: Viewer, g: SVGGElement, id: string, label: string): void {
  g.setAttribute('aria-label', label);
  const choose = () => v.choose({ kind: 'concept', id });
  g.addEventListener('click', choose);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') choose();
  });
}

/**
 * Sections as boxes behind everything (`boxes`), and their titles over the relations that cross
 * them (`titles`). A click on either, or Enter on the title, shows the section's evidence.
 */
export function drawGroups(v: Viewer, boxes: SVGGElement, titles: SVGGElement): void {
  boxes.replaceChildren();
  titles.replaceChildren();
  for (const s of v.groups.values()) {
    const on = isSelected(v, 'concept', s.id);
    const frame = groupBoxOf(v, s);
    const box = svgEl('g', { class: 'group', 'data-id': s.id });
    box.append(
      svgEl('rect', {
        x: frame.x1,
        y: frame.y1,
        width: frame.x2 - frame.x1,
        height: frame.y2 - frame.y1,
        rx: 8,
        fill: s.fill,
        stroke: on ? v.data.theme.accent : s.border,
        'stroke-width': on ? 3 : 1.5,
      }),
    );
    box.addEventListener('click', () => v.choose({ kind: 'concept', id: s.id }));
    boxes.append(box);

    const label = pick(s.labels, v.lang);
    // Bold, as the canvas draws sections' titles (unless the file says otherwise).
    const weight = s.fontWeight ?? 'bold';
    const widthOf = weight === 'bold' ? v.boldWidthOf : v.widthOf;
    const layout = layoutGroupLabel(label, frame, s.fontSize, widthOf);
    const tab = labelTab(layout, frame, widthOf);
    const title = svgEl('g', {
      class: 'group-label',
      'data-group': s.id,
      tabindex: 0,
      role: 'button',
    });
    title.append(
      svgEl('rect', {
        x: tab.x1,
        y: tab.y1,
        width: tab.x2 - tab.x1,
        height: tab.y2 - tab.y1,
        rx: 3,
        fill: s.fill,
      }),
    );
    const text = svgEl('text', {
      'font-size': layout.fontSize,
      'font-family': LABEL_FONT,
      'font-weight': weight,
      fill: s.textColor,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    });
    appendLines(text, layout.lines);
    title.append(text);
    selectable(v, title, s.id, label);
    titles.append(title);
  }
}

export function drawEdges(v: Viewer, layer: SVGGElement): void {
  layer.replaceChildren();
  for (const r of v.data.relations) {
    const a = endOf(v, r.from);
    const b = endOf(v, r.to);
    if (!a || !b) continue;
    const { start, end, tip, head } = edgeGeometry(a, b, r.arrow);
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
    const box = boxOf(v, c);
    const g = svgEl('g', { class: 'node', 'data-id': c.id, tabindex: 0, role: 'button' });
    g.append(
      svgEl('rect', {
        x: box.x - box.width / 2,
        y: box.y - box.height / 2,
        width: box.width,
        height: box.height,
        rx: 6,
        fill: c.fill,
        stroke: on ? v.data.theme.accent : c.border,
        'stroke-width': on ? 4 : 2,
      }),
    );
    const label = pick(c.labels, v.lang);
    // In the weight the canvas draws it in, which placement.ts measured it in.
    const bold = c.fontWeight === 'bold';
    const layout = layoutLabel(label, box, c.fontSize, bold ? v.boldWidthOf : v.widthOf);
    const text = svgEl('text', {
      'font-size': layout.fontSize,
      'font-family': LABEL_FONT,
      'font-weight': bold ? 'bold' : 'normal',
      fill: v.data.theme.text,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    });
    appendLines(text, layout.lines);
    g.append(text);
    selectable(v, g, c.id, label);
    layer.append(g);
  }
}
