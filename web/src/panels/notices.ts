// Notices over the canvas: errors with a way out (retry, whole graph), the truncation warning
// and the loading state, so the user never faces a blank canvas or a silent spinner.
import type { Controller } from '../app/controller.js';
import { MAX_WHOLE_GRAPH } from '../app/landing.js';
import { oncePerCause } from '../app/notices.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';

export function mountNotices(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  watch(
    store,
    (s) => [s.notices, s.view.lang, s.status, s.elements, s.view.focus],
    (s) => {
      const lang = s.view.lang;
      // One notice per cause: two requests that failed for one reason say it once.
      const items: HTMLElement[] = oncePerCause(s.notices).map(({ notice, ids }) =>
        h(
          'div',
          {
            class: `notice notice-${notice.level}`,
            attrs: {
              role: notice.level === 'error' ? 'alert' : 'status',
              'data-testid': `notice-${notice.id}`,
            },
          },
          h('p', {}, t(lang, notice.message, notice.vars)),
          h(
            'div',
            { class: 'notice-actions' },
            notice.action
              ? button(t(lang, notice.action.label), notice.action.run, {
                  class: 'primary',
                  attrs: { 'data-key': `na-${notice.id}`, 'data-testid': 'notice-action' },
                })
              : null,
            button(t(lang, 'dismiss'), () => ids.forEach((id) => controller.dismissNotice(id)), {
              attrs: { 'data-key': `nd-${notice.id}` },
            }),
          ),
        ),
      );
      if (s.elements.truncated) {
        const total = s.graph?.conceptCount ?? 0;
        const message =
          !s.view.focus && total > MAX_WHOLE_GRAPH
            ? t(lang, 'truncated', { shown: s.elements.nodes.length, total })
            : t(lang, 'truncatedNeighborhood');
        items.push(
          h(
            'div',
            {
              class: 'notice notice-info',
              attrs: { role: 'status', 'data-testid': 'notice-truncated' },
            },
            h('p', {}, message),
          ),
        );
      }
      if (s.status === 'loading' && s.notices.length === 0) {
        items.push(
          h(
            'div',
            {
              class: 'notice notice-loading',
              attrs: { role: 'status', 'data-testid': 'notice-loading' },
            },
            h('p', {}, t(lang, 'loading')),
          ),
        );
      }
      replaceKeepingFocus(root, ...items);
    },
  );
}

/** Announces selections and keyboard steps to screen readers. */
export function mountLiveRegion(root: HTMLElement, store: Store<AppState>) {
  watch(
    store,
    (s) => [s.announcement],
    (s) => {
      root.textContent = s.announcement;
    },
  );
}
