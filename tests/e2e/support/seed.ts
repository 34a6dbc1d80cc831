// The real Keserasian Sosial seed, loaded into the test database (only when it is missing or
// changed, so test files running side by side share one load).
import type { Database } from '../../../graph/db.js';
import { ensureSeedLoaded } from '../../../graph/seed/index.js';

export const SEED_FILE = 'seeds/keserasian-sosial.yaml';

export async function loadExplorerGraph(db: Database): Promise<string> {
  return (await ensureSeedLoaded(db, SEED_FILE)).graph;
}
