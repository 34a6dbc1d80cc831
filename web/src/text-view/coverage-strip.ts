// The coverage strip: a thin bar beside the text, top to bottom as the text runs, with a
// segment per sentence, covered or not. Uncovered sentences are buttons (one tab stop, arrows
// move between them); a click anywhere on the bar goes to the sentence there.
import { t } from '../i18n/index.js';
import { h } from '../panels/dom.js';
import type { UiLang } from '../state/view.js';
import type { TextDocument } from './document.js';
import { readable } from './render.js';

export interface StripSegment {
  /** Index of the sentence in `TextDocument.sentences`. */
  index: number;
  covered: boolean;
  /** Where the sentence starts and how much of the text it takes, as shares (0–1). */
  top: number;
  height: number;
}

/** The strip's segments: a sentence's place and size follow its offsets in the text. */
export function stripSegments(doc: Pick<TextDocument, 'text' | 'sentences'>): StripSegment[] {
  const length = Math.max(1, doc.text.length);
  return doc.sentences.map((s, index) => ({
    index,
    covered: s.covered,
    top: s.start / length,
    height: (s.end - s.start) / length,
  }));
}

/** The sentence at a share (0–1) of the strip's height: the one there, else the next one. */
export function sentenceAt(segments: readonly StripSegment[], share: number): number | null {
  const hit =
    segments.find((s) => share >= s.top && share <= s.top + s.height) ??
    segments.find((s) => s.top >= share) ??
    segments.at(-1);
  return hit ? hit.index : null;
}

const ELLIPSIS_AT = 90;

export function renderCoverageStrip(
  doc: TextDocument,
  lang: UiLang,
  jump: (sentence: number) => void,
): HTMLElement {
  const segments = stripSegments(doc);
  const percent = Math.round(doc.coverage * 100);
  const strip = h('div', {
    class: 'coverage-strip',
    attrs: {
      role: 'toolbar',
      'aria-orientation': 'vertical',
      'aria-label': t(lang, 'text.strip', { percent }),
      'data-testid': 'coverage-strip',
    },
  });
  let firstButton = true;
  for (const segment of segments) {
    const sentence = doc.sentences[segment.index];
    if (!sentence) continue;
    let element: HTMLElement;
    if (segment.covered) {
      element = h('span', { class: 'strip-seg covered', attrs: { 'aria-hidden': 'true' } });
    } else {
      const words = readable(doc.text.slice(sentence.start, sentence.end)).trim();
      const text = words.length > ELLIPSIS_AT ? `${words.slice(0, ELLIPSIS_AT)}…` : words;
      element = h('button', {
        type: 'button',
        class: 'strip-seg uncovered',
        title: t(lang, 'text.uncoveredSentence', { line: sentence.line, text }),
        attrs: {
          'aria-label': t(lang, 'text.uncoveredSentence', { line: sentence.line, text }),
          tabindex: firstButton ? 0 : -1,
        },
      });
      firstButton = false;
    }
    element.dataset.sentence = String(segment.index);
    element.style.top = `${(segment.top * 100).toFixed(3)}%`;
    element.style.height = `${(segment.height * 100).toFixed(3)}%`;
    strip.append(element);
  }

  strip.addEventListener('click', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const own = target?.dataset.sentence;
    if (own !== undefined) {
      jump(Number(own));
      return;
    }
    const box = strip.getBoundingClientRect();
    const at = sentenceAt(segments, (event.clientY - box.top) / Math.max(1, box.height));
    if (at !== null) jump(at);
  });
  // One tab stop: the arrows walk the uncovered sentences.
  strip.addEventListener('keydown', (event) => {
    const buttons = [...strip.querySelectorAll<HTMLButtonElement>('button.strip-seg')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const delta =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    let next = index + delta;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (!delta) return;
    event.preventDefault();
    next = Math.max(0, Math.min(buttons.length - 1, next));
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  });
  return strip;
}
