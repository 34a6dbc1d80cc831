// A click into the embedded view gives it the keyboard, so a presenter's arrow keys and remote
// then reach the story. Cytoscape cancels the press's default action (no text selection while
// dragging) and blurs whatever had the focus, which leaves the focus in the host page: keys would
// go on driving the slides around a frame that looks clicked.
const OWN_FOCUS = 'a[href], button, input, select, textarea, summary, [tabindex]';

export function focusOnPress(canvas: HTMLElement): void {
  const take = (event: Event) => {
    // A link, a control or a text passage takes the focus itself.
    const own = event.target instanceof Element ? event.target.closest(OWN_FOCUS) : null;
    if (own && own !== canvas) return;
    if (canvas.hidden || document.activeElement === canvas) return;
    canvas.focus({ preventScroll: true });
  };
  // On the press, before Cytoscape's handlers; and again once they have blurred it (the window
  // hears the mouse press last).
  window.addEventListener('pointerdown', take, true);
  window.addEventListener('mousedown', take);
}
