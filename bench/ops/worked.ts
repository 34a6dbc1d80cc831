// The worked research queries of docs/queries, each with its variables pointed at the bench
// graph: `graph`, and the concepts a query takes as variables (a path's ends, a neighbourhood's
// centre) set to the bench's picks. Ids written into a query's text stay as written, so on a
// synthetic graph some answer empty and some are refused (a kind the graph does not declare):
// the replay leaves the refused ones out and says why. Sent as a POST, as a script would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Operation } from '../contenders/types.js';
import type { Picks } from '../data/pick.js';
import { sortedKeys } from './plain.js';

export const WORKED_QUERIES_DIR = 'docs/queries';

const declares = (query: string, name: string) => new RegExp(`\\$${name}\\b`).test(query);

export function workedQueries(graph: string, picks: Picks, dir = WORKED_QUERIES_DIR): Operation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const variables: Record<string, unknown> = { graph };
      if (declares(query, 'from')) variables.from = picks.pathFrom;
      if (declares(query, 'to')) variables.to = picks.pathTo;
      if (declares(query, 'id')) variables.id = picks.medium;
      const name = file.replace(/\.graphql$/, '');
      return {
        id: `worked-${name}`,
        title: `docs/queries/${file}`,
        ours: { query, variables },
        // No raw counterpart: ours and ours-cached must return the very same data (fields
        // compared by name).
        canonical: { ours: sortedKeys },
      };
    });
}
