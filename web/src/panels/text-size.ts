// Larger type on demand, for a projector: `?scale=` or the header's text-size control. The page's
// chrome (header, toolbar, legend, panels) grows through one CSS variable (styles/main.css), the
// graph's labels through the label scale of the graph view (graph-view/style.ts).
import { setLabelScale } from '../graph-view/style.js';
import { t } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import { SCALE_STEPS } from '../state/url.js';
import { h } from './dom.js';

/** Sets the text size before anything is drawn: the chrome at once, labels as they are measured. */
export function applyTextSize(scale: number): void {
  document.documentElement.style.setProperty('--ui-scale', String(scale));
  document.documentElement.dataset.scale = String(scale);
  setLabelScale(scale);
}

/**
 * The address with another text size. Every other part of the view is in the address already
 * (the controller keeps it there), so loading it restores the same view at the new size.
 */
export function addressWithScale(scale: number): string {
  const query = new URLSearchParams(window.location.search);
  if (scale === 1) query.delete('scale');
  else query.set('scale', String(scale));
  const search = query.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/**
 * A select of the offered sizes (100 % to 250 %). Choosing one reloads the view at that size:
 * the labels' boxes, the layout and the frame are all made for the new text from the start.
 */
export function textSizeControl(lang: UiLang, scale: number): HTMLSelectElement {
  const steps: number[] = SCALE_STEPS.includes(scale as (typeof SCALE_STEPS)[number])
    ? [...SCALE_STEPS]
    : [...SCALE_STEPS, scale].sort((a, b) => a - b);
  const select = h(
    'select',
    {
      class: 'text-size',
      title: t(lang, 'textSize'),
      attrs: { 'aria-label': t(lang, 'textSize'), 'data-testid': 'text-size' },
      on: {
        change: () => window.location.assign(addressWithScale(Number(select.value))),
      },
    },
    ...steps.map((step) =>
      h(
        'option',
        { attrs: { value: String(step), selected: step === scale } },
        `${Math.round(step * 100)} %`,
      ),
    ),
  );
  return select;
}
