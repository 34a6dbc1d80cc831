// The text's key: what a fill colour, the three underlines and the uncovered tint mean, and the
// kinds whose colours the text uses.
import { t } from '../i18n/index.js';
import { h } from '../panels/dom.js';
import type { UiLang } from '../state/view.js';
import type { TextDocument } from './document.js';
import { conceptSpread, passageLook } from './look.js';

/** The kinds that colour at least one passage, in the order they first appear. */
export function kindsInText(doc: TextDocument): string[] {
  const kinds = new Set<string>();
  const spread = conceptSpread(doc);
  for (const passage of doc.passages) {
    const kind = passageLook(passage, spread).kind;
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

const sample = (classes: string, label: string) =>
  h(
    'li',
    {},
    h('span', { class: `key-sample ${classes}`, attrs: { 'aria-hidden': 'true' } }, 'abc'),
    ` ${label}`,
  );

export function renderTextKey(
  doc: TextDocument,
  lang: UiLang,
  kindColor: (kind: string) => string,
  kindLabel: (kind: string) => string,
): HTMLElement {
  const kinds = kindsInText(doc).map((kind) => {
    const chip = h('span', { class: 'key-chip', attrs: { 'aria-hidden': 'true' } });
    chip.style.setProperty('--kind', kindColor(kind));
    return h('li', {}, chip, ` ${kindLabel(kind)}`);
  });
  return h(
    'div',
    { class: 'text-key', attrs: { 'data-testid': 'text-key' } },
    h(
      'ul',
      { class: 'key-lines', attrs: { 'aria-label': t(lang, 'text.key') } },
      sample('line-stated', t(lang, 'text.keyStated')),
      sample('line-inferred', t(lang, 'text.keyInferred')),
      sample('line-structure', t(lang, 'text.keyStructure')),
      sample('uncovered', t(lang, 'text.keyUncovered')),
    ),
    h(
      'details',
      {},
      h('summary', {}, t(lang, 'text.keyColour')),
      h('ul', { class: 'key-kinds', attrs: { 'aria-label': t(lang, 'text.keyKinds') } }, ...kinds),
    ),
  );
}
