// Makes the canvas hold exactly the given elements: removes what left, adds what came, updates
// what changed (a language switch changes labels and so box sizes). One batch, one add per group:
// element by element, thousands of additions cost seconds. A node that moves into or out of a
// box (a group) is moved in place, keeping its position.
import type { Core, ElementDefinition } from 'cytoscape';
import { edgeData, edgeElements, nodeData, parentsFirst, parentsOf } from './elements.js';
import type { GraphPalette } from './theme.js';
import type { EdgeInput, NodeInput } from './types.js';

export interface SyncResult {
  added: string[];
  /** How many nodes (concepts and boxes) left the canvas. */
  removed: number;
  /** Some existing node changed size: the layout must make room. */
  resized: boolean;
  /** Some node changed box (sections drawn as groups or as edges): the layout starts afresh. */
  regrouped: boolean;
}

export function syncElements(
  cy: Core,
  nodes: readonly NodeInput[],
  edges: readonly EdgeInput[],
  palette: GraphPalette,
): SyncResult {
  const wanted = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set(edges.map((e) => e.id));
  const parents = parentsOf(nodes);
  const groups = new Set(parents.values());
  const added: string[] = [];
  let removed = 0;
  let resized = false;
  const moves: { id: string; parent: string | null }[] = [];
  cy.batch(() => {
    cy.edges()
      .filter((e) => !edgeIds.has(e.id()))
      .remove();
    // Members leave a box before it goes: removing a parent would take its children along.
    const orphaned = cy.nodes().filter((n) => n.isChild() && !wanted.has(n.parent().first().id()));
    orphaned.move({ parent: null });
    orphaned.forEach((n) => {
      if (wanted.has(n.id())) moves.push({ id: n.id(), parent: null });
    });
    const leaving = cy.nodes().filter((n) => !wanted.has(n.id()));
    removed = leaving.length;
    leaving.remove();
    const newNodes: ElementDefinition[] = [];
    // A node's new box may be among the nodes still to add: it moves once they are in.
    for (const input of parentsFirst(nodes, parents)) {
      const existing = cy.getElementById(input.id);
      const data = nodeData(input, palette, groups.has(input.id));
      const parent = parents.get(input.id) ?? null;
      if (existing.empty()) {
        added.push(input.id);
        newNodes.push({ group: 'nodes', data: { ...data, parent: parent ?? undefined } });
        continue;
      }
      if (existing.data('label') !== data.label || existing.data('fill') !== data.fill) {
        resized ||= existing.data('w') !== data.w || existing.data('h') !== data.h;
        existing.data(data);
      }
      const current = existing.isChild() ? existing.parent().first().id() : null;
      if (current !== parent) moves.push({ id: input.id, parent });
    }
    cy.add(newNodes);
    for (const { id, parent } of moves) {
      const node = cy.getElementById(id);
      const current = node.isChild() ? node.parent().first().id() : null;
      if (current !== parent) node.move({ parent });
    }
    const newEdges: EdgeInput[] = [];
    for (const input of edges) {
      const existing = cy.getElementById(input.id);
      if (existing.nonempty()) existing.data(edgeData(input));
      else newEdges.push(input);
    }
    cy.add(edgeElements(newEdges, wanted));
  });
  return {
    added,
    removed,
    resized,
    regrouped: moves.length > 0 || added.some((id) => groups.has(id)),
  };
}
