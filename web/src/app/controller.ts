// The explorer's actions: every user intent becomes a new view, and the controller loads what
// that view needs. Panels and the graph view call these; only this module (through the loader
// and the API client) fetches.
import type { Api } from '../api/client.js';
import type { ConceptSummary } from '../api/model.js';
import { aliasMap, resolveView, type AliasMap } from '../state/aliases.js';
import type { AppState, Notice } from '../state/app-state.js';
import { createUndoHistory } from '../state/history.js';
import type { Store } from '../state/store.js';
import { structuralPart, type Selection, type ViewState } from '../state/view.js';
import { landingGraph, takeWhole, type Landing } from './landing.js';
import { createLoader } from './loader.js';
import { noticeFor } from './notices.js';
import { createSearches } from './searches.js';
import { createTextActions, withTextFollowingSelection } from './text.js';
import { createViewActions } from './view-actions.js';

export interface ViewSink {
  /** A new step the browser's back button should return from. */
  push(view: ViewState): void;
  /** The same step, refined (zoom, pan). */
  replace(view: ViewState): void;
  /** Remembers preferences (language, theme) across visits. */
  remember(view: ViewState): void;
}

export interface CommitOptions {
  undoable?: boolean;
  /** 'none' when the view came from the browser's history itself. */
  history?: 'push' | 'replace' | 'none';
}

export type Controller = ReturnType<typeof createController>;

