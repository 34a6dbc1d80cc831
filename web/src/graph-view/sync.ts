// Makes the canvas hold exactly the given elements: removes what left, adds what came, updates
// what changed (a language switch changes labels and so box sizes). One batch, one add per group:
// element by element, thousands of additions cost seconds.
import type { Core, ElementDefinition } from 'cytoscape';
import { edgeData, edgeElements, nodeData } from './elements.js';
import type { GraphPalette } from './theme.js';
import type { EdgeInput, NodeInput } from './types.js';

export interface SyncResult {
  added: string[];
  /** Some existing node changed size: the layout must make room. */
  resized: boolean;
}

export function syncElements(
  cy: Core,
  nodes: readonly NodeInput[],
  edges: readonly EdgeInput[],
  palette: GraphPalette,
): SyncResult {
  const wanted = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set(edges.map((e) => e.id));
  const added: string[] = [];
  let resized = false;
  cy.batch(() => {
    cy.nodes()
      .filter((n) => !wanted.has(n.id()))
      .remove();
    cy.edges()
      .filter((e) => !edgeIds.has(e.id()))
      .remove();
    const newNodes: ElementDefinition[] = [];
    for (const input of nodes) {
      const existing = cy.getElementById(input.id);
      const data = nodeData(input, palette);
      if (existing.empty()) {
        added.push(input.id);
        newNodes.push({ group: 'nodes', data });
      } else if (existing.data('label') !== data.label || existing.data('fill') !== data.fill) {
        resized ||= existing.data('w') !== data.w || existing.data('h') !== data.h;
        existing.data(data);
      }
    }
    cy.add(newNodes);
    const newEdges: EdgeInput[] = [];
    for (const input of edges) {
      const existing = cy.getElementById(input.id);
      if (existing.nonempty()) existing.data(edgeData(input));
      else newEdges.push(input);
    }
    cy.add(edgeElements(newEdges, wanted));
  });
  return { added, resized };
}
