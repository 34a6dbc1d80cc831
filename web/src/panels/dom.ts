// A tiny DOM builder. Text always goes in as text nodes (never parsed as HTML), so labels,
// quotes and rationales from the data cannot inject markup.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  text?: string;
  title?: string;
  hidden?: boolean;
  type?: string;
  /** Attributes set verbatim (aria-*, role, data-*, for...). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  if (props.title) element.title = props.title;
  if (props.hidden) element.hidden = true;
  if (props.type) element.setAttribute('type', props.type);
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, handler] of Object.entries(props.on ?? {})) {
    element.addEventListener(name, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...props, on: { click: onClick, ...props.on } }, label);
}

/** Calls `render` when any of the selected values changed (by identity) since the last call. */
export function watch<S>(
  store: { get(): S; subscribe(listener: (state: S) => void): () => void },
  select: (state: S) => readonly unknown[],
  render: (state: S) => void,
): void {
  let last: readonly unknown[] | null = null;
  const run = (state: S) => {
    const next = select(state);
    const previous = last;
    if (previous && next.length === previous.length && next.every((v, i) => v === previous[i]))
      return;
    last = next;
    render(state);
  };
  store.subscribe(run);
  run(store.get());
}

/** A colour chip. Colours are set through the CSSOM: the CSP forbids inline style attributes. */
export function swatch(color: string, shape: 'box' | 'line' | 'dashed' = 'box'): HTMLSpanElement {
  const chip = h('span', { class: `swatch swatch-${shape}`, attrs: { 'aria-hidden': 'true' } });
  if (shape === 'box') chip.style.backgroundColor = color;
  else chip.style.borderTopColor = color;
  return chip;
}

/**
 * Replaces a panel's content without losing the keyboard user's place: the element that had
 * focus is found again by its data-key (or data-testid) and focused.
 */
export function replaceKeepingFocus(root: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && root.contains(active)
      ? (active.dataset.key ?? active.dataset.testid ?? null)
      : null;
  root.replaceChildren(
    ...children
      .filter((c): c is Node | string => c !== null && c !== undefined && c !== false)
      .map((c) => (typeof c === 'number' ? String(c) : c)),
  );
  if (!key) return;
  const again = [...root.querySelectorAll<HTMLElement>('[data-key],[data-testid]')].find(
    (el) => (el.dataset.key ?? el.dataset.testid) === key,
  );
  again?.focus();
}
