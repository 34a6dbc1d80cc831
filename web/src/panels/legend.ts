// The legend is also the filter: each kind, relation type and kind of evidence is a toggle
// button with its colour, bilingual name and count. Relation types of meaning and those of the
// text's structure (a section contains a concept) are listed apart, each under its heading.
import type { Controller } from '../app/controller.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { button, h, replaceKeepingFocus, swatch, watch } from './dom.js';

function toggleRow(
  chip: HTMLElement,
  label: string,
  count: number,
  shown: boolean,
  onToggle: () => void,
  testId: string,
): HTMLLIElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'legend-toggle',
        attrs: { 'aria-pressed': String(shown), 'data-testid': testId },
        on: { click: onToggle },
      },
      chip,
      h('span', { class: 'legend-label' }, label),
      h('span', { class: 'legend-count' }, count),
    ),
  );
}

export function mountLegend(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  watch(
    store,
    (s) => [
      s.graph,
      s.view.lang,
      s.view.hiddenKinds,
      s.view.hiddenTypes,
      s.view.showStated,
      s.view.showInferred,
      s.view.sections,
      s.elements,
    ],
    (s) => {
      const { lang, hiddenKinds, hiddenTypes } = s.view;
      const graph = s.graph;
      if (!graph) {
        root.replaceChildren();
        return;
      }
      const stated = s.elements.relations.filter((r) => r.basis === 'STATED').length;
      const inferred = s.elements.relations.length - stated;
      const typeList = (types: typeof graph.relationTypes, heading: string, testId: string) =>
        types.length === 0
          ? []
          : [
              h('h3', {}, heading),
              h(
                'ul',
                { class: 'legend-list', attrs: { 'data-testid': testId } },
                ...types.map((r) =>
                  toggleRow(
                    swatch(r.color, 'line'),
                    pick(r.labels, lang),
                    r.count,
                    !hiddenTypes.includes(r.id),
                    () => controller.toggleType(r.id),
                    `type-${r.id}`,
                  ),
                ),
              ),
            ];
      const used = graph.relationTypes.filter((r) => r.count > 0);
      const meaning = used.filter((r) => !r.structural);
      const structure = used.filter((r) => r.structural);
      const filtered =
        hiddenKinds.length +
        hiddenTypes.length +
        Number(!s.view.showStated) +
        Number(!s.view.showInferred);
      replaceKeepingFocus(
        root,
        h('h2', { class: 'panel-title' }, t(lang, 'legend')),
        h('p', { class: 'hint' }, t(lang, 'legendHint')),
        filtered
          ? button(t(lang, 'showAllFilters'), () => controller.resetFilters(), {
              class: 'link-button',
              attrs: { 'data-testid': 'reset-filters' },
            })
          : null,
        h('h3', {}, t(lang, 'kinds')),
        h(
          'ul',
          { class: 'legend-list' },
          ...graph.kinds
            .filter((k) => k.count > 0)
            .map((k) =>
              toggleRow(
                swatch(k.color),
                pick(k.labels, lang),
                k.count,
                !hiddenKinds.includes(k.id),
                () => controller.toggleKind(k.id),
                `kind-${k.id}`,
              ),
            ),
        ),
        // Evidence before relation types: two rows that matter to every reader, above a long list.
        h('h3', {}, t(lang, 'evidence')),
        h(
          'ul',
          { class: 'legend-list' },
          toggleRow(
            swatch('currentColor', 'line'),
            t(lang, 'stated'),
            stated,
            s.view.showStated,
            () => controller.toggleBasis('stated'),
            'basis-stated',
          ),
          toggleRow(
            swatch('currentColor', 'dashed'),
            t(lang, 'inferred'),
            inferred,
            s.view.showInferred,
            () => controller.toggleBasis('inferred'),
            'basis-inferred',
          ),
        ),
        ...typeList(meaning, t(lang, 'legendMeaning'), 'legend-meaning'),
        ...typeList(structure, t(lang, 'legendStructure'), 'legend-structure'),
        structure.length
          ? h(
              'p',
              { class: 'hint' },
              t(lang, s.view.sections === 'groups' ? 'structureBoxesHint' : 'structureHint'),
            )
          : null,
      );
    },
  );
}
