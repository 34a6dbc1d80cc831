// An autocomplete over the API's full-text search (ARIA combobox pattern). Used for the main
// search box and for picking a path's ends; the controller runs the searches.
import type { Controller } from '../app/controller.js';
import type { ConceptSummary } from '../api/model.js';
import { pick, t, type StringKey } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { h, swatch, watch } from './dom.js';

export interface SearchBoxOptions {
  field: string;
  label: StringKey;
  placeholder: StringKey;
  onChoose: (concept: ConceptSummary) => void;
  /** Keep the chosen label in the box (path ends) or empty it (main search). */
  keepChoice?: boolean;
  /** Show the label above the box (the main search relies on its placeholder). */
  visibleLabel?: boolean;
}

let counter = 0;

export function mountSearchBox(
  root: HTMLElement,
  store: Store<AppState>,
  controller: Controller,
  options: SearchBoxOptions,
): HTMLInputElement {
  const listId = `search-list-${++counter}`;
  let active = -1;
  let open = false;
  const label = h('label', {
    class: options.visibleLabel ? 'field-label' : 'sr-only',
    attrs: { for: `${listId}-input` },
  });
  const input = h('input', {
    id: `${listId}-input`,
    type: 'search',
    class: 'search-input',
    attrs: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      'aria-expanded': 'false',
      autocomplete: 'off',
      spellcheck: 'false',
      'data-field': options.field,
    },
  });
  const list = h('ul', {
    id: listId,
    class: 'search-hits',
    hidden: true,
    attrs: { role: 'listbox' },
  });
  const status = h('p', { class: 'search-status', attrs: { 'aria-live': 'polite' } });
  root.append(label, input, list, status);

  const hits = () => store.get().searches[options.field]?.hits ?? [];
  const setOpen = (value: boolean) => {
    open = value && hits().length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) input.removeAttribute('aria-activedescendant');
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (concept: ConceptSummary) => {
    input.value = options.keepChoice ? pick(concept.labels, store.get().view.lang) : '';
    controller.clearSearch(options.field);
    setOpen(false);
    options.onChoose(concept);
  };

  input.addEventListener('input', () => {
    active = -1;
    controller.search(options.field, input.value);
  });
  input.addEventListener('keydown', (event) => {
    const count = hits().length;
    if (event.key === 'ArrowDown' && count) setActive((active + 1) % count);
    else if (event.key === 'ArrowUp' && count) setActive((active - 1 + count) % count);
    else if (event.key === 'Enter') {
      const hit = hits()[active >= 0 ? active : 0];
      if (hit) choose(hit.concept);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else if (input.value) {
        input.value = '';
        controller.clearSearch(options.field);
        // An empty box has nothing to undo: Escape goes on to the panel around it (it closes).
      } else return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  });
  input.addEventListener('blur', () => setTimeout(() => setOpen(false), 150));
  input.addEventListener('focus', () => setOpen(true));

  watch(
    store,
    (s) => [s.searches[options.field], s.view.lang, s.graph],
    (s) => {
      const lang = s.view.lang;
      label.textContent = t(lang, options.label);
      input.placeholder = t(lang, options.placeholder);
      const search = s.searches[options.field];
      const kinds = s.graph?.kinds ?? [];
      list.replaceChildren(
        ...(search?.hits ?? []).map((hit, i) => {
          const kind = kinds.find((k) => k.id === hit.concept.kind);
          return h(
            'li',
            {
              id: `${listId}-${i}`,
              class: 'search-hit',
              attrs: {
                role: 'option',
                'aria-selected': String(i === active),
                'data-id': hit.concept.id,
              },
              // mousedown, not click: it fires before the input's blur closes the list.
              on: {
                mousedown: (e) => {
                  e.preventDefault();
                  choose(hit.concept);
                },
              },
            },
            swatch(kind?.color ?? ''),
            h('span', { class: 'hit-label' }, pick(hit.concept.labels, lang)),
            h('span', { class: 'hit-kind' }, kind ? pick(kind.labels, lang) : hit.concept.kind),
          );
        }),
      );
      if (!search || search.status === 'idle') status.textContent = '';
      else if (search.status === 'loading')
        status.textContent = search.hits.length ? '' : t(lang, 'searching');
      else if (search.status === 'error') status.textContent = t(lang, 'searchFailed');
      else
        status.textContent = search.hits.length
          ? ''
          : t(lang, 'searchNoHits', { text: search.text });
      setOpen(document.activeElement === input);
    },
  );
  return input;
}