export function createController(
  store: Store<AppState>,
  api: Api,
  sink: ViewSink,
  /** Answers the entry script already asked for (the explorer's first view). */
  landing: Landing | null = null,
) {
  const loader = createLoader(api);
  let early = landing;
  const undo = createUndoHistory();
  let elementsToken = 0;
  let detailToken = 0;
  let pathsToken = 0;
  let nonce = 0;

  const state = () => store.get();
  const patch = (change: Partial<AppState>) => store.update((s) => ({ ...s, ...change }));
  let aliases: { graph: AppState['graph']; map: AliasMap } | null = null;
  /** The graph's old ids and their current ones (every view read from outside goes through). */
  const aliasesNow = (): AliasMap => {
    const graph = state().graph;
    if (aliases?.graph !== graph) aliases = { graph, map: aliasMap(graph?.aliases) };
    return aliases.map;
  };

  function notify(notice: Notice): void {
    store.update((s) => ({
      ...s,
      notices: [...s.notices.filter((n) => n.id !== notice.id), notice],
    }));
  }
  function dismiss(id: string): void {
    store.update((s) => ({ ...s, notices: s.notices.filter((n) => n.id !== id) }));
  }

  function commit(wanted: ViewState, options: CommitOptions = {}): void {
    const previous = state().view;
    // A link, the history or a story step may name an id the graph has since replaced.
    const resolved =
      wanted.graph === state().graph?.id ? resolveView(wanted, aliasesNow()) : wanted;
    const next = withTextFollowingSelection(previous, resolved);
    if (next === previous) return;
    if (options.undoable) undo.record(structuralPart(previous));
    patch({ view: next, canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    sink.remember(next);
    if (options.history === 'replace') sink.replace(next);
    else if (options.history !== 'none') sink.push(next);
    react(previous, next);
  }

  function react(previous: ViewState, next: ViewState): void {
    text.textReact(previous, next);
    if (previous.graph !== next.graph) {
      void loadGraphContent();
      return;
    }
    const pathChanged =
      previous.path?.from !== next.path?.from ||
      previous.path?.to !== next.path?.to ||
      (next.path !== null && previous.pathStructure !== next.pathStructure);
    if (pathChanged) void loadPaths();
    else if (
      previous.focus !== next.focus ||
      previous.focusDepth !== next.focusDepth ||
      previous.expanded !== next.expanded ||
      previous.hidden !== next.hidden
    ) {
      void loadElements();
    }
    if (
      previous.selection?.id !== next.selection?.id ||
      previous.selection?.type !== next.selection?.type
    ) {
      void loadDetail();
    }
  }

  async function loadGraphs(): Promise<void> {
    patch({ status: 'loading' });
    try {
      // The prefetched list serves the first load only: a retry asks again.
      const prefetched = early?.graphs.catch(() => api.graphList());
      const list = await (prefetched ?? api.graphList());
      const { graphs } = list;
      const first = early;
      early = null;
      dismiss('graphs');
      const wanted = state().view.graph;
      // A link without a graph (or naming one no longer loaded) opens the default graph.
      const graph = graphs.find((g) => g.id === wanted) ?? landingGraph(list);
      patch({ graphs, graph });
      if (!graph) {
        patch({ status: 'error' });
        notify({
          id: 'graphs',
          level: 'error',
          message: 'errorNoGraph',
          action: { label: 'retry', run: () => void loadGraphs() },
        });
        return;
      }
      const whole = takeWhole(first, graph.id, list);
      if (whole) loader.prime(graph.id, whole);
      // The link's old ids (see state/aliases.ts) become current ones, in the address too.
      const named = graph.id === wanted ? state().view : { ...state().view, graph: graph.id };
      const resolved = resolveView(named, aliasesNow());
      if (resolved !== state().view) {
        patch({ view: resolved });
        sink.replace(resolved);
      }
      await loadGraphContent();
    } catch (error) {
      patch({ status: 'error' });
      notify(noticeFor('graphs', error, () => void loadGraphs()));
    }
  }

  async function loadGraphContent(): Promise<void> {
    const graph = state().graphs.find((g) => g.id === state().view.graph) ?? null;
    patch({ graph });
    await Promise.all([
      state().view.path ? loadPaths() : loadElements(),
      loadDetail(),
      text.loadText(),
    ]);
  }

  async function loadElements(): Promise<void> {
    const token = ++elementsToken;
    const view = state().view;
    patch({ status: 'loading' });
    try {
      const elements = await loader.elements(view, state().paths.results);
      if (token !== elementsToken) return;
      dismiss('elements');
      patch({ elements, status: 'ready' });
    } catch (error) {
      if (token !== elementsToken) return;
      patch({ status: 'error' });
      notify(
        noticeFor('elements', error, () => void loadElements(), {
          conceptId: view.focus ?? view.expanded.at(-1)?.id ?? '',
          onNotFound: { label: 'showWholeGraph', run: () => actions.showAll() },
        }),
      );
    }
  }

  async function loadDetail(): Promise<void> {
    const token = ++detailToken;
    const { selection, graph } = state().view;
    if (!selection || !graph) {
      patch({ detail: { status: 'idle', concept: null, relation: null } });
      return;
    }
    patch({ detail: { ...state().detail, status: 'loading' } });
    try {
      const detail =
        selection.type === 'concept'
          ? { concept: await api.concept(graph, selection.id), relation: null }
          : { concept: null, relation: await api.relation(graph, selection.id) };
      if (token !== detailToken) return;
      dismiss('detail');
      patch({ detail: { status: 'ready', ...detail } });
    } catch (error) {
      if (token !== detailToken) return;
      patch({ detail: { status: 'error', concept: null, relation: null } });
      notify(noticeFor('detail', error, () => void loadDetail(), { conceptId: selection.id }));
    }
  }

  async function loadPaths(): Promise<void> {
    const token = ++pathsToken;
    const { path, graph } = state().view;
    if (!path || !graph) {
      patch({ paths: { status: 'idle', results: [] } });
      await loadElements();
      return;
    }
    patch({ paths: { status: 'loading', results: [] } });
    try {
      const scope = state().view.pathStructure ? 'ALL' : 'MEANING';
      const results = await loader.paths(graph, path.from, path.to, scope);
      if (token !== pathsToken) return;
      dismiss('paths');
      const first = results[0];
      const draft = first
        ? { from: first.nodes[0] ?? null, to: first.nodes.at(-1) ?? null }
        : state().pathDraft;
      patch({ paths: { status: 'ready', results }, pathDraft: draft });
    } catch (error) {
      if (token !== pathsToken) return;
      patch({ paths: { status: 'error', results: [] } });
      notify(
        noticeFor('paths', error, () => void loadPaths(), {
          conceptId: `${path.from} / ${path.to}`,
        }),
      );
    }
    await loadElements();
  }

  function select(selection: Selection, options: { center?: boolean } = {}): void {
    commit({ ...state().view, selection });
    if (selection && options.center) {
      patch({ centerRequest: { id: selection.id, nonce: ++nonce } });
    }
  }

  const actions = createViewActions({ state, commit, select });
  const searches = createSearches(store, api);
  const text = createTextActions({
    store,
    api,
    commit,
    select,
    chooseConcept: (id) => actions.chooseConcept(id),
  });

  return {
    ...actions,
    ...searches,
    ...text,
    start: loadGraphs,
    commit,
    select,
    dismissNotice: dismiss,
    announce: (announcement: string) => patch({ announcement }),
    setPathEnd(end: 'from' | 'to', concept: ConceptSummary): void {
      const draft = { ...state().pathDraft, [end]: concept };
      patch({ pathDraft: draft });
      if (draft.from && draft.to) {
        commit({ ...state().view, path: { from: draft.from.id, to: draft.to.id } });
      }
    },
    togglePathTool(): void {
      patch({ pathOpen: !state().pathOpen });
    },
    clearPath(): void {
      patch({ pathDraft: { from: null, to: null }, pathOpen: false });
      commit({ ...state().view, path: null });
    },
    undo(): void {
      const previous = undo.undo(structuralPart(state().view));
      if (previous) commit({ ...state().view, ...previous }, { undoable: false });
      patch({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    },
    redo(): void {
      const next = undo.redo(structuralPart(state().view));
      if (next) commit({ ...state().view, ...next }, { undoable: false });
      patch({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    },
    retryAll(): void {
      loader.clear();
      void loadGraphs();
    },
  };
}
