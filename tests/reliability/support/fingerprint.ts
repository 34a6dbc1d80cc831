// What a graph holds, as counts and a hash of every node's and relationship's properties.
import { createHash } from 'node:crypto';
import type { Database } from '../../../graph/db.js';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function fingerprint(db: Database, graph: string): Promise<Fingerprint> {
  const rows = await db.readRows(
    `MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph)
     OPTIONAL MATCH (n)-[r]->()
     WITH n, collect(r {.*, type: type(r)}) AS rels
     RETURN n {.*, labels: labels(n)} AS node, rels ORDER BY n.id, labels(n)[0]`,
    { graph },
  );
  const text = rows.map((r) => JSON.stringify(r)).sort();
  return {
    nodes: rows.length,
    relationships: rows.reduce((sum, r) => sum + (Array.isArray(r.rels) ? r.rels.length : 0), 0),
    hash: createHash('sha256').update(text.join('\n')).digest('hex').slice(0, 16),
  };
}
