// When the canvas changes size (a side panel opens beside it, the page goes full screen, the
// frame of an embed is resized), Cytoscape must measure it again, and the view decides what the
// picture does (frame its subject again, or keep the user's middle in the middle).
import type { Core } from 'cytoscape';

export interface CanvasResize {
  /** The canvas was hidden (the list view) or had no size yet: nothing on it was framed. */
  wasHidden: boolean;
  /** How far the canvas's middle moved (half the change of its width and height). */
  dx: number;
  dy: number;
}

export function followResizes(
  cy: Core,
  container: HTMLElement,
  resized: (change: CanvasResize) => void,
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
    if (dx === 0 && dy === 0 && !wasHidden) return;
    resized({ wasHidden, dx, dy });
  });
  observer.observe(container);
  return () => observer.disconnect();
}
