// A verbatim quote with its citation (author, year, page): the heart of "every link explainable";
// and the mark of a relation that is only the text's structure.
import type { Evidence } from '../api/model.js';
import { t } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import { button, h } from './dom.js';

export function citation(evidence: Evidence, lang: UiLang): string {
  const source = evidence.source;
  if (!source) return evidence.page ? t(lang, 'page', { page: evidence.page }) : '';
  const author = source.author ?? source.title ?? source.id;
  const year = source.year ?? '?';
  return evidence.page
    ? t(lang, 'citation', { author, year, page: evidence.page })
    : t(lang, 'citationNoPage', { author, year });
}

export function evidenceBlock(
  evidence: Evidence,
  lang: UiLang,
  heading: string,
  /** Opens the source text at this quote (the Text view). */
  readInText?: () => void,
): HTMLElement {
  if (!evidence.quote) return h('p', { class: 'muted' }, t(lang, 'noQuote'));
  const cite = citation(evidence, lang);
  return h(
    'figure',
    { class: 'evidence' },
    h('figcaption', { class: 'evidence-heading' }, heading),
    // The source text is Indonesian whatever the interface language.
    h(
      'blockquote',
      { class: 'quote', attrs: { lang: 'id', 'data-testid': 'quote' } },
      evidence.quote,
    ),
    cite ? h('p', { class: 'citation', attrs: { 'data-testid': 'citation' } }, `— ${cite}`) : null,
    readInText
      ? button(t(lang, 'text.readInText'), readInText, {
          class: 'link-button read-in-text',
          attrs: { 'data-testid': 'read-in-text', 'aria-controls': 'text-view' },
        })
      : null,
  );
}

/** "document structure": a relation that only says where the text puts a concept. */
export function structureTag(lang: UiLang): HTMLElement {
  return h(
    'span',
    {
      class: 'structure-tag',
      title: t(lang, 'structuralHint'),
      attrs: { 'data-testid': 'structural' },
    },
    t(lang, 'structural'),
  );
}
