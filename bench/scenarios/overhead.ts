// Scenario: where ours' time goes beside the raw driver's, layer by layer, at concurrency 1.
// The same question is measured in interleaved slices five ways, each adding one layer:
//   raw       the driver running the hand-written statement (the physical limit);
//   db-layer  the same statement through our Database module (sessions, limiter, retries);
//   graphql   our GraphQL request answered in this process (yoga, parse/validate caches,
//             resolvers, our own statements), no HTTP;
//   ours      the same request to our server over HTTP (response cache off);
//   health    GET /health on that server: the HTTP round-trip alone.
// The differences between neighbours are what each layer costs (bench/README.md reads them).
import { createGraphQL } from '../../server/graphql/yoga.js';
import type { Database } from '../../graph/db.js';
import type { Contender, Operation } from '../contenders/types.js';
import { measureLanes, type CellOptions, type CellResult, type Lane } from '../load/interleave.js';
import { round } from '../load/stats.js';

export type OverheadLane = 'raw' | 'db-layer' | 'graphql' | 'ours' | 'health';
const LANES: readonly OverheadLane[] = ['raw', 'db-layer', 'graphql', 'ours', 'health'];

export interface OverheadRow {
  op: string;
  results: Partial<Record<OverheadLane, CellResult>>;
  /** p50 of each lane less the one before it (ms): what that layer adds. */
  layers: {
    dbLayer: number | null;
    graphql: number | null;
    http: number | null;
  };
}

export type OverheadOptions = Omit<CellOptions, 'concurrency'>;

export async function runOverheadScenario(
  db: Database,
  contenders: readonly Contender[],
  ops: readonly Operation[],
  options: OverheadOptions,
  log: (line: string) => void,
): Promise<OverheadRow[]> {
  const raw = contenders.find((c) => c.name === 'raw');
  const ours = contenders.find((c) => c.name === 'ours');
  if (!raw || !ours?.floor) throw new Error('The overhead scenario needs raw and ours');
  const floor = ours.floor.bind(ours);
  // A second engine beside the server's, on the bench's own connection to the same Neo4j.
  const yoga = createGraphQL({ db });
  const rows: OverheadRow[] = [];
  for (const op of ops) {
    const statement = op.raw;
    if (!statement) continue;
    const body = JSON.stringify({ query: op.ours.query, variables: op.ours.variables });
    const requests: Record<OverheadLane, () => Promise<unknown>> = {
      raw: () => raw.call(op),
      'db-layer': () => db.readRows(statement.cypher, statement.params),
      graphql: async () => {
        const response = await yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { errors?: { message: string }[] };
        if (answer.errors?.length) throw new Error(answer.errors[0]?.message ?? 'GraphQL error');
      },
      ours: () => ours.call(op),
      health: floor,
    };
    const lanes: Lane<OverheadLane>[] = LANES.map((name) => ({
      name,
      request: requests[name],
    }));
    const results = await measureLanes(lanes, { ...options, concurrency: 1 });
    const p50 = (lane: OverheadLane) => results[lane]?.p50;
    const less = (a: OverheadLane, b: OverheadLane) => {
      const x = p50(a);
      const y = p50(b);
      return x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)
        ? null
        : round(x - y, 3);
    };
    const row: OverheadRow = {
      op: op.id,
      results,
      layers: {
        dbLayer: less('db-layer', 'raw'),
        graphql: less('graphql', 'db-layer'),
        http: less('ours', 'graphql'),
      },
    };
    rows.push(row);
    const shown = LANES.map((lane) => `${lane} ${p50(lane)?.toFixed(2) ?? '-'}`).join(', ');
    log(`  ${op.id}: p50 ${shown} ms`);
  }
  return rows;
}
