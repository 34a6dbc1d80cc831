// Autocomplete: one debounced search per field (the search box, the path's two ends). Only the
// latest answer for a field is kept, so fast typing never shows stale hits.
import type { Api } from '../api/client.js';
import type { AppState, SearchState } from '../state/app-state.js';
import type { Store } from '../state/store.js';

const DEBOUNCE_MS = 150;

export function createSearches(store: Store<AppState>, api: Api) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const tokens = new Map<string, number>();

  const setField = (field: string, value: SearchState) =>
    store.update((s) => ({ ...s, searches: { ...s.searches, [field]: value } }));

  async function run(field: string, text: string): Promise<void> {
    const graph = store.get().view.graph;
    if (!graph) return;
    const token = (tokens.get(field) ?? 0) + 1;
    tokens.set(field, token);
    setField(field, { text, status: 'loading', hits: store.get().searches[field]?.hits ?? [] });
    try {
      const hits = await api.search(graph, text);
      if (tokens.get(field) === token) setField(field, { text, status: 'ready', hits });
    } catch {
      if (tokens.get(field) === token) setField(field, { text, status: 'error', hits: [] });
    }
  }

  return {
    search(field: string, text: string): void {
      clearTimeout(timers.get(field));
      const trimmed = text.trim();
      if (!trimmed) {
        tokens.set(field, (tokens.get(field) ?? 0) + 1);
        setField(field, { text: '', status: 'idle', hits: [] });
        return;
      }
      timers.set(
        field,
        setTimeout(() => void run(field, trimmed), DEBOUNCE_MS),
      );
    },
    clearSearch(field: string): void {
      clearTimeout(timers.get(field));
      tokens.set(field, (tokens.get(field) ?? 0) + 1);
      setField(field, { text: '', status: 'idle', hits: [] });
    },
  };
}
