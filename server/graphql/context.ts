// What every resolver of one request shares: the database, the graphs it sees, its loaders.
import type { Database } from '../../graph/db.js';
import { GraphScope } from './graph-scope.js';
import { Loaders } from './loaders.js';
import { serverLayouts, type ServerLayouts } from '../layout/server-layouts.js';

export interface Context {
  db: Database;
  graphs: GraphScope;
  loaders: Loaders;
  /** Whole-graph layouts computed once per graph version (server/layout/). */
  layouts: ServerLayouts;
  /** Runs a GraphQL request through this same API in this process (the layouts read with it). */
  self: typeof fetch;
}

/** `defaultGraph`: what a left-out graph argument means (DEFAULT_GRAPH, else the seed's graph). */
export function createContext(
  db: Database,
  defaultGraph: string | null = null,
  self: typeof fetch = () => Promise.reject(new Error('No in-process GraphQL here')),
): Context {
  return {
    db,
    graphs: new GraphScope(db, defaultGraph),
    loaders: new Loaders(db),
    layouts: serverLayouts(db),
    self,
  };
}
