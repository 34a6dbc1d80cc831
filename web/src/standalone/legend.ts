// The legend over the drawing's corner: the kinds of concept (colour chips) and the relation
// types (line chips) that appear in the view.
import { pick, t } from '../i18n/index.js';
import type { Legend } from './data.js';
import { el } from './dom.js';
import type { Viewer } from './state.js';

export function renderLegend(v: Viewer, legend: HTMLElement): void {
  legend.replaceChildren();
  const list = (heading: string, items: Legend[], line: boolean) => {
    if (!items.length) return;
    const ul = el('ul', '');
    for (const item of items) {
      const chip = el('span', line ? 'chip line' : 'chip');
      if (line) chip.style.borderTopColor = item.color;
      else chip.style.backgroundColor = item.color;
      const li = el('li', '');
      li.append(chip, el('span', '', pick(item.labels, v.lang) || item.id));
      ul.append(li);
    }
    legend.append(el('h2', '', heading), ul);
  };
  list(t(v.lang, 'viewer.kinds'), v.data.kinds, false);
  list(t(v.lang, 'viewer.types'), v.data.types, true);
}
