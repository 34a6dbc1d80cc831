// The title bar: what this graph is and where it comes from, plus language, theme and graph.
import type { Controller } from '../app/controller.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { button, h, watch } from './dom.js';

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
  root.append(
    h('div', { class: 'heading' }, h('div', { class: 'title-row' }, title, subtitle), sources),
    controls,
  );

  watch(
    store,
    (s) => [s.graph, s.graphs, s.view.lang, s.view.theme],
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

      const langButton = button(
        t(lang, 'switchLanguage'),
        () => controller.setLang(lang === 'id' ? 'en' : 'id'),
        {
          class: 'lang-switch',
          attrs: {
            'aria-label': `${t(lang, 'language')}: ${t(lang, 'switchLanguage')}`,
            lang: lang === 'id' ? 'en' : 'id',
            'data-testid': 'lang-switch',
          },
        },
      );
      const dark = s.view.theme === 'dark';
      const themeButton = button(
        t(lang, dark ? 'themeLight' : 'themeDark'),
        () => controller.setTheme(dark ? 'light' : 'dark'),
        {
          class: 'theme-switch',
          attrs: { 'data-testid': 'theme-switch' },
        },
      );
      const children: Node[] = [langButton, themeButton];
      if (s.graphs.length > 1) {
        const select = h(
          'select',
          {
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
