// Moving nodes to where a layout put them. The view animates from where the user last saw each
// node, so a change of layout or an expansion keeps their bearings.
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { seededRandom, seedFrom } from './layout/seeded-random.js';

export const ANIMATION_MS = 450;

/** New concepts start beside their neighbours already on screen, so expansions grow in place. */
export function placeNear(cy: Core, ids: readonly string[]): void {
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.isParent()) continue;
    const placed: Position[] = [];
    // Its neighbours, else the members of its box already there.
    const near = node.neighborhood().nodes();
    const siblings = node.isChild() ? node.siblings().nodes() : cy.collection().nodes();
    const from = near.filter((n) => !ids.includes(n.id())).nonempty() ? near : siblings;
    from.forEach((n) => {
      if (!ids.includes(n.id()) && !n.isParent()) placed.push(n.position());
    });
    // Seeded by the id: the same expansion lands the same way, so a shared link looks the same.
    const random = seededRandom(seedFrom([id]));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const base: Position = placed.length
      ? { x: mean(placed.map((p) => p.x)), y: mean(placed.map((p) => p.y)) }
      : { x: 0, y: 0 };
    node.position({ x: base.x + (random() - 0.5) * 120, y: base.y + (random() - 0.5) * 120 });
  }
}

/**
 * Moves the nodes to `positions`, animated from where they are or at once. The viewport is left
 * alone: the view frames the result afterwards (framing.ts).
 */
export async function moveTo(
  cy: Core,
  positions: ReadonlyMap<string, Position>,
  animate: boolean,
): Promise<void> {
  // Boxes (groups) are never moved themselves: they follow what they hold.
  const placed = cy.nodes().filter((n) => !n.isParent());
  if (!animate) {
    // Direct, batched moves: a preset layout would emit an event per node.
    cy.batch(() =>
      placed.forEach((n) => {
        const p = positions.get(n.id());
        if (p) n.position(p);
      }),
    );
    return;
  }
  const layout = placed.layout({
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate,
    animationDuration: ANIMATION_MS,
    fit: false,
  } as LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}
