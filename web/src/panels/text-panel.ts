// The Text view in the explorer: the graph's source text beside the canvas, its passages linked
// both ways with the canvas, the selection's places marked and stepped through, a coverage strip
// and a switch to read only what the map leaves out.
import type { Controller } from '../app/controller.js';
import { relationLabel } from '../app/inputs.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { renderCoverageStrip } from '../text-view/coverage-strip.js';
import { bindPassages } from '../text-view/interact.js';
import { renderTextKey } from '../text-view/key.js';
import { renderDocument, type RenderOptions } from '../text-view/render.js';
import { bringIntoView, offsetAtTop, scrollToOffset } from '../text-view/scroll.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import { closeOnEscape, focusReturn } from './focus-return.js';
import { textHead } from './text-head.js';

const FALLBACK_COLOR = '#888888';
/** The reading position is written to the address once scrolling pauses. */
const SETTLE_MS = 250;
const FLASH_MS = 1600;

export function renderOptionsOf(s: AppState): RenderOptions {
  const lang = s.view.lang;
  const kinds = s.graph?.kinds ?? [];
  const places = s.text.places;
  const selection = s.view.selection;
  const marked = places && selection && places.id === selection.id ? places : null;
  return {
    lang,
    kindColor: (kind) => kinds.find((k) => k.id === kind)?.color ?? FALLBACK_COLOR,
    kindLabel: (kind) => pick(kinds.find((k) => k.id === kind)?.labels, lang) || kind,
    relationLabel: (type) => relationLabel(s.graph, type, lang),
    marks: marked ? { spans: marked.spans, current: s.view.text?.place ?? 0 } : null,
    selection,
    uncoveredOnly: s.view.text?.uncoveredOnly ?? false,
  };
}

export interface TextPanelOptions {
  /** The explorer's panel closes; an embed's text is the frame's whole point. */
  closable?: boolean;
  /** Kept at the end of the panel's foot (the embed's link to the explorer). */
  footExtra?: HTMLElement;
}

