// Our own SVG serializer of a drawn view (cytoscape-svg is GPL): shapes from the positions and
// styles the graph view reports, labels as real <text>, every data string XML-escaped. Borders,
// arrowheads and label wrapping come from geometry.ts, which the standalone viewer draws with too.
import { escapeXml } from '../../../common/xml.js';
import type { SnapshotEdge, SnapshotNode, ViewSnapshot } from '../graph-view/snapshot.js';
import {
  textWidth,
  edgeGeometry,
  LABEL_FONT,
  layoutLabel,
  type Point,
  type TextWidth,
} from './geometry.js';

const PADDING = 20;

const r1 = (v: number) => Math.round(v * 10) / 10;
const point = ([x, y]: Point) => `${r1(x)},${r1(y)}`;

function nodeSvg(n: SnapshotNode, widthOf: TextWidth): string {
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  const paint = `fill="${escapeXml(n.fill)}" stroke="${escapeXml(n.border)}"`;
  const shape =
    n.shape === 'ellipse'
      ? `<ellipse cx="${n.x}" cy="${n.y}" rx="${n.width / 2}" ry="${n.height / 2}" ${paint}/>`
      : `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="${n.shape.startsWith('round') ? 6 : 0}" ${paint}/>`;
  const label = layoutLabel(n.label, n, n.fontSize, widthOf);
  const spans = label.lines
    .map((l) => `<tspan x="${r1(l.x)}" y="${r1(l.y)}">${escapeXml(l.text)}</tspan>`)
    .join('');
  const text = `<text font-size="${label.fontSize}" fill="${escapeXml(n.textColor)}" text-anchor="middle" dominant-baseline="central">${spans}</text>`;
  return `<g class="node" data-id="${escapeXml(n.id)}">${shape}${text}</g>`;
}

/** A relation from border to border; a directed one ends in a filled triangle at its target. */
function edgeSvg(e: SnapshotEdge, at: Map<string, SnapshotNode>): string {
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

/** The view as an SVG document; labels are wrapped with the browser's text metrics if it has them. */
export function toSvg(
  view: ViewSnapshot,
  transparent: boolean,
  widthOf: TextWidth = textWidth,
): string {
  const { x1, y1, x2, y2 } = view.bounds;
  const width = x2 - x1 + PADDING * 2;
  const height = y2 - y1 + PADDING * 2;
  const at = new Map(view.nodes.map((n) => [n.id, n]));
  const background = transparent
    ? ''
    : `<rect x="${x1 - PADDING}" y="${y1 - PADDING}" width="${width}" height="${height}" fill="${escapeXml(view.background)}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1 - PADDING} ${y1 - PADDING} ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(LABEL_FONT)}">`,
    background,
    `<g class="edges">${view.edges.map((e) => edgeSvg(e, at)).join('')}</g>`,
    `<g class="nodes">${view.nodes.map((n) => nodeSvg(n, widthOf)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
