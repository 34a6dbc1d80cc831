// Whole-graph layouts, computed once per graph version, layout and language, and kept in this
// process's memory. Why memory and not Neo4j: a layout is a pure function of the version's data
// and the layout code (seeded, so every server computes the same picture), it takes well under a
// second for the shipped graph, and keeping it beside the data would make a read path write.
// Keyed on the version, an entry can never answer for another version; a version switch seen by
// graph-versions.ts drops the graph's entries at once, and the first ask of the new version lays
// it out again. Concurrent asks for the same layout share one computation.
import type { Database } from '../../graph/db.js';
import { createApi } from '../../web/src/api/client.js';
import {
  isCytoscapeLayout,
  type CytoscapeLayoutName,
} from '../../web/src/graph-view/layout/layout-options.js';
import type { PresetLayout } from '../../web/src/graph-view/layout/preset.js';
import { isLayoutName } from '../../web/src/graph-view/layout/registry.js';
import { layoutView, type LaidOutView } from '../../web/src/graph-view/layout/view-layout.js';
import type { UiLang } from '../../web/src/state/view.js';
import { graphVersions } from '../graph-versions.js';
import { wholeViewInputs } from './whole-view.js';

/** Layouts kept at most (graphs × layouts × languages): the oldest is dropped past it. */
const MAX_ENTRIES = 32;

export const MIN_ASPECT = 0.5;
export const MAX_ASPECT = 4;

/** Shapes are rounded to a twentieth, so nearby screens share a fitted layout. */
export function roundAspect(aspect: number): number {
  const clamped = Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, Number.isFinite(aspect) ? aspect : 1));
  return Math.round(clamped * 20) / 20;
}

export interface LayoutAsk {
  graph: string;
  /** The graph's version ('' for a graph loaded without one). */
  version: string;
  name: string;
  lang: UiLang;
  aspect: number;
}

export interface ServedLayout extends PresetLayout {
  version: string;
  lang: UiLang;
}

export class ServerLayouts {
  private readonly entries = new Map<string, { graph: string; view: Promise<LaidOutView> }>();
  /** How long each layout took to compute (ms), by key: for the logs and the benchmark. */
  readonly timings = new Map<string, number>();

  constructor(private readonly db: Database) {
    graphVersions(db).onChange((ids) => {
      for (const [key, entry] of this.entries)
        if (ids.includes(entry.graph)) this.entries.delete(key);
    });
  }

  /** The layout, fitted to the shape asked for; null for a layout the browser shapes itself. */
  async layout(graphql: typeof fetch, ask: LayoutAsk): Promise<ServedLayout | null> {
    if (!isLayoutName(ask.name) || !isCytoscapeLayout(ask.name)) return null;
    const key = [ask.graph, ask.version, ask.name, ask.lang].join('\n');
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { graph: ask.graph, view: this.compute(graphql, ask, ask.name, key) };
      this.entries.set(key, entry);
      const failed = entry;
      entry.view.catch(() => {
        if (this.entries.get(key) === failed) this.entries.delete(key);
      });
      while (this.entries.size > MAX_ENTRIES) {
        const oldest = this.entries.keys().next().value;
        if (oldest === undefined) break;
        this.entries.delete(oldest);
      }
    }
    const view = await entry.view;
    return { ...view.fit(roundAspect(ask.aspect)), version: ask.version, lang: ask.lang };
  }

  private async compute(
    graphql: typeof fetch,
    ask: LayoutAsk,
    name: CytoscapeLayoutName,
    key: string,
  ): Promise<LaidOutView> {
    const started = performance.now();
    // The browser's own API client, its requests answered in this process: the layout is made
    // from exactly the data the explorer loads for the view.
    const api = createApi({ endpoint: 'http://localhost/graphql', fetch: graphql });
    const { nodes, edges } = await wholeViewInputs(api, ask.graph, ask.lang);
    const view = await layoutView(nodes, edges, name);
    this.timings.set(key, Math.round(performance.now() - started));
    return view;
  }
}

const stores = new WeakMap<Database, ServerLayouts>();

/** The one layout store of this Database. */
export function serverLayouts(db: Database): ServerLayouts {
  let store = stores.get(db);
  if (!store) {
    store = new ServerLayouts(db);
    stores.set(db, store);
  }
  return store;
}