export function mountTextPanel(
  root: HTMLElement,
  store: Store<AppState>,
  controller: Controller,
  { closable = true, footExtra }: TextPanelOptions = {},
) {
  const head = h('div', { class: 'text-head' });
  const scroller = h('div', { class: 'text-scroll', attrs: { 'data-testid': 'text-scroll' } });
  const strip = h('div', { class: 'strip-slot' });
  const foot = h('div', { class: 'text-foot' });
  root.append(head, h('div', { class: 'text-body' }, scroller, strip), foot);
  root.setAttribute('aria-labelledby', 'text-view-title');

  bindPassages(scroller, {
    hover: (index) => controller.hoverPassage(index),
    activate: (index) => controller.activatePassage(index),
  });

  /** The reading position this panel last wrote (so it does not scroll to its own report). */
  let reportedAt: number | null = null;
  /** The place last brought into view: a re-render for another reason does not scroll again. */
  let shownPlace = '';
  /** The text was on screen at the last render (closing and reopening starts it afresh). */
  let shownOpen = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  scroller.addEventListener('scroll', () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      const at = scroller.scrollTop < 4 ? null : offsetAtTop(scroller);
      reportedAt = at;
      controller.setTextAt(at);
    }, SETTLE_MS);
  });

  const jump = (sentence: number) => {
    const target =
      scroller.querySelector<HTMLElement>(`.sentence[data-sentence="${sentence}"]`) ??
      [...scroller.querySelectorAll<HTMLElement>('.sentence[data-sentence]')].find(
        (el) => Number(el.dataset.sentence) > sentence,
      );
    if (!target) return;
    bringIntoView(scroller, target, true);
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), FLASH_MS);
  };

  // The explorer's text closes with Escape too; the focus goes back to what opened it.
  const opener = closable
    ? focusReturn(root, {
        fallback: () => document.querySelector<HTMLElement>('[data-testid="text-toggle"]'),
      })
    : null;
  if (closable)
    closeOnEscape(root, () => {
      if (store.get().view.text) controller.toggleText();
    });

  watch(
    store,
    (s) => [s.view.text, s.view.lang, s.text, s.view.selection, s.graph],
    (s) => {
      root.hidden = !s.view.text;
      opener?.shown(s.view.text !== null);
      if (s.view.text) replaceKeepingFocus(head, ...textHead(s, controller, closable));
    },
  );

  watch(
    store,
    (s) => [s.text.document, s.view.lang, s.graph, s.view.text === null],
    (s) => {
      const doc = s.text.document;
      if (!doc || !s.view.text) {
        strip.replaceChildren();
        foot.replaceChildren(...(footExtra ? [footExtra] : []));
        return;
      }
      const options = renderOptionsOf(s);
      strip.replaceChildren(renderCoverageStrip(doc, s.view.lang, jump));
      foot.replaceChildren(
        renderTextKey(doc, s.view.lang, options.kindColor, options.kindLabel),
        ...(footExtra ? [footExtra] : []),
      );
    },
  );

  watch(
    store,
    (s) => [
      s.text.document,
      s.text.status,
      s.text.places,
      s.view.selection,
      s.view.lang,
      s.graph,
      s.view.text?.place,
      s.view.text?.uncoveredOnly,
      s.view.text === null,
    ],
    (s) => {
      if (!s.view.text) {
        shownOpen = false;
        shownPlace = '';
        return;
      }
      const lang = s.view.lang;
      const doc = s.text.document;
      if (!doc) {
        const status = s.text.status;
        const message =
          status === 'error'
            ? h(
                'p',
                { class: 'text-status', attrs: { role: 'alert' } },
                `${t(lang, 'text.failed')} `,
                button(t(lang, 'retry'), () => controller.retryText()),
              )
            : h(
                'p',
                { class: 'text-status muted', attrs: { role: 'status' } },
                t(lang, status === 'ready' ? 'text.none' : 'text.loading'),
              );
        scroller.replaceChildren(message);
        return;
      }
      // Reopened: the text starts afresh (at the selection's place, or at its start).
      if (!shownOpen) scroller.scrollTop = 0;
      shownOpen = true;
      replaceKeepingFocus(scroller, renderDocument(doc, renderOptionsOf(s)));
      markActive(scroller, s.text.active);
      requestAnimationFrame(() => follow(store.get()));
    },
  );

  watch(
    store,
    (s) => [s.text.active],
    (s) => markActive(scroller, s.text.active),
  );

  // "Read it in the text" from the details: the place comes into view and takes the focus.
  watch(
    store,
    (s) => [s.text.reveal],
    (s) => {
      if (!s.text.reveal) return;
      requestAnimationFrame(() => {
        const current = scroller.querySelector<HTMLElement>('.place.current');
        if (!current) return;
        bringIntoView(scroller, current, true);
        const passage = current.querySelector<HTMLElement>('.passage[role="button"]');
        passage?.focus({ preventScroll: true });
      });
    },
  );

  /** After a render: go where the link says, else to the selection's place when it moved. */
  function follow(s: AppState): void {
    const text = s.view.text;
    if (!text || root.hidden) return;
    if (text.at !== null && text.at !== reportedAt) {
      reportedAt = text.at;
      scrollToOffset(scroller, text.at);
      return;
    }
    const current = scroller.querySelector<HTMLElement>('.place.current');
    const key = current ? `${s.view.selection?.id ?? ''}:${text.place}` : '';
    if (!current || key === shownPlace || text.at !== null) {
      shownPlace = key;
      return;
    }
    shownPlace = key;
    bringIntoView(scroller, current, false, scroller.querySelector<HTMLElement>('.gloss'));
  }
}

/** The clicked passage keeps a mark of its own while its items stay lit on the canvas. */
function markActive(scroller: HTMLElement, active: number | null): void {
  for (const el of scroller.querySelectorAll('.passage.is-active'))
    el.classList.remove('is-active');
  if (active === null) return;
  for (const el of scroller.querySelectorAll(`.passage[data-passage="${active}"]`))
    el.classList.add('is-active');
}
