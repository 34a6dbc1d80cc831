// The results markdown's section for the overhead scenario: ours' latency split into the layers
// it adds to the raw driver's, so a ratio behind its target says which layer to work on.
import type { OverheadRow } from '../scenarios/overhead.js';
import { n, table } from './format.js';

export function overheadSection(rows: readonly OverheadRow[]): string[] {
  const p50 = (row: OverheadRow, lane: keyof OverheadRow['results']) =>
    n(row.results[lane]?.p50, 2);
  return [
    "## 2b. Where ours' time goes (concurrency 1, interleaved, p50 ms)",
    '_raw_: the driver running the hand-written statement. _db layer_: the same statement through our Database module. ' +
      '_graphql_: our GraphQL request answered inside the benchmark process (yoga, resolvers, our own statements), no HTTP. ' +
      '_ours_: the same request to our server over HTTP, response cache off. _health_: `GET /health`, the HTTP round-trip alone. ' +
      'The last three columns are the differences between neighbours: what each layer adds.',
    table(
      [
        'operation',
        'raw',
        'db layer',
        'graphql',
        'ours',
        'health',
        '+db layer',
        '+graphql',
        '+http',
      ],
      rows.map((row) => [
        row.op,
        p50(row, 'raw'),
        p50(row, 'db-layer'),
        p50(row, 'graphql'),
        p50(row, 'ours'),
        p50(row, 'health'),
        n(row.layers.dbLayer, 2),
        n(row.layers.graphql, 2),
        n(row.layers.http, 2),
      ]),
    ),
  ];
}
