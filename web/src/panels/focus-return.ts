// Panels give the keyboard back where it came from: when a panel opens, the element that had the
// focus (its opener) is remembered; when the panel closes with the focus inside it (or lost to the
// page's body, as a hidden panel leaves it), the opener takes it again. Toolbars and panels are
// rebuilt on every change, so an opener that left the page is found again by its test id or key.

/** Where the focus goes when the opener is gone and nothing names it again. */
export interface FocusReturnOptions {
  fallback?: () => HTMLElement | null;
}

function again(opener: HTMLElement): HTMLElement | null {
  if (opener.isConnected) return opener;
  const name = opener.dataset.testid
    ? `[data-testid="${CSS.escape(opener.dataset.testid)}"]`
    : opener.dataset.key
      ? `[data-key="${CSS.escape(opener.dataset.key)}"]`
      : opener.id
        ? `#${CSS.escape(opener.id)}`
        : null;
  return name ? document.querySelector<HTMLElement>(name) : null;
}

export interface FocusReturn {
  /** The panel is open now (`true`) or closed (`false`); call on every change, repeats are fine. */
  shown(open: boolean): void;
}

export function focusReturn(panel: HTMLElement, options: FocusReturnOptions = {}): FocusReturn {
  let open = false;
  let opener: HTMLElement | null = null;
  return {
    shown(now) {
      if (now === open) return;
      open = now;
      const active = document.activeElement;
      if (now) {
        opener = active instanceof HTMLElement && !panel.contains(active) ? active : null;
        if (opener === document.body) opener = null;
        return;
      }
      const lost = !active || active === document.body || panel.contains(active);
      const target = (opener && again(opener)) ?? options.fallback?.() ?? null;
      opener = null;
      // The panel may still be going away in this task: focus once it has.
      if (!lost || !target) return;
      requestAnimationFrame(() => {
        // Unless the reader has gone somewhere else meanwhile.
        const now = document.activeElement;
        if (!now || now === document.body || panel.contains(now)) target.focus();
      });
    },
  };
}

/** Calls `close` when Escape is pressed inside `panel` (and keeps the key from the page's keys). */
export function closeOnEscape(panel: HTMLElement, close: () => void): void {
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  });
}
