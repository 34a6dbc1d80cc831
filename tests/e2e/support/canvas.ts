// Reading the canvas through `window.cy` (the graph view exposes it for tests).
import type { Page } from 'playwright-core';

export interface CanvasNode {
  id: string;
  label: string;
  kind: string;
  visible: boolean;
  classes: string[];
  /** Rendered (screen) bounding box of the node with its label (a group's: with its members). */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** The group (a section drawn as a box) the node sits in. */
  parent: string | null;
  /** Drawn as a box around other nodes (a section holding its concepts). */
  group: boolean;
}

export interface CanvasEdge {
  id: string;
  type: string;
  visible: boolean;
  inferred: boolean;
  classes: string[];
}

interface CyLike {
  nodes(): { map<T>(f: (n: ElementLike) => T): T[] };
  edges(): { map<T>(f: (e: ElementLike) => T): T[] };
  zoom(): number;
  pan(): { x: number; y: number };
}
interface ElementLike {
  id(): string;
  isParent(): boolean;
  parent(): { empty(): boolean; id(): string };
  data(key: string): unknown;
  visible(): boolean;
  classes(): string[];
  renderedBoundingBox(options: { includeLabels: boolean }): {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  };
}

export async function canvasNodes(page: Page): Promise<CanvasNode[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: CyLike }).cy;
    return cy.nodes().map((n) => ({
      id: n.id(),
      label: String(n.data('rawLabel')),
      kind: String(n.data('kind')),
      visible: n.visible(),
      classes: n.classes(),
      box: n.renderedBoundingBox({ includeLabels: true }),
      parent: n.parent().empty() ? null : n.parent().id(),
      group: n.isParent(),
    }));
  });
}

export async function canvasEdges(page: Page): Promise<CanvasEdge[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: CyLike }).cy;
    return cy.edges().map((e) => ({
      id: e.id(),
      type: String(e.data('type')),
      visible: e.visible(),
      inferred: Boolean(e.data('inferred')),
      classes: e.classes(),
    }));
  });
}

export async function visibleNodeIds(page: Page): Promise<string[]> {
  return (await canvasNodes(page))
    .filter((n) => n.visible)
    .map((n) => n.id)
    .sort();
}

export async function viewport(
  page: Page,
): Promise<{ zoom: number; pan: { x: number; y: number } }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: CyLike }).cy;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
}

/** Clicks a concept on the canvas at its rendered centre (relative to the page). */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
      }
    ).cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const rect = (document.getElementById('graph') ?? document.body).getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/**
 * Pairs of visible nodes whose rendered boxes (labels included) overlap. A group's box holds its
 * members (that is no overlap); against anything else, a box counts like a node.
 */
export function overlappingPairs(nodes: readonly CanvasNode[]): [string, string][] {
  const shown = nodes.filter((n) => n.visible);
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  const holds = (outer: string, inner: string) => {
    for (let p = parentOf.get(inner); p; p = parentOf.get(p)) if (p === outer) return true;
    return false;
  };
  const pairs: [string, string][] = [];
  for (const [i, first] of shown.entries()) {
    for (const second of shown.slice(i + 1)) {
      if (holds(first.id, second.id) || holds(second.id, first.id)) continue;
      const a = first.box;
      const b = second.box;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        pairs.push([first.id, second.id]);
    }
  }
  return pairs;
}
