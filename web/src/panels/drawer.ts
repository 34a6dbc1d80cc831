// The legend as a drawer on a narrow screen: the toolbar's Filters button opens it (a bottom sheet
// on a phone, a side drawer on a tablet; styles/main.css), its close button and Esc close it and
// give focus back to the button. On a wide screen the legend stands beside the canvas and the
// drawer's state is ignored.
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { watch } from './dom.js';

export const FILTERS_BUTTON = 'filters-toggle';

export interface Drawer {
  isOpen(): boolean;
  toggle(): void;
  close(): void;
}

function element(id: string): HTMLElement | null {
  return document.getElementById(id);
}

/** The toolbar's Filters button (it is rebuilt with the toolbar, so it is looked up each time). */
function filtersButton(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${FILTERS_BUTTON}"]`);
}

export function mountLegendDrawer(store: Store<AppState>): Drawer {
  const drawer = element('legend-drawer');
  const closeButton = element('legend-close');
  let open = false;

  const set = (next: boolean, returnFocus: boolean) => {
    open = next;
    if (drawer) drawer.dataset.open = String(open);
    filtersButton()?.setAttribute('aria-expanded', String(open));
    if (open) (closeButton ?? drawer)?.focus();
    else if (returnFocus) filtersButton()?.focus();
  };

  closeButton?.addEventListener('click', () => set(false, true));
  drawer?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    set(false, true);
  });
  watch(
    store,
    (s) => [s.view.lang],
    (s) => {
      closeButton?.setAttribute('aria-label', t(s.view.lang, 'close'));
      closeButton?.setAttribute('title', t(s.view.lang, 'close'));
    },
  );

  return {
    isOpen: () => open,
    toggle: () => set(!open, false),
    close: () => set(false, false),
  };
}
