// The Text view's header: its title and coverage figure, the switch to read only uncovered
// sentences, and the control that steps through the selection's places ("Quote 1 of 3").
import type { Controller } from '../app/controller.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import { button, h } from './dom.js';

function stepper(s: AppState, controller: Controller): HTMLElement | null {
  const lang = s.view.lang;
  const places = s.text.places;
  const selection = s.view.selection;
  if (!selection || !places || places.id !== selection.id || !s.text.document) return null;
  const count = places.spans.length;
  if (count === 0)
    return h(
      'p',
      { class: 'place-stepper muted', attrs: { role: 'status' } },
      t(lang, 'text.notQuoted'),
    );
  const n = Math.min(count, (s.view.text?.place ?? 0) + 1);
  const step = (delta: number) => {
    const place = controller.stepTextPlace(delta);
    if (place !== null) controller.announce(t(lang, 'text.place', { n: place + 1, count }));
  };
  const label = t(lang, 'text.place', { n, count });
  return h(
    'div',
    { class: 'place-stepper', attrs: { 'data-testid': 'place-stepper' } },
    count > 1
      ? button('‹', () => step(-1), {
          title: t(lang, 'text.previousPlace'),
          attrs: { 'aria-label': t(lang, 'text.previousPlace'), 'data-testid': 'place-previous' },
        })
      : null,
    h('span', { class: 'place-count', attrs: { 'data-testid': 'place-count' } }, label),
    count > 1
      ? button('›', () => step(1), {
          title: t(lang, 'text.nextPlace'),
          attrs: { 'aria-label': t(lang, 'text.nextPlace'), 'data-testid': 'place-next' },
        })
      : null,
  );
}

export function textHead(
  s: AppState,
  controller: Controller,
  closable = true,
): (HTMLElement | null)[] {
  const lang = s.view.lang;
  const doc = s.text.document;
  const uncoveredOnly = s.view.text?.uncoveredOnly ?? false;
  const uncovered = doc ? doc.sentences.filter((x) => !x.covered).length : 0;
  const toggle = h('input', {
    type: 'checkbox',
    attrs: { checked: uncoveredOnly, 'data-testid': 'uncovered-only' },
    on: { change: () => controller.setUncoveredOnly(toggle.checked) },
  });
  return [
    h(
      'div',
      { class: 'text-head-row text-head-top' },
      h('h2', { id: 'text-view-title', class: 'text-title' }, t(lang, 'text.title')),
      doc
        ? h(
            'p',
            { class: 'coverage-figure', attrs: { 'data-testid': 'coverage-figure' } },
            h('strong', {}, t(lang, 'text.coverage', { percent: Math.round(doc.coverage * 100) })),
            h(
              'span',
              { class: 'muted' },
              ` · ${t(lang, 'text.coverageUncovered', { count: uncovered })}`,
            ),
          )
        : null,
    ),
    closable
      ? button('×', () => controller.toggleText(), {
          class: 'close-button text-close',
          title: t(lang, 'text.close'),
          attrs: { 'aria-label': t(lang, 'text.close'), 'data-testid': 'text-close' },
        })
      : null,
    h(
      'div',
      { class: 'text-head-row' },
      doc
        ? h('label', { class: 'text-switch' }, toggle, ` ${t(lang, 'text.uncoveredOnly')}`)
        : null,
      stepper(s, controller),
    ),
  ];
}
