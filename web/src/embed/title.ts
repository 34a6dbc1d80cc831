// The embed page's heading: the graph's title, for assistive technology only (the frame shows the
// graph, not a title bar). The legend and the text have headings of their own (h2), and a page
// whose headings start below the first level leaves a screen reader's outline without its top.
import { pick, t } from '../i18n/index.js';
import { h, watch } from '../panels/dom.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';

export function mountEmbedTitle(stage: HTMLElement, store: Store<AppState>): void {
  const heading = h('h1', { class: 'sr-only', attrs: { 'data-testid': 'embed-title' } });
  stage.prepend(heading);
  watch(
    store,
    (s) => [s.graph, s.view.lang],
    (s) => {
      heading.textContent = s.graph ? pick(s.graph.titles, s.view.lang) : t(s.view.lang, 'appName');
    },
  );
}
