// What every resolver of one request shares: the database, the graphs it sees, its loaders.
import type { Database } from '../../graph/db.js';
import { GraphScope } from './graph-scope.js';
import { Loaders } from './loaders.js';

export interface Context {
  db: Database;
  graphs: GraphScope;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  return { db, graphs: new GraphScope(db), loaders: new Loaders(db) };
}
