// Above the canvas: (on a narrow screen) the legend's filters, layout, sections as boxes or edges, fit, undo/redo, back to the whole graph,
// path, share, download data, story, the source text, list view, renderer.
import type { Controller } from '../app/controller.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { isLayoutName, LAYOUTS } from '../graph-view/layout/registry.js';
import type { DrawnView } from '../graph-view/snapshot.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import { DOWNLOAD_DATA_ID, mountDownloadData } from './download-data.js';
import { FILTERS_BUTTON, mountLegendDrawer } from './drawer.js';
import { showScrollHint } from './scroll-hint.js';

export function mountToolbar(
  root: HTMLElement,
  store: Store<AppState>,
  controller: Controller,
  canvas: DrawnView & { fit(): void },
  story?: { toggle(): void },
) {
  // Outside the toolbar, which is rebuilt on every change: an open menu stays open.
  mountDownloadData(store);
  // One row at every width: on a phone it scrolls sideways, its edge fading where more lies.
  showScrollHint(root);
  const legend = mountLegendDrawer(store);
  watch(
    store,
    (s) => [
      s.view.lang,
      s.view.layout,
      s.view.sections,
      s.view.focus,
      s.view.expanded,
      s.view.hidden,
      s.view.listView,
      s.view.renderer,
      s.canUndo,
      s.canRedo,
      s.pathOpen,
      s.view.path,
      s.view.text === null,
    ],
    (s) => {
      const { lang, view } = { lang: s.view.lang, view: s.view };
      const layout = h(
        'select',
        {
          attrs: { 'aria-label': t(lang, 'layout'), 'data-testid': 'layout-select' },
          on: {
            change: () => {
              if (isLayoutName(layout.value)) controller.setLayout(layout.value);
            },
          },
        },
        ...LAYOUTS.map(({ name, label }) =>
          h('option', { attrs: { value: name, selected: name === view.layout } }, t(lang, label)),
        ),
      );
      const scoped = view.focus !== null || view.expanded.length > 0 || view.hidden.length > 0;
      const webgl = h('input', {
        type: 'checkbox',
        attrs: { checked: view.renderer === 'webgl' },
        on: { change: () => controller.setRenderer(webgl.checked ? 'webgl' : 'canvas') },
      });
      replaceKeepingFocus(
        root,
        // Shown only where the legend is a drawer (styles/main.css): a phone's way to the filters.
        button(t(lang, 'filters'), () => legend.toggle(), {
          class: 'filters-toggle',
          title: t(lang, 'filtersHint'),
          attrs: {
            'aria-expanded': String(legend.isOpen()),
            'aria-controls': 'legend-drawer',
            'data-testid': FILTERS_BUTTON,
          },
        }),
        h(
          'label',
          { class: 'toolbar-field' },
          h('span', { class: 'sr-only' }, t(lang, 'layout')),
          layout,
        ),
        button(
          t(lang, 'sectionsAsBoxes'),
          () => controller.setSections(view.sections === 'groups' ? 'edges' : 'groups'),
          {
            title: t(lang, 'sectionsAsBoxesHint'),
            attrs: {
              'aria-pressed': String(view.sections === 'groups'),
              'data-testid': 'sections-toggle',
            },
          },
        ),
        button(t(lang, 'fit'), () => canvas.fit(), { attrs: { 'data-testid': 'fit' } }),
        button(t(lang, 'undo'), () => controller.undo(), {
          attrs: { disabled: !s.canUndo, 'data-testid': 'undo', 'aria-keyshortcuts': 'Control+Z' },
        }),
        button(t(lang, 'redo'), () => controller.redo(), {
          attrs: {
            disabled: !s.canRedo,
            'data-testid': 'redo',
            'aria-keyshortcuts': 'Control+Shift+Z',
          },
        }),
        scoped
          ? button(t(lang, 'wholeGraph'), () => controller.showAll(), {
              attrs: { 'data-testid': 'whole-graph' },
            })
          : null,
        view.hidden.length
          ? button(
              `${t(lang, 'hiddenCount', { count: view.hidden.length })} · ${t(lang, 'unhideAll')}`,
              () => controller.unhideAll(),
              { attrs: { 'data-testid': 'unhide-all' } },
            )
          : null,
        button(t(lang, 'pathTool'), () => controller.togglePathTool(), {
          title: t(lang, 'path'),
          attrs: {
            'aria-pressed': String(s.pathOpen || view.path !== null),
            'data-testid': 'path-toggle',
          },
        }),
        button(
          t(lang, 'embed.share'),
          // The dialog and the exports behind it load on first use (the first view needs neither).
          () =>
            void import('./share-dialog.js').then(({ openShareDialog }) =>
              openShareDialog(store, canvas),
            ),
          { attrs: { 'data-testid': 'share-open' } },
        ),
        button(t(lang, 'data.open'), () => undefined, {
          attrs: {
            popovertarget: DOWNLOAD_DATA_ID,
            'aria-controls': DOWNLOAD_DATA_ID,
            'data-testid': 'data-open',
          },
        }),
        story
          ? button(t(lang, 'story.story'), () => story.toggle(), {
              attrs: {
                'data-testid': 'story-open',
                // The story panel loads on first use: name it only once it is on the page.
                'aria-controls': document.getElementById('story-panel') ? 'story-panel' : null,
              },
            })
          : null,
        button(t(lang, 'text.toggle'), () => controller.toggleText(), {
          title: t(lang, 'text.toggleHint'),
          attrs: {
            'aria-pressed': String(view.text !== null),
            'data-testid': 'text-toggle',
            'aria-controls': 'text-view',
            'aria-keyshortcuts': 'T',
          },
        }),
        button(t(lang, 'listShort'), () => controller.toggleList(), {
          title: t(lang, 'listView'),
          attrs: {
            'aria-pressed': String(view.listView),
            'data-testid': 'list-toggle',
            'aria-controls': 'list-view',
            'aria-label': t(lang, 'listView'),
          },
        }),
        h(
          'label',
          { class: 'toolbar-field toolbar-check', title: t(lang, 'renderer') },
          webgl,
          h('span', {}, 'WebGL'),
        ),
      );
    },
  );
}
