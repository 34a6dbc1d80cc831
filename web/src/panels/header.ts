// The title bar: what this graph is and where it comes from, plus language, theme, text size and
// graph. On a phone it is one line: the title cut with an ellipsis, the preferences as compact
// buttons (a language code, a sun or moon) that keep their full names for assistive technology.
import type { Controller } from '../app/controller.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { h, watch } from './dom.js';
import { applyTextSize, textSizeControl } from './text-size.js';

/** "Departemen Sosial (2006), Keserasian Sosial; ..." from whatever each source records. */
function sourceList(s: AppState): string {
  return (s.graph?.sources ?? [])
    .map((src) => {
      const who = [src.author, src.year ? `(${src.year})` : null].filter(Boolean).join(' ');
      return [who, src.title].filter(Boolean).join(', ');
    })
    .filter(Boolean)
    .join('; ');
}

export function mountHeader(root: HTMLElement, store: Store<AppState>, controller: Controller) {
  const title = h('h1', { class: 'title' });
  const subtitle = h('p', { class: 'subtitle' });
  const sources = h('p', { class: 'source-line' });
  const controls = h('div', { class: 'prefs' });
  // Before the graph view measures its first labels (it is mounted after the header).
  applyTextSize(store.get().view.scale);
  root.append(
    h('div', { class: 'heading' }, h('div', { class: 'title-row' }, title, subtitle), sources),
    controls,
  );

  watch(
    store,
    (s) => [s.graph, s.graphs, s.view.lang, s.view.theme, s.view.scale],
    (s) => {
      const lang = s.view.lang;
      const graphTitle = s.graph ? pick(s.graph.titles, lang) : t(lang, 'appName');
      title.textContent = graphTitle;
      document.title = s.graph ? `${graphTitle} · ${t(lang, 'appName')}` : t(lang, 'appName');
      document.documentElement.lang = lang;
      subtitle.textContent = s.graph ? pick(s.graph.descriptions, lang) : t(lang, 'loading');
      subtitle.title = subtitle.textContent;
      const list = sourceList(s);
      sources.textContent = list ? t(lang, 'sourceLine', { sources: list }) : '';
      // Both lines may be cut to fit the bar; the full text is one hover away.
      sources.title = sources.textContent;

      const other = lang === 'id' ? 'en' : 'id';
      const langButton = h(
        'button',
        {
          type: 'button',
          class: 'lang-switch',
          attrs: {
            // The name holds the code a phone shows ("EN"), as the label-in-name rule asks
            // (axe-core does not find it inside parentheses).
            'aria-label': `${t(lang, 'language')}: ${t(lang, 'switchLanguage')}, ${other.toUpperCase()}`,
            lang: other,
            'data-testid': 'lang-switch',
          },
          on: { click: () => controller.setLang(other) },
        },
        h('span', { class: 'pref-long' }, t(lang, 'switchLanguage')),
        h('span', { class: 'pref-short', attrs: { 'aria-hidden': 'true' } }, other.toUpperCase()),
      );
      const dark = s.view.theme === 'dark';
      const themeName = t(lang, dark ? 'themeLight' : 'themeDark');
      const themeButton = h(
        'button',
        {
          type: 'button',
          class: 'theme-switch',
          title: themeName,
          attrs: { 'aria-label': themeName, 'data-testid': 'theme-switch' },
          on: { click: () => controller.setTheme(dark ? 'light' : 'dark') },
        },
        h('span', { class: 'pref-icon', attrs: { 'aria-hidden': 'true' } }, dark ? '☀' : '☾'),
        h('span', { class: 'pref-long' }, themeName),
      );
      const children: Node[] = [textSizeControl(lang, s.view.scale), langButton, themeButton];
      if (s.graphs.length > 1) {
        const select = h(
          'select',
          {
            class: 'graph-select',
            attrs: { 'aria-label': t(lang, 'graphSelect') },
            on: { change: () => controller.setGraph(select.value) },
          },
          ...s.graphs.map((g) =>
            h(
              'option',
              { attrs: { value: g.id, selected: g.id === s.graph?.id } },
              pick(g.titles, lang),
            ),
          ),
        );
        children.unshift(select);
      }
      controls.replaceChildren(...children);
    },
  );
}
