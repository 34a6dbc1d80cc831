// The source text beside the standalone drawing, rendered by the explorer's own text view
// (text-view/render.ts) and linked both ways with the drawing: a click (or Enter) on a highlight
// selects what it evidences, a second click the next thing it evidences; selecting a concept or
// relation marks its places in the text (its `evidence`, carried in the file) and scrolls to the
// first, and one quoted in several places steps through them.
import { t } from '../i18n/index.js';
import type { TextDocument, TextSpan } from '../text-view/document.js';
import { bindPassages } from '../text-view/interact.js';
import { placeHolding, stepPlace } from '../text-view/places.js';
import { renderDocument } from '../text-view/render.js';
import { bringIntoView } from '../text-view/scroll.js';
import { el } from './dom.js';
import { describedConcept, kindLabel, typeLabel, type Viewer } from './state.js';
import { passageItems } from './text-data.js';

export interface TextPanel {
  /** The panel's element (hidden while closed). */
  readonly element: HTMLElement;
  /** Draws the text again (the viewer's language, the selection's places). */
  render(): void;
  /** Marks the selection's places; scrolls to the first unless a click in the text chose it. */
  showSelection(): void;
  /** Lights up (or with null clears) what a highlight under the pointer or focus evidences. */
  onHint: (ids: string[] | null) => void;
}

/** Where the text says the selected concept or relation (empty in files without spans). */
function placesOf(v: Viewer): readonly TextSpan[] {
  const s = v.selected;
  if (!s) return [];
  const item =
    s.kind === 'concept' ? describedConcept(v, s.id) : v.data.relations.find((r) => r.id === s.id);
  return item?.evidence ?? [];
}

export function createTextPanel(v: Viewer, doc: TextDocument): TextPanel {
  const element = el('section', 'text-panel');
  element.id = 'ks-text';
  element.hidden = true;
  const heading = el('h2', 'text-title');
  const stepper = el('div', 'text-steps');
  const back = el('button', 'step', '‹');
  const where = el('span', 'step-where');
  const next = el('button', 'step', '›');
  back.type = 'button';
  next.type = 'button';
  where.setAttribute('aria-live', 'polite');
  stepper.append(back, where, next);
  const head = el('div', 'text-head');
  head.append(heading, stepper);
  const body = el('div', 'text-body');
  element.append(head, body);

  let places: readonly TextSpan[] = [];
  let place = 0;
  /** The passage a click in the text chose: its place is current, and needs no scrolling. */
  let clicked: number | null = null;

  function scrollToPlace(): void {
    const current = body.querySelector<HTMLElement>('mark.place.current');
    if (current && !element.hidden) bringIntoView(body, current, true);
  }

  function step(by: number): void {
    place = stepPlace(place, places.length, by);
    panel.render();
    scrollToPlace();
  }
  back.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));

  bindPassages(body, {
    hover(index) {
      const passage = index === null ? undefined : doc.passages[index];
      panel.onHint(passage ? passageItems(passage).map((i) => i.id) : null);
    },
    // Again on the passage that holds the selection: the next thing it evidences.
    activate(index) {
      const passage = doc.passages[index];
      if (!passage) return;
      const items = passageItems(passage);
      const at = items.findIndex((i) => i.kind === v.selected?.kind && i.id === v.selected.id);
      const item = items[(at + 1) % items.length];
      if (!item) return;
      clicked = index;
      v.choose(item);
      // The text was drawn again: the reader's place in it keeps the focus.
      body
        .querySelector<HTMLElement>(`[data-key="passage-${index}"]`)
        ?.focus({ preventScroll: true });
    },
  });

  const kindColor = (kind: string) =>
    v.data.kinds.find((k) => k.id === kind)?.color ?? v.data.theme.accent;

  const panel: TextPanel = {
    element,
    onHint: () => undefined,
    render() {
      element.setAttribute('aria-label', t(v.lang, 'text.title'));
      heading.textContent = t(v.lang, 'text.title');
      heading.title = doc.title;
      for (const [button, key] of [
        [back, 'text.previousPlace'],
        [next, 'text.nextPlace'],
      ] as const) {
        button.title = t(v.lang, key);
        button.setAttribute('aria-label', t(v.lang, key));
      }
      stepper.hidden = places.length < 2;
      where.textContent = t(v.lang, 'text.place', { n: place + 1, count: places.length });
      const s = v.selected;
      body.replaceChildren(
        renderDocument(doc, {
          lang: v.lang,
          kindColor,
          kindLabel: (kind) => kindLabel(v, kind),
          relationLabel: (type) => typeLabel(v, type),
          marks: places.length ? { spans: places, current: place } : null,
          selection: s && { type: s.kind, id: s.id },
        }),
      );
    },
    showSelection() {
      places = placesOf(v);
      const passage = clicked === null ? undefined : doc.passages[clicked];
      clicked = null;
      const own = passage ? placeHolding(places, passage.start, passage.end) : -1;
      place = Math.max(own, 0);
      panel.render();
      if (own < 0) scrollToPlace();
    },
  };
  return panel;
}

/** The button in the header's tools that opens and closes the text. */
export function textToggle(panel: TextPanel, onChange: () => void): HTMLButtonElement {
  const button = el('button', 'text-toggle');
  button.type = 'button';
  button.setAttribute('aria-controls', panel.element.id);
  button.addEventListener('click', () => {
    panel.element.hidden = !panel.element.hidden;
    onChange();
    if (!panel.element.hidden) panel.showSelection();
  });
  return button;
}

/** The toggle's words in the viewer's language, and whether the text is open. */
export function labelTextToggle(v: Viewer, button: HTMLButtonElement, panel: TextPanel): void {
  button.textContent = t(v.lang, 'text.toggle');
  button.title = t(v.lang, 'text.toggleHint');
  button.setAttribute('aria-expanded', String(!panel.element.hidden));
}
