// Small standalone files for tests: a valid file with nothing drawn, and a drawn concept box, each
// changed only where a test says.
import type { StandaloneConcept, StandaloneData } from './data.js';

export function standaloneData(changes: Partial<StandaloneData> = {}): StandaloneData {
  return {
    format: 'keserasian-standalone',
    version: 1,
    title: { id: 'Uji', en: 'Test' },
    lang: 'id',
    theme: { background: '#fff', text: '#111', muted: '#555', panel: '#eee', accent: '#05c' },
    link: 'http://127.0.0.1/?g=x',
    created: new Date(0).toISOString(),
    concepts: [],
    groups: [],
    relations: [],
    kinds: [],
    types: [],
    ...changes,
  };
}

/** A concept box of kind K at the origin, 160 × 60, outside any group. */
export function drawnConcept(
  changes: Partial<StandaloneConcept> & { id: string },
): StandaloneConcept {
  return {
    kind: 'K',
    labels: { id: changes.id, en: changes.id },
    definitions: { id: null, en: null },
    quote: null,
    page: null,
    source: null,
    x: 0,
    y: 0,
    w: 160,
    h: 60,
    fill: '#eef',
    border: '#00f',
    fontSize: 13,
    group: null,
    ...changes,
  };
}
