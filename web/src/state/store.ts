// A minimal observable store: one state object, replaced (never mutated) on every change, so
// subscribers can compare slices by identity to decide whether to re-render.

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(next: S): void;
  update(change: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  const set = (next: S) => {
    if (next === state) return;
    const previous = state;
    state = next;
    for (const listener of [...listeners]) listener(state, previous);
  };
  return {
    get: () => state,
    set,
    update: (change) => set(change(state)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
