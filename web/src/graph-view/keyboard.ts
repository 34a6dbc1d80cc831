// Keyboard navigation on the canvas: arrows walk a cursor around the selected concept's
// neighbours, Enter moves the selection there, Escape clears. Screen readers hear each step
// through the `cursor` and `select` events, which the explorer turns into announcements.
import type { Core, NodeSingular } from 'cytoscape';
import type { GraphViewEvents } from './types.js';

interface KeyboardState {
  centerId: string | null;
  index: number;
}

function visible(node: NodeSingular): boolean {
  return node.visible() && !node.hasClass('filtered');
}

/** Relations of meaning at a node (the document's structure does not make a concept central). */
const meaningDegree = (node: NodeSingular) =>
  node.connectedEdges().filter((e) => !e.data('structural')).length;

/**
 * Neighbours in reading order around the centre (clockwise from the top): the concepts joined to
 * it by a drawn relation, and, for a box, what it holds, for a concept in a box, the box (no edge
 * is drawn for either: the box says it, so `edgeId` is empty).
 */
function neighbours(center: NodeSingular) {
  const c = center.position();
  const joined = center
    .connectedEdges(':visible')
    .map((edge): { edgeId: string; node: NodeSingular } => ({
      edgeId: edge.id(),
      node: edge.source().same(center) ? edge.target() : edge.source(),
    }));
  const boxed = center
    .children()
    .union(center.parent())
    .nodes()
    .map((node) => ({ edgeId: '', node }));
  return [...joined, ...boxed]
    .filter(({ node }) => !node.same(center) && visible(node))
    .sort((a, b) => {
      const angle = (n: NodeSingular) => {
        const p = n.position();
        return (Math.atan2(p.x - c.x, -(p.y - c.y)) + 2 * Math.PI) % (2 * Math.PI);
      };
      return angle(a.node) - angle(b.node);
    });
}

export function attachKeyboard(
  cy: Core,
  container: HTMLElement,
  selectedConcept: () => string | null,
  events: GraphViewEvents,
): () => void {
  const state: KeyboardState = { centerId: null, index: -1 };
  const clearCursor = () => cy.nodes('.cursor').removeClass('cursor');

  const move = (step: number) => {
    const selected = selectedConcept();
    const center = selected ? cy.getElementById(selected) : cy.collection();
    // A concept chosen in the search may still be on its way to the canvas: the arrows wait for
    // it rather than jump elsewhere (the walk starts from what the reader chose).
    if (selected && (center.empty() || !center.isNode())) return;
    if (!selected) {
      // Nothing selected yet: start at the most connected visible concept.
      let start: NodeSingular | null = null;
      cy.nodes().forEach((n) => {
        if (visible(n) && (!start || meaningDegree(n) > meaningDegree(start))) start = n;
      });
      const startId = (start as NodeSingular | null)?.id();
      if (startId) events.select?.({ type: 'concept', id: startId });
      return;
    }
    const list = neighbours(center);
    if (list.length === 0) return;
    if (state.centerId !== selected) state.index = step > 0 ? -1 : 0;
    state.centerId = selected;
    state.index = (state.index + step + list.length) % list.length;
    const target = list[state.index];
    if (!target) return;
    clearCursor();
    target.node.addClass('cursor');
    events.cursor?.({
      centerId: selected,
      neighbourId: target.node.id(),
      edgeId: target.edgeId,
      index: state.index,
      count: list.length,
    });
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') move(1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') move(-1);
    else if (key === 'Enter' || key === ' ') {
      const cursor = cy.nodes('.cursor').first();
      if (cursor.empty()) return;
      clearCursor();
      state.centerId = null;
      events.select?.({ type: 'concept', id: cursor.id() });
    } else if (key === 'Escape') {
      clearCursor();
      state.centerId = null;
      events.select?.(null);
    } else return;
    event.preventDefault();
  };
  container.addEventListener('keydown', onKey);
  return () => container.removeEventListener('keydown', onKey);
}
