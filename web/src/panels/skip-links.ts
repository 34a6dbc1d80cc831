// Skip links at the top of the page: to the graph, the search, the legend and the details. Each
// link shows its target before it moves the focus there (the graph leaves the list view, the
// legend opens its drawer on a narrow screen); the details link is there only while something is
// selected, since there are no details to skip to otherwise.
import type { Controller } from '../app/controller.js';
import { t, type StringKey } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { watch } from './dom.js';

type Target = 'graph' | 'search' | 'legend' | 'details';

const LABELS: Record<Target, StringKey> = {
  graph: 'skipToGraph',
  search: 'skipToSearch',
  legend: 'skipToLegend',
  details: 'skipToDetails',
};

const isTarget = (value: string | undefined): value is Target =>
  value !== undefined && value in LABELS;

/** Drawn (not hidden by itself, an ancestor or the layout). */
const shown = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.getClientRects().length > 0;

/** Focuses an element that is not a control of its own (a region: focusable by script only). */
function focusRegion(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
  element.scrollIntoView({ block: 'nearest' });
}

/** Runs `then` once the page has drawn what the last change showed. */
const afterDraw = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

export function mountSkipLinks(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-skip]')];

  const go: Record<Target, () => void> = {
    graph: () => {
      if (store.get().view.listView) controller.toggleList();
      afterDraw(() => document.getElementById('graph')?.focus());
    },
    search: () => document.querySelector<HTMLInputElement>('#search input')?.focus(),
    legend: () => {
      const legend = document.getElementById('legend');
      // On a narrow screen the legend is a drawer the toolbar's Filters button opens.
      if (!shown(legend)) document.querySelector<HTMLElement>('.filters-toggle')?.click();
      afterDraw(() => {
        const now = document.getElementById('legend');
        if (now) focusRegion(now);
      });
    },
    details: () => {
      const title = document.querySelector<HTMLElement>('#side .details-title');
      const panel = document.querySelector<HTMLElement>('#side .details-panel');
      if (title) title.focus();
      else if (panel) focusRegion(panel);
    },
  };

  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const target = link?.dataset.skip;
    if (!isTarget(target)) return;
    event.preventDefault();
    go[target]();
  });

  watch(
    store,
    (s) => [s.view.lang, s.view.selection === null],
    (s) => {
      root.setAttribute('aria-label', t(s.view.lang, 'skipLinks'));
      for (const link of links) {
        const target = link.dataset.skip;
        if (!isTarget(target)) continue;
        link.textContent = t(s.view.lang, LABELS[target]);
        if (target === 'details') link.hidden = s.view.selection === null;
      }
    },
  );
}
