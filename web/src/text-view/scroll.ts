// Where a reader is in a scrolled text, and bringing a place into view, inside the text's own
// scroll box only (the page around it never moves).

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const anchors = (scroller: HTMLElement) => [
  ...scroller.querySelectorAll<HTMLElement>('.sentence[data-start], .text-para[data-start]'),
];

/** Offset into the text of the first sentence whose words show at the top of the box. */
export function offsetAtTop(scroller: HTMLElement): number | null {
  const top = scroller.getBoundingClientRect().top;
  const sentences = scroller.querySelectorAll<HTMLElement>('.sentence[data-start]');
  const all = sentences.length ? sentences : scroller.querySelectorAll<HTMLElement>('.text-para');
  for (const anchor of all) {
    if (anchor.getBoundingClientRect().bottom > top + 1) return Number(anchor.dataset.start);
  }
  return null;
}

/** Scrolls so that the sentence at (or last before) the offset stands at the top of the box. */
export function scrollToOffset(scroller: HTMLElement, offset: number): void {
  let target: HTMLElement | null = null;
  for (const anchor of anchors(scroller)) {
    if (Number(anchor.dataset.start) > offset) break;
    target = anchor;
  }
  if (!target) return;
  const delta = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += delta - 8;
}

/** Whether the element shows whole inside the box. */
export function shownWhole(scroller: HTMLElement, element: HTMLElement): boolean {
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  return rect.top >= box.top && rect.bottom <= box.bottom;
}

/**
 * Brings the element into view, a third of the way down, unless it already shows whole. With
 * `along` (a note below it), both are brought in where they fit together.
 */
export function bringIntoView(
  scroller: HTMLElement,
  element: HTMLElement,
  force = false,
  along: HTMLElement | null = null,
): void {
  const shown = shownWhole(scroller, element) && (!along || shownWhole(scroller, along));
  if (!force && shown) return;
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const bottom = Math.max(rect.bottom, along?.getBoundingClientRect().bottom ?? rect.bottom);
  // A third of the way down, or higher so that the note below fits too.
  const room = box.height - (bottom - rect.top) - 8;
  const above = Math.max(8, Math.min(box.height / 3, room));
  const wanted = scroller.scrollTop + (rect.top - box.top) - above;
  scroller.scrollTo({ top: Math.max(0, wanted), behavior: reducedMotion() ? 'auto' : 'smooth' });
}
