// A concept's details: label, kind, definition, the text's own number for it, quote with source,
// the actions on it, and its relations grouped by type and direction with the neighbours as
// links (those of the text's structure marked as such).
import { LIMITS } from '../../../common/limits.js';
import type { Controller } from '../app/controller.js';
import type { ConceptDetail, GraphInfo, RelationDetail } from '../api/model.js';
import { relationLabel } from '../app/inputs.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { UiLang } from '../state/view.js';
import { button, h, swatch } from './dom.js';
import { evidenceBlock, structureTag } from './evidence.js';

/** The neighbourhood depths a reader may pick, up to the API's bound. */
const DEPTHS = Array.from({ length: LIMITS.neighborhoodDepth }, (_, i) => i + 1);

function kindChip(graph: GraphInfo | null, kindId: string, lang: UiLang): HTMLElement {
  const kind = graph?.kinds.find((k) => k.id === kindId);
  return h(
    'p',
    { class: 'kind-chip' },
    swatch(kind?.color ?? '#888'),
    kind ? pick(kind.labels, lang) : kindId,
  );
}

/** The source's own number for the concept ("In the text: 4a") and the line that gives it. */
function numberingBlock(concept: ConceptDetail, lang: UiLang): HTMLElement | null {
  const numbering = concept.numbering;
  if (!numbering) return null;
  return h(
    'figure',
    { class: 'evidence numbering', attrs: { 'data-testid': 'numbering' } },
    h(
      'figcaption',
      { class: 'numbering-label', attrs: { 'data-testid': 'numbering-label' } },
      t(lang, 'inTheText', { label: numbering.label }),
    ),
    h('blockquote', { class: 'quote', attrs: { lang: 'id' } }, numbering.quote),
  );
}

function relationGroups(concept: ConceptDetail, s: AppState, controller: Controller): HTMLElement {
  const lang = s.view.lang;
  const groups = new Map<string, RelationDetail[]>();
  for (const r of concept.relations) {
    const key = `${r.type}|${r.from.id === concept.id ? 'out' : 'in'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  if (groups.size === 0) return h('p', { class: 'muted' }, t(lang, 'noRelations'));
  return h(
    'div',
    { class: 'relation-groups' },
    ...[...groups.entries()].map(([key, relations]) => {
      const [type = '', direction] = key.split('|');
      const typeLabel = relationLabel(s.graph, type, lang);
      const structural = relations.some((r) => r.structural);
      return h(
        'section',
        {
          class: `relation-group${structural ? ' structural' : ''}`,
          attrs: { 'data-type': type, 'data-direction': direction },
        },
        h(
          'h4',
          {},
          t(lang, direction === 'out' ? 'outgoing' : 'incoming', { type: typeLabel }),
          structural ? ' ' : null,
          structural ? structureTag(lang) : null,
        ),
        h(
          'ul',
          {},
          ...relations.map((r) => {
            const other = r.from.id === concept.id ? r.to : r.from;
            const inferred = r.basis === 'INFERRED';
            return h(
              'li',
              {},
              button(pick(other.labels, lang), () => controller.chooseConcept(other.id), {
                class: 'link-button neighbour',
                attrs: { 'data-key': `n-${r.id}`, 'data-concept': other.id },
              }),
              ' ',
              button(
                t(lang, inferred ? 'inferredShort' : 'statedShort'),
                () => controller.select({ type: 'relation', id: r.id }),
                {
                  class: `basis-badge ${inferred ? 'inferred' : 'stated'}`,
                  title: t(lang, 'relationEvidence'),
                  attrs: { 'data-key': `r-${r.id}`, 'data-relation': r.id },
                },
              ),
            );
          }),
        ),
      );
    }),
  );
}

function actions(concept: ConceptDetail, s: AppState, controller: Controller): HTMLElement {
  const lang = s.view.lang;
  const depth = h(
    'select',
    { attrs: { 'aria-label': t(lang, 'depth'), 'data-key': 'depth' } },
    ...DEPTHS.map((d) => h('option', { attrs: { value: d } }, `${t(lang, 'depth')} ${d}`)),
  );
  const types = h(
    'select',
    { attrs: { 'aria-label': t(lang, 'expandTypes'), 'data-key': 'expand-types' } },
    h('option', { attrs: { value: '' } }, t(lang, 'allTypes')),
    ...(s.graph?.relationTypes ?? [])
      .filter((r) => r.count > 0)
      .map((r) => h('option', { attrs: { value: r.id } }, pick(r.labels, lang))),
  );
  const expanded = s.view.expanded.some((e) => e.id === concept.id);
  return h(
    'div',
    { class: 'concept-actions' },
    h(
      'div',
      { class: 'action-row' },
      button(t(lang, 'focus'), () => controller.focus(concept.id), {
        title: t(lang, 'focusHint'),
        attrs: { 'data-testid': 'action-focus' },
      }),
      button(t(lang, 'collapse'), () => controller.collapse(concept.id), {
        attrs: { 'data-testid': 'action-collapse', 'aria-pressed': null },
      }),
      button(t(lang, 'hide'), () => controller.hide(concept.id), {
        attrs: { 'data-testid': 'action-hide' },
      }),
    ),
    h(
      'div',
      { class: 'action-row' },
      button(
        t(lang, 'expand'),
        () => controller.expand(concept.id, Number(depth.value), types.value ? [types.value] : []),
        {
          title: t(lang, 'expandHint'),
          attrs: { 'data-testid': 'action-expand', 'aria-pressed': String(expanded) },
        },
      ),
      depth,
      types,
    ),
    h(
      'div',
      { class: 'action-row' },
      button(t(lang, 'pathFromHere'), () => controller.setPathEnd('from', concept), {
        attrs: { 'data-testid': 'path-from-here' },
      }),
      button(t(lang, 'pathToHere'), () => controller.setPathEnd('to', concept), {
        attrs: { 'data-testid': 'path-to-here' },
      }),
    ),
  );
}

export function conceptDetails(
  concept: ConceptDetail,
  s: AppState,
  controller: Controller,
): HTMLElement {
  const lang = s.view.lang;
  const definition = pick(concept.definitions, lang);
  return h(
    'article',
    { class: 'details concept-details', attrs: { 'data-concept': concept.id } },
    kindChip(s.graph, concept.kind, lang),
    h(
      'h2',
      { class: 'details-title', attrs: { tabindex: '-1', 'data-testid': 'details-title' } },
      pick(concept.labels, lang),
    ),
    definition ? h('p', { class: 'definition' }, definition) : null,
    numberingBlock(concept, lang),
    evidenceBlock(concept, lang, t(lang, 'quote'), () => controller.showInText()),
    actions(concept, s, controller),
    h('h3', {}, t(lang, 'relations', { count: concept.relations.length })),
    relationGroups(concept, s, controller),
  );
}
