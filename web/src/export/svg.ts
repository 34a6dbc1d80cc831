// Our own SVG serializer of a drawn view (cytoscape-svg is GPL): shapes from the positions and
// styles the graph view reports, labels as real <text>, every data string XML-escaped. Sections
// drawn as groups are boxes behind their members, their titles inside the top of the box and over
// the relations that cross it. Borders, arrowheads, label wrapping
// and group labels come from geometry.ts and groups.ts, which the standalone viewer draws with too.
// Labels are wrapped, sized and weighted as on the canvas, each line set on its own baseline.
import { escapeXml } from '../../../common/xml.js';
import type {
  SnapshotEdge,
  SnapshotGroup,
  SnapshotNode,
  ViewSnapshot,
} from '../graph-view/snapshot.js';
import { baselineBelowCentre } from './baseline.js';
import {
  boldTextWidth,
  textWidth,
  edgeGeometry,
  LABEL_FONT,
  layoutLabel,
  type Box,
  type LabelLayout,
  type Point,
  type TextWidth,
} from './geometry.js';
import {
  drawnParts,
  groupAsBox,
  labelTab,
  layoutGroupLabel,
  rectOf,
  unionOf,
  type Rect,
} from './groups.js';

/** The margin around the whole picture, in the drawing's units. */
export const SVG_MARGIN = 20;

const r1 = (v: number) => Math.round(v * 10) / 10;
const point = ([x, y]: Point) => `${r1(x)},${r1(y)}`;

/** Measures: text widths in either weight, and where a line's baseline sits below its centre. */
export interface TextMetrics {
  widthOf: TextWidth;
  boldWidthOf: TextWidth;
  baseline: (fontSize: number, weight: 'normal' | 'bold') => number;
}

function textSvg(
  layout: LabelLayout,
  colour: string,
  weight: 'normal' | 'bold',
  m: TextMetrics,
): string {
  const below = m.baseline(layout.fontSize, weight);
  const spans = layout.lines
    .map((l) => `<tspan x="${r1(l.x)}" y="${r1(l.y + below)}">${escapeXml(l.text)}</tspan>`)
    .join('');
  const bold = weight === 'bold' ? ' font-weight="bold"' : '';
  return `<text font-size="${layout.fontSize}"${bold} fill="${escapeXml(colour)}" text-anchor="middle">${spans}</text>`;
}

function nodeSvg(n: SnapshotNode, m: TextMetrics): string {
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  const paint = `fill="${escapeXml(n.fill)}" stroke="${escapeXml(n.border)}"`;
  const shape =
    n.shape === 'ellipse'
      ? `<ellipse cx="${n.x}" cy="${n.y}" rx="${n.width / 2}" ry="${n.height / 2}" ${paint}/>`
      : `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="${n.shape.startsWith('round') ? 6 : 0}" ${paint}/>`;
  // Measured in the weight the canvas measured the box for.
  const weight = n.fontWeight === 'bold' ? 'bold' : 'normal';
  const widthOf = weight === 'bold' ? m.boldWidthOf : m.widthOf;
  const text = textSvg(layoutLabel(n.label, n, n.fontSize, widthOf), n.textColor, weight, m);
  return `<g class="node" data-id="${escapeXml(n.id)}">${shape}${text}</g>`;
}

const rectSvg = (r: Rect, attrs: string) =>
  `<rect x="${r1(r.x1)}" y="${r1(r.y1)}" width="${r1(r.x2 - r.x1)}" height="${r1(r.y2 - r.y1)}" ${attrs}/>`;

/** A section's box, behind the relations and concepts. */
function groupSvg(g: SnapshotGroup): string {
  const paint = `rx="8" fill="${escapeXml(g.fill)}" stroke="${escapeXml(g.border)}" stroke-width="1.5"`;
  return `<g class="group" data-id="${escapeXml(g.id)}">${rectSvg(g, paint)}</g>`;
}

/** A section's title inside the top of its box, over a patch of the box's fill. */
function groupLabelSvg(g: SnapshotGroup, m: TextMetrics): string {
  const weight = g.fontWeight ?? 'bold';
  const widthOf = weight === 'bold' ? m.boldWidthOf : m.widthOf;
  const layout = layoutGroupLabel(g.label, g, g.fontSize, widthOf);
  const tab = rectSvg(labelTab(layout, g, widthOf), `rx="3" fill="${escapeXml(g.fill)}"`);
  const text = textSvg(layout, g.textColor, weight, m);
  return `<g class="group-label" data-group="${escapeXml(g.id)}">${tab}${text}</g>`;
}

/** A relation from border to border; a directed one ends in a filled triangle at its target. */
function edgeSvg(e: SnapshotEdge, at: ReadonlyMap<string, Box>): string {
  const a = at.get(e.source);
  const b = at.get(e.target);
  if (!a || !b) return '';
  const { start, end, head } = edgeGeometry(a, b, e.arrow);
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  const colour = escapeXml(e.color);
  const line = `<line x1="${r1(start[0])}" y1="${r1(start[1])}" x2="${r1(end[0])}" y2="${r1(end[1])}" stroke="${colour}" stroke-width="${e.width}"${dash}/>`;
  const arrow = head
    ? `<polygon class="arrow" points="${head.map(point).join(' ')}" fill="${colour}"/>`
    : '';
  return `<g class="edge" data-type="${escapeXml(e.type)}">${line}${arrow}</g>`;
}

/** The view as an SVG document; labels measured with the browser's text metrics if it has them. */
export function toSvg(
  view: ViewSnapshot,
  transparent: boolean,
  widthOf: TextWidth = textWidth,
  boldWidthOf: TextWidth = boldTextWidth,
  baseline: TextMetrics['baseline'] = baselineBelowCentre,
): string {
  const metrics: TextMetrics = { widthOf, boldWidthOf, baseline };
  const { groups, nodes, edges } = drawnParts(view);
  // The snapshot's bounds, grown to hold every box drawn (nothing may be clipped), plus a margin.
  const frame = unionOf([view.bounds, ...groups, ...nodes.map(rectOf)]);
  const x = frame.x1 - SVG_MARGIN;
  const y = frame.y1 - SVG_MARGIN;
  const width = r1(frame.x2 - frame.x1 + SVG_MARGIN * 2);
  const height = r1(frame.y2 - frame.y1 + SVG_MARGIN * 2);
  const at = new Map<string, Box>([
    ...groups.map((g) => [g.id, groupAsBox(g)] as const),
    ...nodes.map((n) => [n.id, n] as const),
  ]);
  const background = transparent
    ? ''
    : `<rect class="background" x="${r1(x)}" y="${r1(y)}" width="${width}" height="${height}" fill="${escapeXml(view.background)}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(x)} ${r1(y)} ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(LABEL_FONT)}">`,
    background,
    `<g class="groups">${groups.map(groupSvg).join('')}</g>`,
    `<g class="edges">${edges.map((e) => edgeSvg(e, at)).join('')}</g>`,
    `<g class="group-labels">${groups.map((g) => groupLabelSvg(g, metrics)).join('')}</g>`,
    `<g class="nodes">${nodes.map((n) => nodeSvg(n, metrics)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
