// Reports pans and zooms made by the user (wheel, drag, pinch), not the view's own fits and
// animations: only the user's viewport belongs in the URL.
import type { Core } from 'cytoscape';
import type { Viewport } from './types.js';

export function trackUserViewport(
  cy: Core,
  container: HTMLElement,
  report: (viewport: Viewport) => void,
): () => void {
  let userGesture = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mark = () => {
    userGesture = true;
  };
  const onViewport = () => {
    if (!userGesture) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      userGesture = false;
      report({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    }, 300);
  };
  const gestureEvents = ['wheel', 'pointerdown', 'touchstart'] as const;
  for (const name of gestureEvents) container.addEventListener(name, mark, { passive: true });
  cy.on('viewport', onViewport);
  return () => {
    clearTimeout(timer);
    for (const name of gestureEvents) container.removeEventListener(name, mark);
    cy.off('viewport', onViewport);
  };
}
