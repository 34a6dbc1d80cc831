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

export interface Emphasis {
  selection: GraphSelection;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
}

/** Fades everything outside the path, else outside the selection's neighbourhood. */
export function applyEmphasis(cy: Core, { selection, path }: Emphasis): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded labelled on-path');
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
    if (selection.type === 'concept') near.edges().addClass('labelled');
    edge.addClass('labelled');
    cy.elements().difference(near).addClass('faded');
  });
}
