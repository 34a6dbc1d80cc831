// A request to frame the view's subject again once the view just committed is drawn. A story
// step is a new picture even when it draws the same concepts: whatever the viewer zoomed to
// before gives way to the step's own frame. The presenter and the embed's story player ask;
// bindGraphView answers (after the step's data has arrived and its layout is done).
const REFRAME = 'graph:reframe';

export function requestReframe(): void {
  window.dispatchEvent(new Event(REFRAME));
}

export function onReframeRequest(run: () => void): () => void {
  window.addEventListener(REFRAME, run);
  return () => window.removeEventListener(REFRAME, run);
}
