// Intents that only change the view: expand, collapse, hide, focus, filters and preferences.
// The controller loads whatever the new view needs.
import type { LayoutName } from '../graph-view/layout/registry.js';
import type { AppState } from '../state/app-state.js';
import type {
  RendererName,
  SectionsMode,
  Selection,
  Theme,
  UiLang,
  ViewState,
} from '../state/view.js';
import type { CommitOptions } from './controller.js';

interface Deps {
  state: () => AppState;
  commit: (view: ViewState, options?: CommitOptions) => void;
  select: (selection: Selection, options?: { center?: boolean }) => void;
}

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function createViewActions({ state, commit, select }: Deps) {
  const view = () => state().view;
  const step = (change: Partial<ViewState>) => commit({ ...view(), ...change }, { undoable: true });

  return {
    expand(id: string, depth = 1, types: string[] = []): void {
      const expanded = [...view().expanded.filter((e) => e.id !== id), { id, depth, types }];
      step({ expanded, hidden: view().hidden.filter((h) => h !== id) });
    },

    /** Removes what expanding the concept added; without an expansion, folds away its leaves. */
    collapse(id: string): void {
      if (view().expanded.some((e) => e.id === id)) {
        step({ expanded: view().expanded.filter((e) => e.id !== id) });
        return;
      }
      const { relations } = state().elements;
      const degree = new Map<string, number>();
      for (const r of relations) {
        degree.set(r.from.id, (degree.get(r.from.id) ?? 0) + 1);
        degree.set(r.to.id, (degree.get(r.to.id) ?? 0) + 1);
      }
      const leaves = relations
        .filter((r) => r.from.id === id || r.to.id === id)
        .map((r) => (r.from.id === id ? r.to.id : r.from.id))
        .filter((other) => other !== id && degree.get(other) === 1);
      if (leaves.length) step({ hidden: [...new Set([...view().hidden, ...leaves])] });
    },

    hide(id: string): void {
      const selection = view().selection?.id === id ? null : view().selection;
      commit(
        { ...view(), hidden: [...new Set([...view().hidden, id])], selection },
        { undoable: true },
      );
    },

    unhideAll: () => step({ hidden: [] }),

    focus(id: string, depth = view().focusDepth): void {
      commit(
        {
          ...view(),
          focus: id,
          focusDepth: depth,
          expanded: [],
          hidden: [],
          selection: { type: 'concept', id },
          zoom: null,
          pan: null,
        },
        { undoable: true },
      );
    },

    showAll(): void {
      commit(
        { ...view(), focus: null, expanded: [], hidden: [], zoom: null, pan: null },
        { undoable: true },
      );
    },

    /** A concept picked from search or a list: make sure it is on the canvas, then go there. */
    chooseConcept(id: string): void {
      const onCanvas = state().elements.nodes.find((n) => n.id === id);
      const kind = onCanvas?.kind;
      const v = view();
      let next: ViewState = { ...v, hidden: v.hidden.filter((h) => h !== id) };
      if (kind && v.hiddenKinds.includes(kind)) {
        next = { ...next, hiddenKinds: v.hiddenKinds.filter((k) => k !== kind) };
      }
      if (!onCanvas)
        next = {
          ...next,
          expanded: [...v.expanded.filter((e) => e.id !== id), { id, depth: 1, types: [] }],
        };
      if (next.hidden !== v.hidden || !onCanvas || next.hiddenKinds !== v.hiddenKinds) {
        commit(next, { undoable: true });
      }
      select({ type: 'concept', id }, { center: true });
    },

    toggleKind: (kind: string) => step({ hiddenKinds: toggle(view().hiddenKinds, kind) }),
    toggleType: (type: string) => step({ hiddenTypes: toggle(view().hiddenTypes, type) }),
    toggleBasis(basis: 'stated' | 'inferred'): void {
      if (basis === 'stated') step({ showStated: !view().showStated });
      else step({ showInferred: !view().showInferred });
    },
    resetFilters: () =>
      step({ hiddenKinds: [], hiddenTypes: [], showStated: true, showInferred: true }),

    setLayout: (layout: LayoutName) => commit({ ...view(), layout, zoom: null, pan: null }),
    setSections: (sections: SectionsMode) => commit({ ...view(), sections, zoom: null, pan: null }),
    setPathStructure: (pathStructure: boolean) => commit({ ...view(), pathStructure }),
    setLang: (lang: UiLang) => commit({ ...view(), lang }),
    setTheme: (theme: Theme) => commit({ ...view(), theme }),
    setRenderer: (renderer: RendererName) => commit({ ...view(), renderer }),
    setGraph: (graph: string) =>
      commit({
        ...view(),
        graph,
        focus: null,
        expanded: [],
        hidden: [],
        selection: null,
        path: null,
        zoom: null,
        pan: null,
      }),
    toggleList: () => commit({ ...view(), listView: !view().listView }),
    setViewport: (zoom: number, pan: { x: number; y: number }) =>
      commit({ ...view(), zoom, pan }, { history: 'replace' }),
  };
}
