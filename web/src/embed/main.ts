// Entry point of the embed view (/embed): one view from its URL, without the explorer's chrome:
// the canvas, the source text (view=text), or both side by side (view=split).
import '../styles/main.css';
import './embed.css';
import { createApi } from '../api/client.js';
import { bindGraphView } from '../app/bind-graph.js';
import { requestReframe } from '../app/reframe.js';
import { createController, type ViewSink } from '../app/controller.js';
import { createPresets } from '../app/presets.js';
import { t } from '../i18n/index.js';
import { watch } from '../panels/dom.js';
import { initialAppState } from '../state/app-state.js';
import { createStore } from '../state/store.js';
import { mountTextPanel } from '../panels/text-panel.js';
import { renderEmbedLegend } from './legend.js';
import { embedOptionsFrom, explorerHref } from './params.js';
import { installStoryPlayer } from '../story/player.js';
import { focusOnPress } from './focus-on-press.js';
import { mountEmbedTitle } from './title.js';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The embed page lacks #${id}`);
  return element;
}

/** The embed never rewrites its own URL or the host's storage: the link is the view. */
const quietSink: ViewSink = {
  push: () => undefined,
  replace: () => undefined,
  remember: () => undefined,
};

function start(): void {
  const options = embedOptionsFrom(window.location.search);
  const root = document.documentElement;
  root.dataset.embed = '1';
  if (options.transparent) root.dataset.transparent = '1';
  // The legend explains the canvas: a frame of text alone has its own key.
  const legendShown = options.legend && options.pane !== 'text';
  if (legendShown) root.dataset.legend = '1';
  root.dataset.pane = options.pane;
  const store = createStore(initialAppState(options.view));
  const api = createApi();
  const controller = createController(store, api, quietSink);
  const canvas = byId('graph');
  const stage = canvas.parentElement;
  if (stage) mountEmbedTitle(stage, store);
  // Text alone: no canvas is drawn at all (view=text).
  // The graph is framed clear of the legend and of the explorer link where they float over it.
  const view =
    options.pane === 'text'
      ? null
      : bindGraphView(canvas, store, controller, {
          overlays: '#embed-legend, #open-explorer',
          // Whole views draw the server's layout (computed once per graph version), as in the
          // explorer: no layout code to fetch and run before a slide shows its graph.
          presets: createPresets(api, null),
        });
  canvas.hidden = view === null;
  // A static picture: a shield over the canvas takes every pointer event.
  byId('shield').hidden = options.interactive;
  const legend = byId('embed-legend');
  legend.hidden = !legendShown;
  const link = byId('open-explorer') as HTMLAnchorElement;
  if (options.pane !== 'graph') {
    // The link to the explorer sits in the text's foot, where it covers nothing.
    link.classList.add('in-text');
    mountTextPanel(byId('text-view'), store, controller, { closable: false, footExtra: link });
  }

  watch(
    store,
    (s) => [s.view, s.status, s.elements, s.graph],
    (s) => {
      root.dataset.theme = s.view.theme;
      root.dataset.status = s.status;
      root.lang = s.view.lang;
      link.href = explorerHref(s.view);
      link.textContent = t(s.view.lang, 'embed.openExplorer');
      canvas.setAttribute(
        'aria-label',
        t(s.view.lang, 'canvasLabel', { count: s.elements.nodes.length }),
      );
      if (legendShown && view) renderEmbedLegend(legend, s, view.snapshot());
    },
  );
  // The legend lists what the canvas draws (sections as boxes or as lines): again after each layout.
  if (legendShown && view) {
    new MutationObserver(() => {
      if (canvas.dataset.layoutState === 'done')
        renderEmbedLegend(legend, store.get(), view.snapshot());
    }).observe(canvas, { attributes: true, attributeFilter: ['data-layout-state'] });
  }
  // A click into the frame gives it the keys (the story's steps, the canvas' cursor).
  if (view) focusOnPress(canvas);
  // Every story step (ks:next, ks:goto, keys) is framed anew once its layout is done.
  new MutationObserver(requestReframe).observe(root, {
    attributes: true,
    attributeFilter: ['data-story-step'],
  });
  installStoryPlayer(store, controller);
  void controller.start();
}

start();
