// What exports read from a drawn view: the positions and styles of what is visible, and a
// bitmap. Exports never import cytoscape; they are handed the GraphView, which answers through
// here (DrawnView is the part of it they see).
import type { Core, NodeSingular } from 'cytoscape';
import { pageBackground } from './background.js';
import { parseHex } from './colors.js';
import { groupExtent } from './fit.js';

export interface SnapshotNode {
  id: string;
  label: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  border: string;
  textColor: string;
  fontSize: number;
  /** The canvas draws (and measures) the label in bold for the topic and the first kinds. */
  fontWeight: 'normal' | 'bold';
  shape: string;
  /** The group (a section drawn as a compound box) this node sits in, if any. */
  parent?: string;
}

/**
 * A section drawn as a labelled box around the concepts it contains (a Cytoscape compound
 * parent). Exports draw it behind its members, with its label at the top.
 */
export interface SnapshotGroup {
  id: string;
  label: string;
  /** The box in model coordinates, label band included. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fill: string;
  border: string;
  textColor: string;
  fontSize: number;
  /** The title's weight on the canvas (optional: standalone files from before lack it). */
  fontWeight?: 'normal' | 'bold';
  /** The group this box is drawn in, if it is nested in another one. */
  parent?: string;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  color: string;
  width: number;
  dashed: boolean;
  /** Drawn with an arrowhead at the target (directed; large graphs leave them out). */
  arrow: boolean;
}

export interface ViewSnapshot {
  nodes: SnapshotNode[];
  /** Section boxes, outermost first (empty when sections are drawn as edges). */
  groups: SnapshotGroup[];
  edges: SnapshotEdge[];
  bounds: { x1: number; y1: number; x2: number; y2: number };
  /** What the page paints behind the canvas (the canvas itself is transparent). */
  background: string;
}

export interface PngOptions {
  /** Times the graph's size at zoom 1. */
  scale: number;
  /** No background: the page's colour is left out. */
  transparent: boolean;
}

/** The graph view as exports see it. */
export interface DrawnView {
  /** What is visible now; null once the view is destroyed. */
  snapshot(): ViewSnapshot | null;
  /** The whole visible graph as a PNG (not only what fits on screen). */
  png(options: PngOptions): Promise<Blob>;
}

const px = (value: string): number => Number.parseFloat(value) || 0;

/** Cytoscape answers a font weight as a keyword or a number. */
const weightOf = (value: unknown): 'normal' | 'bold' =>
  value === 'bold' || Number(value) >= 600 ? 'bold' : 'normal';

/**
 * The opaque colour a box's fill shows over the page, whatever opacity it is drawn with (a faded
 * box is drawn lighter): exports paint it as one flat colour.
 */
function flatFill(color: string, opacity: number, page: string): string {
  const rgb = (text: string) => {
    const m = /rgba?\(([^)]+)\)/.exec(text);
    if (m?.[1])
      return m[1]
        .split(',')
        .slice(0, 3)
        .map((v) => Number.parseFloat(v));
    return [parseHex(text)[0], parseHex(text)[1], parseHex(text)[2]];
  };
  if (opacity >= 1 || !/^#|^rgb/.test(page)) return color;
  const [r = 0, g = 0, b = 0] = rgb(color);
  const [pr = 255, pg = 255, pb = 255] = rgb(page);
  const over = (c: number, p: number) => Math.round(p + (c - p) * opacity);
  return `rgb(${over(r, pr)},${over(g, pg)},${over(b, pb)})`;
}

/** Boxes (groups) that show, outermost first, each over the area its members and tab cover. */
function groupsOf(cy: Core, background: string): SnapshotGroup[] {
  return cy
    .nodes(':visible')
    .filter((n) => n.isParent() && !n.hasClass('filtered'))
    .nodes()
    .sort((a, b) => a.ancestors().length - b.ancestors().length)
    .nodes()
    .map((g) => {
      const box = groupExtent(g);
      return {
        id: g.id(),
        label: String(g.data('rawLabel') ?? g.data('label') ?? g.id()),
        x1: box.x1,
        y1: box.y1,
        x2: box.x2,
        y2: box.y2,
        fill: flatFill(
          String(g.style('background-color')),
          Number(g.style('background-opacity')),
          background,
        ),
        border: String(g.style('border-color')),
        textColor: String(g.style('color')),
        fontSize: px(String(g.style('font-size'))) || 14,
        fontWeight: weightOf(g.style('font-weight')),
        ...(g.isChild() ? { parent: g.parent().first().id() } : {}),
      };
    });
}

export function snapshotOf(cy: Core, container: HTMLElement): ViewSnapshot {
  const all = cy.nodes(':visible');
  // A box is drawn as a group, not as a node; its members name it as their parent.
  const nodes = all.filter((n) => !n.isParent()).nodes();
  const edges = cy.edges(':visible');
  const background = pageBackground(container);
  const groups = groupsOf(cy, background);
  const leaves = nodes.boundingBox({ includeLabels: true });
  const box = {
    x1: Math.min(leaves.x1, ...groups.map((g) => g.x1)),
    y1: Math.min(leaves.y1, ...groups.map((g) => g.y1)),
    x2: Math.max(leaves.x2, ...groups.map((g) => g.x2)),
    y2: Math.max(leaves.y2, ...groups.map((g) => g.y2)),
  };
  const shown = new Set(groups.map((g) => g.id));
  const parentOf = (n: NodeSingular) => (n.isChild() ? n.parent().first().id() : null);
  return {
    nodes: nodes.map((n) => ({
      id: n.id(),
      label: String(n.data('rawLabel') ?? n.data('label') ?? n.id()),
      kind: String(n.data('kind') ?? ''),
      x: n.position().x,
      y: n.position().y,
      width: n.width(),
      height: n.height(),
      fill: String(n.style('background-color')),
      border: String(n.style('border-color')),
      textColor: String(n.style('color')),
      fontSize: px(String(n.style('font-size'))) || 12,
      fontWeight: weightOf(n.style('font-weight')),
      shape: String(n.style('shape')),
      ...(shown.has(parentOf(n) ?? '') ? { parent: parentOf(n) ?? '' } : {}),
    })),
    groups,
    edges: edges.map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type') ?? ''),
      color: String(e.style('line-color')),
      width: px(String(e.style('width'))) || 1,
      dashed: String(e.style('line-style')) !== 'solid',
      arrow: String(e.style('target-arrow-shape')) !== 'none',
    })),
    bounds: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
    background,
  };
}

export function pngOf(cy: Core, container: HTMLElement, options: PngOptions): Promise<Blob> {
  // Cytoscape multiplies the scale by the screen's pixel ratio: a 2× export from a HiDPI laptop
  // came out 4×, with a margin and legend (png-frame.ts) half its size. The graph's own units count.
  const ratio = container.ownerDocument.defaultView?.devicePixelRatio || 1;
  return cy.png({
    output: 'blob-promise',
    full: true,
    scale: options.scale / ratio,
    bg: options.transparent ? 'rgba(0,0,0,0)' : pageBackground(container),
  });
}
