// Which elements stand out: the selection and its neighbourhood, a traced path, filters.
import type { Core } from 'cytoscape';
import type { Filters, GraphSelection } from './types.js';

export function applyFilters(cy: Core, filters: Filters): void {
  const kinds = new Set(filters.hiddenKinds);
  const types = new Set(filters.hiddenTypes);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('filtered', kinds.has(String(n.data('kind'))));
    });
    cy.edges().forEach((e) => {
      const inferred = Boolean(e.data('inferred'));
      const basisHidden = inferred ? !filters.showInferred : !filters.showStated;
      e.toggleClass('filtered', types.has(String(e.data('type'))) || basisHidden);
    });
  });
}

/**
 * A selected concept's relations are labelled up to this many: a hub's dozens of labels would
 * pile up over its neighbours (the details panel lists them all by type).
 */
export const MAX_LABELLED_EDGES = 8;

export interface Emphasis {
  selection: GraphSelection;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
}

/** Fades everything outside the path, else outside the selection's neighbourhood. */
export function applyEmphasis(cy: Core, { selection, path }: Emphasis): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded labelled emphasized on-path');
    if (path && path.nodes.length) {
      const onPath = cy.collection();
      for (const id of [...path.nodes, ...path.edges]) onPath.merge(cy.getElementById(id));
      onPath.addClass('on-path');
      onPath.edges().addClass('labelled');
      cy.elements().difference(onPath).addClass('faded');
    }
    if (!selection) return;
    const element = cy.getElementById(selection.id);
    if (element.empty()) return;
    element.addClass('selected');
    if (path && path.nodes.length) return;
    const edge = cy.edges().filter((e) => e.id() === selection.id);
    const near =
      selection.type === 'concept'
        ? element.closedNeighborhood()
        : edge.union(edge.connectedNodes());
    if (selection.type === 'concept') {
      const edges = near.edges();
      edges.addClass(edges.length <= MAX_LABELLED_EDGES ? 'labelled' : 'emphasized');
    }
    edge.addClass('labelled');
    // A box stands out with what it holds, and a concept with the box it sits in.
    const context = element.isNode()
      ? element.descendants().union(element.ancestors())
      : cy.collection();
    cy.elements().difference(near).difference(context).addClass('faded');
  });
}
