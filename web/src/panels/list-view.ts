// The current graph as text: concepts and relations in lists, for screen readers, for keyboard
// users and for copying. It honours the same filters as the canvas.
import type { Controller } from '../app/controller.js';
import { relationLabel } from '../app/inputs.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import { closeOnEscape, focusReturn } from './focus-return.js';

export function visibleElements(s: AppState) {
  const { hiddenKinds, hiddenTypes, showStated, showInferred } = s.view;
  const nodes = s.elements.nodes.filter((n) => !hiddenKinds.includes(n.kind));
  const ids = new Set(nodes.map((n) => n.id));
  const relations = s.elements.relations.filter(
    (r) =>
      ids.has(r.from.id) &&
      ids.has(r.to.id) &&
      !hiddenTypes.includes(r.type) &&
      (r.basis === 'INFERRED' ? showInferred : showStated),
  );
  return { nodes, relations };
}

export function mountListView(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  // Escape or the close button goes back to the graph; the focus to what opened the list.
  const close = () => {
    if (store.get().view.listView) controller.toggleList();
  };
  closeOnEscape(root, close);
  const opener = focusReturn(root, {
    fallback: () => document.querySelector<HTMLElement>('[data-testid="list-toggle"]'),
  });
  watch(
    store,
    (s) => [
      s.elements,
      s.view.lang,
      s.view.hiddenKinds,
      s.view.hiddenTypes,
      s.view.showStated,
      s.view.showInferred,
      s.view.listView,
      s.graph,
    ],
    (s) => {
      root.hidden = !s.view.listView;
      opener.shown(s.view.listView);
      if (!s.view.listView) {
        root.replaceChildren();
        return;
      }
      const lang = s.view.lang;
      const kinds = s.graph?.kinds ?? [];
      const order = (kind: string) => kinds.findIndex((k) => k.id === kind);
      const { nodes, relations } = visibleElements(s);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const label = (id: string) => {
        const node = byId.get(id);
        return node ? pick(node.labels, lang) : id;
      };
      const sorted = [...nodes].sort(
        (a, b) => order(a.kind) - order(b.kind) || (a.order ?? 0) - (b.order ?? 0),
      );
      replaceKeepingFocus(
        root,
        h('h2', { class: 'sr-only' }, t(lang, 'listView')),
        button('×', close, {
          class: 'close-button',
          title: t(lang, 'closeList'),
          attrs: { 'aria-label': t(lang, 'closeList'), 'data-testid': 'list-close' },
        }),
        h('h3', {}, t(lang, 'listConcepts', { count: nodes.length })),
        h(
          'ul',
          { class: 'list-concepts' },
          ...sorted.map((n) => {
            const kind = kinds.find((k) => k.id === n.kind);
            return h(
              'li',
              {},
              button(pick(n.labels, lang), () => controller.select({ type: 'concept', id: n.id }), {
                class: 'link-button',
                attrs: { 'data-key': `lc-${n.id}`, 'data-concept': n.id },
              }),
              h('span', { class: 'muted' }, ` (${kind ? pick(kind.labels, lang) : n.kind})`),
            );
          }),
        ),
        h('h3', {}, t(lang, 'listRelations', { count: relations.length })),
        h(
          'ul',
          { class: 'list-relations' },
          ...relations.map((r) =>
            h(
              'li',
              {},
              button(
                `${label(r.from.id)} — ${relationLabel(s.graph, r.type, lang)} → ${label(r.to.id)}`,
                () => controller.select({ type: 'relation', id: r.id }),
                {
                  class: 'link-button',
                  attrs: { 'data-key': `lr-${r.id}`, 'data-relation': r.id },
                },
              ),
              h(
                'span',
                { class: 'muted' },
                ` (${t(lang, r.basis === 'INFERRED' ? 'inferredShort' : 'statedShort')})`,
              ),
            ),
          ),
        ),
      );
    },
  );
}
