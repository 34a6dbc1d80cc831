// The Text view's intents and loads: open and close it, step through the selection's places,
// light up and select what a passage evidences. The document is asked for once per graph, the
// places once per selection, and only while the text is open.
import type { Api } from '../api/client.js';
import type { AppState, TextState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import type { Selection, TextViewState, ViewState } from '../state/view.js';
import { documentFromQuery } from '../text-view/document.js';
import { clampPlace, firstItem, placeHolding, stepPlace } from '../text-view/places.js';
import type { CommitOptions } from './controller.js';

interface Deps {
  store: Store<AppState>;
  api: Api;
  commit: (view: ViewState, options?: CommitOptions) => void;
  select: (selection: Selection, options?: { center?: boolean }) => void;
  chooseConcept: (id: string) => void;
}

const CLOSED_TEXT: TextViewState = { at: null, place: 0, uncoveredOnly: false };

const sameSelection = (a: Selection, b: Selection) => a?.id === b?.id && a?.type === b?.type;

/**
 * A new selection is read from its quote: the place goes back to the first and the remembered
 * reading position gives way (the text scrolls to the quote). Callers that set the text
 * themselves (a clicked passage) keep theirs.
 */
export function withTextFollowingSelection(previous: ViewState, next: ViewState): ViewState {
  if (
    !next.text ||
    next.text !== previous.text ||
    sameSelection(previous.selection, next.selection)
  )
    return next;
  if (next.text.place === 0 && next.text.at === null) return next;
  return { ...next, text: { ...next.text, place: 0, at: null } };
}

export function createTextActions({ store, api, commit, select, chooseConcept }: Deps) {
  const state = () => store.get();
  const view = () => state().view;
  const patchText = (change: Partial<TextState>) =>
    store.update((s) => ({ ...s, text: { ...s.text, ...change } }));
  let documentToken = 0;
  let placesToken = 0;

  async function loadDocument(): Promise<void> {
    const graph = view().graph;
    if (!view().text || !graph) return;
    const now = state().text;
    if (now.graph === graph && now.status === 'ready') return loadPlaces();
    if (now.graph === graph && now.status === 'loading') return;
    const token = ++documentToken;
    patchText({
      status: 'loading',
      graph,
      document: null,
      places: null,
      hover: null,
      active: null,
    });
    try {
      const document = documentFromQuery(await api.document(graph));
      if (token !== documentToken) return;
      patchText({ status: 'ready', document });
      await loadPlaces();
    } catch {
      if (token === documentToken) patchText({ status: 'error' });
    }
  }

  async function loadPlaces(): Promise<void> {
    const { selection, graph, text } = view();
    const places = state().text.places;
    if (!text || !graph || !state().text.document) return;
    if (!selection) {
      if (places) patchText({ places: null });
      return;
    }
    if (places?.id === selection.id && places.type === selection.type) return;
    const token = ++placesToken;
    try {
      const spans = await api.evidenceSpans(graph, selection);
      if (token !== placesToken || !sameSelection(view().selection, selection)) return;
      patchText({ places: { ...selection, spans } });
      settlePlace(spans);
    } catch {
      // The text still reads without marks; the details panel says what failed to load.
      if (token === placesToken) patchText({ places: { ...selection, spans: [] } });
    }
  }

  /** The clicked passage's own place becomes the current one; a link's place stays in range. */
  function settlePlace(spans: readonly { start: number; end: number }[]): void {
    const text = view().text;
    if (!text) return;
    const active = state().text.active;
    const passage = active === null ? undefined : state().text.document?.passages[active];
    const holding = passage ? placeHolding(spans, passage.start, passage.end) : -1;
    const place = holding >= 0 ? holding : clampPlace(text.place, spans.length);
    if (place !== text.place)
      commit({ ...view(), text: { ...text, place } }, { history: 'replace' });
  }

  /** What a new view needs of the text (called by the controller after every commit). */
  function react(previous: ViewState, next: ViewState): void {
    if (!next.text) {
      if (state().text.hover !== null || state().text.active !== null)
        patchText({ hover: null, active: null });
      return;
    }
    if (!sameSelection(previous.selection, next.selection)) {
      const active = state().text.active;
      const passage = active === null ? undefined : state().text.document?.passages[active];
      const ids = passage ? [...passage.concepts, ...passage.relations].map((i) => i.id) : [];
      if (active !== null && !(next.selection && ids.includes(next.selection.id)))
        patchText({ active: null });
    }
    if (state().text.graph !== next.graph || !previous.text) void loadDocument();
    else void loadPlaces();
  }

  const setText = (text: TextViewState | null, options: CommitOptions = {}) =>
    commit({ ...view(), text }, options);

  return {
    textReact: react,
    loadText: loadDocument,
    toggleText(): void {
      setText(view().text ? null : CLOSED_TEXT);
    },
    setUncoveredOnly(uncoveredOnly: boolean): void {
      const text = view().text;
      if (text) setText({ ...text, uncoveredOnly, at: null });
    },
    /** Moves to another of the selection's places; returns the new place's index. */
    stepTextPlace(delta: number): number | null {
      const text = view().text;
      const count = state().text.places?.spans.length ?? 0;
      if (!text || count < 2) return null;
      const place = stepPlace(text.place, count, delta);
      setText({ ...text, place, at: null }, { history: 'replace' });
      return place;
    },
    /** The reader scrolled: the sentence now at the top is where a link reopens the text. */
    setTextAt(at: number | null): void {
      const text = view().text;
      if (text && text.at !== at) setText({ ...text, at }, { history: 'replace' });
    },
    hoverPassage(index: number | null): void {
      if (state().text.hover !== index) patchText({ hover: index });
    },
    /**
     * A click on a passage selects its first concept (else its first relation) as a click on
     * the canvas would; everything else it evidences stays lit on the canvas beside it.
     */
    activatePassage(index: number): void {
      const passage = state().text.document?.passages[index];
      const item = passage ? firstItem(passage) : null;
      if (!passage || !item) return;
      patchText({ active: index });
      if (item.type === 'concept') chooseConcept(item.id);
      else {
        // A relation whose ends are not on the canvas: bring them in first, as search would.
        const from = passage.relations[0]?.from;
        const drawn = state().elements.relations.some((r) => r.id === item.id);
        if (!drawn && from) chooseConcept(from);
        select(item, { center: true });
      }
      // Already selected: its places are loaded, so only the current one moves here.
      const places = state().text.places;
      if (places?.id === item.id) settlePlace(places.spans);
    },
    /** The details panel's "read it in the text": open the text at the selection's place. */
    showInText(): void {
      const text = view().text;
      if (!text) setText(CLOSED_TEXT);
      else if (text.at !== null) setText({ ...text, at: null }, { history: 'replace' });
      patchText({ reveal: state().text.reveal + 1 });
    },
    retryText(): void {
      patchText({ status: 'idle', graph: null });
      void loadDocument();
    },
  };
}
