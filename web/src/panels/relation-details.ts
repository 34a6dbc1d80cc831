// A relation's evidence: which concepts it joins, whether the text states it or it is inferred,
// the quote with its source, and the rationale for an inference.
import type { Controller } from '../app/controller.js';
import type { RelationDetail } from '../api/model.js';
import { relationLabel } from '../app/inputs.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import { button, h } from './dom.js';
import { evidenceBlock, structureTag } from './evidence.js';

export function relationDetails(
  relation: RelationDetail,
  s: AppState,
  controller: Controller,
): HTMLElement {
  const lang = s.view.lang;
  const inferred = relation.basis === 'INFERRED';
  const rationale = pick(relation.rationales, lang);
  const end = (concept: RelationDetail['from'], role: 'from' | 'to') =>
    button(pick(concept.labels, lang), () => controller.chooseConcept(concept.id), {
      class: 'link-button',
      attrs: {
        'data-key': `end-${role}`,
        'data-concept': concept.id,
        'aria-label': `${t(lang, role)}: ${pick(concept.labels, lang)}`,
      },
    });
  return h(
    'article',
    { class: 'details relation-details', attrs: { 'data-relation': relation.id } },
    h(
      'h2',
      {
        class: 'details-title relation-sentence',
        attrs: { tabindex: '-1', 'data-testid': 'details-title' },
      },
      end(relation.from, 'from'),
      h('span', { class: 'relation-verb' }, ` ${relationLabel(s.graph, relation.type, lang)} → `),
      end(relation.to, 'to'),
    ),
    h(
      'p',
      { class: 'relation-badges' },
      h(
        'span',
        {
          class: `basis-badge ${inferred ? 'inferred' : 'stated'}`,
          attrs: { 'data-testid': 'basis' },
        },
        t(lang, inferred ? 'inferred' : 'stated'),
      ),
      relation.structural ? ' ' : null,
      relation.structural ? structureTag(lang) : null,
    ),
    evidenceBlock(relation, lang, t(lang, 'relationEvidence'), () => controller.showInText()),
    rationale
      ? h(
          'section',
          { class: 'rationale' },
          h('h3', {}, t(lang, 'rationale')),
          h('p', { attrs: { 'data-testid': 'rationale' } }, rationale),
        )
      : null,
  );
}
