// Reports pans and zooms made by the user (wheel, drag, pinch), not the view's own fits and
// animations: only the user's viewport belongs in the URL, and only a picture nobody moved is
// framed again when the canvas or what floats over it changes.
import type { Core } from 'cytoscape';
import type { Viewport } from './types.js';

/** A viewport change this soon after a gesture is the gesture's doing. */
const GESTURE_WINDOW_MS = 600;
const SETTLE_MS = 300;

export function trackUserViewport(
  cy: Core,
  container: HTMLElement,
  report: (viewport: Viewport) => void,
  /**
   * The view is moving the viewport itself (a fit, an animation). A click starts the gesture
   * window too: without this, a panel opening on a click and the refit that follows would count
   * as the user's doing, and the view would stop framing.
   */
  own: () => boolean = () => false,
): () => void {
  let lastGesture = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mark = (event: Event) => {
    if (event instanceof PointerEvent && event.type === 'pointermove' && event.buttons === 0)
      return;
    lastGesture = performance.now();
  };
  // Cytoscape handles the wheel before our listener runs (both capture on the container), so
  // the check waits until the viewport has settled.
  const onViewport = () => {
    if (own()) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (performance.now() - lastGesture > GESTURE_WINDOW_MS + SETTLE_MS) return;
      report({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    }, SETTLE_MS);
  };
  const gestureEvents = ['wheel', 'pointerdown', 'pointermove', 'touchmove'] as const;
  for (const name of gestureEvents)
    container.addEventListener(name, mark, { passive: true, capture: true });
  cy.on('viewport', onViewport);
  return () => {
    clearTimeout(timer);
    for (const name of gestureEvents) container.removeEventListener(name, mark, { capture: true });
    cy.off('viewport', onViewport);
  };
}
