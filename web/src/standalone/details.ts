// The details panel: the selected concept's kind, name, definition and quote, or the selected
// relation's name, basis (stated or inferred), quote and rationale. Hidden with no selection.
import { pick, t } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import type { Provenance } from './data.js';
import { el } from './dom.js';
import { describedConcept, kindLabel, relationName, type Viewer } from './state.js';

/** The quote, with its source and page as the citation. */
function evidence(p: Provenance, lang: UiLang): HTMLElement {
  const box = el('figure', 'evidence');
  if (!p.quote) {
    box.append(el('p', 'muted', t(lang, 'noQuote')));
    return box;
  }
  const quote = el('blockquote', 'quote', p.quote);
  // Quotes are the source's own words, which are Indonesian whatever the interface shows.
  quote.lang = 'id';
  box.append(quote);
  const s = p.source;
  const parts = [
    s ? `${s.author ?? s.title ?? s.id} (${s.year ?? '?'})` : '',
    p.page ? t(lang, 'page', { page: p.page }) : '',
  ].filter(Boolean);
  if (s?.title && s.author) parts.push(s.title);
  if (parts.length) box.append(el('figcaption', 'citation', `— ${parts.join(', ')}`));
  return box;
}

function conceptDetails(v: Viewer, panel: HTMLElement, id: string): void {
  const c = describedConcept(v, id);
  if (!c) return;
  panel.append(el('p', 'kind', kindLabel(v, c.kind)), el('h2', 'name', pick(c.labels, v.lang)));
  const definition = pick(c.definitions, v.lang);
  if (definition)
    panel.append(el('h3', '', t(v.lang, 'definition')), el('p', 'definition', definition));
  panel.append(evidence(c, v.lang));
}

function relationDetails(v: Viewer, panel: HTMLElement, id: string): void {
  const r = v.data.relations.find((x) => x.id === id);
  if (!r) return;
  const basis = r.inferred ? 'inferred' : 'stated';
  panel.append(
    el('h2', 'name', relationName(v, r.from, r.type, r.to)),
    el('p', `basis ${basis}`, t(v.lang, basis)),
    evidence(r, v.lang),
  );
  const why = pick(r.rationales, v.lang);
  if (why) panel.append(el('h3', '', t(v.lang, 'rationale')), el('p', 'rationale', why));
}

export function renderDetails(v: Viewer, panel: HTMLElement): void {
  panel.replaceChildren();
  const selected = v.selected;
  panel.hidden = !selected;
  if (!selected) return;
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t(v.lang, 'close'));
  close.addEventListener('click', () => v.choose(null));
  panel.append(close);
  if (selected.kind === 'concept') conceptDetails(v, panel, selected.id);
  else relationDetails(v, panel, selected.id);
}
