// When a side panel opens or closes the canvas changes size. A picture still as the view fitted
// it (nobody panned or zoomed since) is fitted again, so nothing ends up off the canvas (the
// details panel opening beside a fitted graph, the page's header settling on a phone). A
// picture the user moved keeps its middle in the middle, and the selected concept on screen (it
// was clicked where the panel now is).
import type { Core } from 'cytoscape';

export function followResizes(
  cy: Core,
  container: HTMLElement,
  selectedId: () => string | null,
  durationMs: number,
  /** Called when the canvas appears after being hidden (the list view): nothing was fitted. */
  refit: () => void,
  /** The viewport is still the one the view fitted. */
  untouched: () => boolean = () => false,
): () => void {
  let lastWidth = container.clientWidth;
  let lastHeight = container.clientHeight;
  const observer = new ResizeObserver(() => {
    const wasHidden = lastWidth === 0 || lastHeight === 0;
    const dx = (container.clientWidth - lastWidth) / 2;
    const dy = (container.clientHeight - lastHeight) / 2;
    lastWidth = container.clientWidth;
    lastHeight = container.clientHeight;
    cy.resize();
    if (cy.nodes().empty() || lastWidth === 0 || lastHeight === 0) return;
    if (wasHidden || untouched()) {
      refit();
      return;
    }
    cy.panBy({ x: dx, y: dy });
    const id = selectedId();
    const selected = id ? cy.getElementById(id) : null;
    if (!selected?.nonempty()) return;
    const box = selected.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > lastWidth || box.y2 > lastHeight) {
      void cy.animation({ center: { eles: selected }, duration: durationMs }).play();
    }
  });
  observer.observe(container);
  return () => observer.disconnect();
}
