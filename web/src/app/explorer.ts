// Assembles the explorer page: state, API client, controller, graph view and panels.
import type { Api } from '../api/client.js';
import { pick, t } from '../i18n/index.js';
import { mountHeader } from '../panels/header.js';
import { mountLegend } from '../panels/legend.js';
import { mountListView } from '../panels/list-view.js';
import { mountLiveRegion, mountNotices } from '../panels/notices.js';
import { mountSearchBox } from '../panels/search-box.js';
import { mountSidePanel } from '../panels/side-panel.js';
import { mountSkipLinks } from '../panels/skip-links.js';
import { mountTextPanel } from '../panels/text-panel.js';
import { mountToolbar } from '../panels/toolbar.js';
import { watch } from '../panels/dom.js';
import { initialAppState, type AppState } from '../state/app-state.js';
import type { ViewState } from '../state/view.js';
import { createStore, type Store } from '../state/store.js';
import type { StoryPanel } from '../story/story-panel.js';
import { bindGraphView } from './bind-graph.js';
import { createController, type Controller } from './controller.js';
import type { Landing } from './landing.js';
import { createPresets } from './presets.js';
import { installShortcuts } from './shortcuts.js';
import { browserSink, onBrowserNavigation } from './url-sync.js';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}`);
  return element;
}

/**
 * The story editor loads on first use, or at once when the address carries a story (the panel
 * then opens by itself): the first view needs none of it.
 */
function lazyStoryPanel(
  store: Store<AppState>,
  controller: Controller,
  canvas: { fit(): void },
): StoryPanel {
  let panel: Promise<StoryPanel> | null = null;
  const load = () =>
    (panel ??= import('../story/story-panel.js').then(({ mountStoryPanel }) =>
      mountStoryPanel(store, controller, canvas),
    ));
  if (new URLSearchParams(window.location.search).has('story')) void load();
  return { toggle: () => void load().then((p) => p.toggle()) };
}

/**
 * What can float over the canvas: the details panel (over it on a narrow screen, beside it
 * otherwise), notices, the keyboard hint, the story panel and a presented story's caption. The
 * graph is framed clear of whichever of them covers part of it.
 */
const EXPLORER_OVERLAYS =
  '#side, #legend-drawer, #notices, #keys-help, #story-panel, .story-caption';

/** `view` is the starting view the entry script read (and prefetched `landing` for). */
export function startExplorer(api: Api, view: ViewState, landing: Landing | null): void {
  const store = createStore(initialAppState(view));
  const controller = createController(store, api, browserSink(), landing);
  const canvas = byId('graph');

  mountHeader(byId('header'), store, controller);
  const search = mountSearchBox(byId('search'), store, controller, {
    field: 'main',
    label: 'search',
    placeholder: 'searchPlaceholder',
    // The keyboard follows the choice: on the graph, at the concept, its neighbours a step away.
    onChoose: (concept) => {
      controller.chooseConcept(concept.id);
      if (!canvas.hidden) canvas.focus({ preventScroll: true });
    },
  });
  search.setAttribute('aria-keyshortcuts', '/');
  mountLegend(byId('legend'), store, controller);
  const graphView = bindGraphView(canvas, store, controller, {
    overlays: EXPLORER_OVERLAYS,
    presets: createPresets(api, landing),
  });
  const story = lazyStoryPanel(store, controller, graphView);
  mountToolbar(byId('toolbar'), store, controller, graphView, story);
  mountNotices(byId('notices'), store, controller);
  mountSidePanel(byId('side'), store, controller);
  mountListView(byId('list-view'), store, controller);
  mountTextPanel(byId('text-view'), store, controller);
  mountLiveRegion(byId('live'), store);
  installShortcuts(controller, search);

  watch(
    store,
    (s) => [s.view.text === null],
    (s) => {
      // The page's layout makes room for the text beside the canvas (styles/main.css).
      byId('layout').dataset.text = s.view.text ? 'open' : 'closed';
    },
  );
  watch(
    store,
    (s) => [s.view.theme, s.status],
    (s) => {
      document.documentElement.dataset.theme = s.view.theme;
      // Lets tests (and curious users) tell "loading" from "settled".
      document.documentElement.dataset.status = s.status;
    },
  );
  watch(
    store,
    (s) => [s.view.lang, s.elements, s.view.listView],
    (s) => {
      canvas.setAttribute(
        'aria-label',
        t(s.view.lang, 'canvasLabel', { count: s.elements.nodes.length }),
      );
      canvas.hidden = s.view.listView;
      byId('keys-help').textContent = t(s.view.lang, 'keyboardHelp');
      byId('keys-help').hidden = s.view.listView;
    },
  );
  watch(
    store,
    (s) => [s.view.selection === null],
    (s) => {
      if (s.view.selection === null && s.announcement)
        controller.announce(t(s.view.lang, 'cleared'));
    },
  );
  watch(
    store,
    (s) => [s.detail.concept],
    (s) => {
      const concept = s.detail.concept;
      if (!concept) return;
      const kind = s.graph?.kinds.find((k) => k.id === concept.kind);
      controller.announce(
        t(s.view.lang, 'selected', {
          label: pick(concept.labels, s.view.lang),
          kind: kind ? pick(kind.labels, s.view.lang) : concept.kind,
          count: concept.degree,
        }),
      );
    },
  );
  mountSkipLinks(byId('skip-links'), store, controller);

  onBrowserNavigation((view) => controller.commit(view, { history: 'none' }));
  void controller.start();
}
