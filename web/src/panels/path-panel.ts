// Tracing a path: pick two concepts, see the shortest paths highlighted and written out as text.
// Paths follow relations of meaning unless the reader asks to go through the text's structure
// too (a route "A is in section b, which contains B" is almost never the question).
import { LIMITS } from '../../../common/limits.js';
import type { Controller } from '../app/controller.js';
import { relationLabel } from '../app/inputs.js';
import type { PathResult } from '../api/model.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import { mountSearchBox } from './search-box.js';

function pathSteps(path: PathResult, s: AppState, controller: Controller): HTMLElement {
  const lang = s.view.lang;
  const items: HTMLElement[] = [];
  path.nodes.forEach((node, i) => {
    items.push(
      h(
        'li',
        { class: 'path-node' },
        button(pick(node.labels, lang), () => controller.chooseConcept(node.id), {
          class: 'link-button',
          attrs: { 'data-key': `p-${i}-${node.id}` },
        }),
      ),
    );
    const relation = path.relations[i];
    if (!relation) return;
    const forward = relation.from.id === node.id;
    const verb = relationLabel(s.graph, relation.type, lang);
    items.push(
      h(
        'li',
        { class: 'path-relation' },
        button(
          forward ? `— ${verb} →` : `← ${verb} —`,
          () => controller.select({ type: 'relation', id: relation.id }),
          {
            class: 'link-button relation-link',
            attrs: { 'data-key': `pr-${i}-${relation.id}` },
          },
        ),
      ),
    );
  });
  return h('ol', { class: 'path-steps', attrs: { 'data-testid': 'path-steps' } }, ...items);
}

export function mountPathPanel(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  const heading = h('h2', { class: 'panel-title' });
  const fromBox = h('div', { class: 'path-end', attrs: { 'data-testid': 'path-from' } });
  const toBox = h('div', { class: 'path-end', attrs: { 'data-testid': 'path-to' } });
  const results = h('div', { class: 'path-results', attrs: { 'aria-live': 'polite' } });
  const structure = h('input', {
    type: 'checkbox',
    attrs: { 'data-testid': 'path-structure' },
    on: { change: () => controller.setPathStructure(structure.checked) },
  });
  const structureText = h('span', {});
  const structureRow = h('label', { class: 'path-scope' }, structure, structureText);
  // A visible way out (on a phone the toolbar's Path button may be scrolled out of reach).
  const close = button('×', () => controller.clearPath(), {
    class: 'close-button',
    attrs: { 'data-testid': 'path-close' },
  });
  root.append(close, heading, fromBox, toBox, structureRow, results);
  const fromInput = mountSearchBox(fromBox, store, controller, {
    field: 'path-from',
    label: 'pathFrom',
    placeholder: 'pathFrom',
    keepChoice: true,
    visibleLabel: true,
    onChoose: (c) => controller.setPathEnd('from', c),
  });
  const toInput = mountSearchBox(toBox, store, controller, {
    field: 'path-to',
    label: 'pathTo',
    placeholder: 'pathTo',
    keepChoice: true,
    visibleLabel: true,
    onChoose: (c) => controller.setPathEnd('to', c),
  });

  watch(
    store,
    (s) => [s.view.lang, s.paths, s.pathDraft, s.view.path, s.view.pathStructure, s.graph],
    (s) => {
      const lang = s.view.lang;
      heading.textContent = t(lang, 'path');
      close.title = t(lang, 'closePath');
      close.setAttribute('aria-label', t(lang, 'closePath'));
      structure.checked = s.view.pathStructure;
      structureText.textContent = t(lang, 'pathWithStructure');
      // Show the chosen ends in the boxes unless the user is typing there.
      for (const [input, concept] of [
        [fromInput, s.pathDraft.from],
        [toInput, s.pathDraft.to],
      ] as const) {
        if (document.activeElement !== input)
          input.value = concept ? pick(concept.labels, lang) : '';
      }
      const body: (HTMLElement | null)[] = [];
      if (!s.view.path) body.push(h('p', { class: 'muted' }, t(lang, 'pathPick')));
      else if (s.paths.status === 'loading')
        body.push(h('p', { class: 'muted' }, t(lang, 'pathLoading')));
      else if (s.paths.status === 'ready' && s.paths.results.length === 0) {
        const max = LIMITS.pathLength;
        body.push(
          h(
            'p',
            { class: 'muted', attrs: { 'data-testid': 'path-none' } },
            t(lang, s.view.pathStructure ? 'pathNone' : 'pathNoneMeaning', { max }),
          ),
        );
      } else {
        s.paths.results.forEach((path, i) => {
          body.push(
            h('h3', {}, t(lang, 'pathLength', { n: i + 1, length: path.length })),
            pathSteps(path, s, controller),
          );
        });
      }
      if (s.view.path || s.pathDraft.from || s.pathDraft.to) {
        body.push(
          button(t(lang, 'pathClear'), () => controller.clearPath(), {
            attrs: { 'data-testid': 'path-clear' },
          }),
        );
      }
      replaceKeepingFocus(results, ...body);
    },
  );
}
