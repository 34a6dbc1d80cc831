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

function edgeSvg(e: SnapshotEdge, at: Map<string, SnapshotNode>): string {
  const a = at.get(e.source);
  const b = at.get(e.target);
  if (!a || !b) return '';
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${escapeXml(e.color)}" stroke-width="${e.width}"${dash} data-type="${escapeXml(e.type)}"/>`;
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
