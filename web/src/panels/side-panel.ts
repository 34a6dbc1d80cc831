// The right-hand panel: the selection's details (concept or relation) above the path tracer.
import type { Controller } from '../app/controller.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { conceptDetails } from './concept-details.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import { closeOnEscape, focusReturn } from './focus-return.js';
import { mountPathPanel } from './path-panel.js';
import { relationDetails } from './relation-details.js';

export function mountSidePanel(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  const details = h('section', {
    class: 'panel details-panel',
    attrs: { 'aria-labelledby': 'details-heading', 'data-testid': 'details' },
  });
  const path = h('section', { class: 'panel path-panel', attrs: { 'data-testid': 'path-panel' } });
  root.append(details, path);
  mountPathPanel(path, store, controller);
  // Escape closes the panel the focus is in; the focus goes back to what opened it (the graph,
  // the list, the toolbar's Path button), or to the graph when that is gone.
  const graph = () => document.getElementById('graph');
  const detailsFocus = focusReturn(details, { fallback: graph });
  const pathFocus = focusReturn(path, {
    fallback: () => document.querySelector<HTMLElement>('[data-testid="path-toggle"]'),
  });
  closeOnEscape(details, () => controller.select(null));
  closeOnEscape(path, () => controller.clearPath());

  watch(
    store,
    (s) => [s.detail, s.view.selection, s.view.lang, s.graph, s.view.expanded],
    (s) => {
      const lang = s.view.lang;
      const hadFocus = details.contains(document.activeElement);
      const heading = h('h2', { id: 'details-heading', class: 'sr-only' }, t(lang, 'details'));
      const close = button('×', () => controller.select(null), {
        class: 'close-button',
        title: t(lang, 'closeDetails'),
        attrs: { 'aria-label': t(lang, 'closeDetails'), 'data-testid': 'details-close' },
      });
      let body: HTMLElement;
      if (!s.view.selection) body = h('p', { class: 'muted' }, t(lang, 'detailsEmpty'));
      else if (s.detail.concept?.id === s.view.selection.id)
        body = conceptDetails(s.detail.concept, s, controller);
      else if (s.detail.relation?.id === s.view.selection.id)
        body = relationDetails(s.detail.relation, s, controller);
      else if (s.detail.status === 'loading') {
        body = h('p', { class: 'muted', attrs: { role: 'status' } }, t(lang, 'loadingDetails'));
      } else body = h('p', { class: 'muted' }, t(lang, 'detailsEmpty'));
      replaceKeepingFocus(details, heading, s.view.selection ? close : null, body);
      // A neighbour link replaced the panel under the user's focus: continue from the new title.
      if (hadFocus && !details.contains(document.activeElement)) {
        details.querySelector<HTMLElement>('.details-title')?.focus();
      }
    },
  );

  watch(
    store,
    (s) => [s.view.selection, s.view.path, s.pathDraft, s.pathOpen],
    (s) => {
      const pathActive =
        s.pathOpen || s.view.path !== null || s.pathDraft.from !== null || s.pathDraft.to !== null;
      details.hidden = !s.view.selection;
      path.hidden = !pathActive;
      root.hidden = !s.view.selection && !pathActive;
      detailsFocus.shown(!details.hidden);
      pathFocus.shown(!path.hidden);
    },
  );
}
