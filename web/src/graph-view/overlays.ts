// What floats over the canvas (a legend, a story's caption, a panel, notices), named by the page
// with a CSS selector: their boxes, in the canvas's pixels, and a watch that tells when they
// appear, disappear or change size, so the view can frame its subject clear of them again.
import type { Rect } from './groups.js';

/** The boxes of the elements `selector` names that are shown, relative to the container. */
export function overlayRects(container: HTMLElement, selector: string | undefined): Rect[] {
  if (!selector) return [];
  const origin = container.getBoundingClientRect();
  return [...document.querySelectorAll(selector)]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => ({
      x1: box.left - origin.left,
      y1: box.top - origin.top,
      x2: box.right - origin.left,
      y2: box.bottom - origin.top,
    }));
}

/**
 * Calls `changed` (at most once a frame) when an overlay is shown, hidden, resized, added or
 * removed. Overlays added later (a caption, a panel loaded on first use) are direct children of
 * the body or of an element already watched, so the watch looks for new ones when the body's
 * children change.
 */
export function watchOverlays(selector: string | undefined, changed: () => void): () => void {
  if (!selector) return () => undefined;
  let frame = 0;
  const soon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(changed);
  };
  const watched = new Set<Element>();
  const sizes = new ResizeObserver(soon);
  const look = () => {
    const now = new Set(document.querySelectorAll(selector));
    let different = false;
    for (const element of now) {
      if (watched.has(element)) continue;
      watched.add(element);
      sizes.observe(element);
      different = true;
    }
    for (const element of watched) {
      if (now.has(element)) continue;
      watched.delete(element);
      sizes.unobserve(element);
      different = true;
    }
    if (different) soon();
  };
  const children = new MutationObserver(look);
  children.observe(document.body, { childList: true });
  look();
  return () => {
    cancelAnimationFrame(frame);
    children.disconnect();
    sizes.disconnect();
  };
}
