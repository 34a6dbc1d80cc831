// Our own SVG serializer of a drawn view (cytoscape-svg is GPL): shapes from the positions and
// styles the graph view reports, labels as real <text>, every data string XML-escaped.
import type { SnapshotEdge, SnapshotNode, ViewSnapshot } from '../graph-view/snapshot.js';

const PADDING = 20;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a label into lines that fit the node's width (as the canvas wraps it). */
export function wrapLabel(label: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeSvg(n: SnapshotNode): string {
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  const paint = `fill="${escapeXml(n.fill)}" stroke="${escapeXml(n.border)}"`;
  const shape =
    n.shape === 'ellipse'
      ? `<ellipse cx="${n.x}" cy="${n.y}" rx="${n.width / 2}" ry="${n.height / 2}" ${paint}/>`
      : `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="${n.shape.startsWith('round') ? 6 : 0}" ${paint}/>`;
  const lines = wrapLabel(n.label, n.width, n.fontSize);
  const top = n.y - ((lines.length - 1) * n.fontSize * 1.15) / 2;
  const spans = lines
    .map((l, i) => `<tspan x="${n.x}" y="${top + i * n.fontSize * 1.15}">${escapeXml(l)}</tspan>`)
    .join('');
  const text = `<text font-size="${n.fontSize}" fill="${escapeXml(n.textColor)}" text-anchor="middle" dominant-baseline="central">${spans}</text>`;
  return `<g class="node" data-id="${escapeXml(n.id)}">${shape}${text}</g>`;
}

/** Where the segment from a node's centre towards (tx, ty) leaves its box (or ellipse). */
export function borderPoint(n: SnapshotNode, tx: number, ty: number): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  if (dx === 0 && dy === 0) return [n.x, n.y];
  const s =
    n.shape === 'ellipse'
      ? 1 / Math.hypot(dx / (n.width / 2), dy / (n.height / 2))
      : Math.min(
          dx === 0 ? Infinity : n.width / 2 / Math.abs(dx),
          dy === 0 ? Infinity : n.height / 2 / Math.abs(dy),
        );
  return [n.x + dx * s, n.y + dy * s];
}

const ARROW = 9;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** A relation from border to border; a directed one ends in a filled triangle at its target. */
function edgeSvg(e: SnapshotEdge, at: Map<string, SnapshotNode>): string {
  const a = at.get(e.source);
  const b = at.get(e.target);
  if (!a || !b) return '';
  const [x1, y1] = borderPoint(a, b.x, b.y);
  const [x2, y2] = borderPoint(b, a.x, a.y);
  // The arrow points along the centres' direction, which stays right even when boxes touch.
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const arrow = e.arrow;
  // The line stops at the arrow's base so a wide stroke does not poke through its tip.
  const endX = arrow ? x2 - ux * ARROW : x2;
  const endY = arrow ? y2 - uy * ARROW : y2;
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  const colour = escapeXml(e.color);
  const line = `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(endX)}" y2="${r1(endY)}" stroke="${colour}" stroke-width="${e.width}"${dash}/>`;
  const half = ARROW * 0.55;
  const head = arrow
    ? `<polygon class="arrow" points="${[
        [x2, y2],
        [endX - uy * half, endY + ux * half],
        [endX + uy * half, endY - ux * half],
      ]
        .map(([x, y]) => `${r1(x ?? 0)},${r1(y ?? 0)}`)
        .join(' ')}" fill="${colour}"/>`
    : '';
  return `<g class="edge" data-type="${escapeXml(e.type)}">${line}${head}</g>`;
}

export function toSvg(view: ViewSnapshot, transparent: boolean): string {
  const { x1, y1, x2, y2 } = view.bounds;
  const width = x2 - x1 + PADDING * 2;
  const height = y2 - y1 + PADDING * 2;
  const at = new Map(view.nodes.map((n) => [n.id, n]));
  const background = transparent
    ? ''
    : `<rect x="${x1 - PADDING}" y="${y1 - PADDING}" width="${width}" height="${height}" fill="${escapeXml(view.background)}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1 - PADDING} ${y1 - PADDING} ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif">`,
    background,
    `<g class="edges">${view.edges.map((e) => edgeSvg(e, at)).join('')}</g>`,
    `<g class="nodes">${view.nodes.map(nodeSvg).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
