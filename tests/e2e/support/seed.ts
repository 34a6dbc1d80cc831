// The real Keserasian Sosial seed, loaded into the test database.
// (Placeholder until graph/seed/ lands: replaced by loadSeedFile.)
import type { Database } from '../../../graph/db.js';

export const SEED_FILE = 'seeds/keserasian-sosial.yaml';

export async function loadExplorerGraph(_db: Database): Promise<string> {
  throw new Error(`The seed loader (graph/seed/) is not there yet to load ${SEED_FILE}.`);
}
