// The results markdown's sections for the replay and the sustained-load scenarios: what the
// response cache gives on a realistic mix, and how many requests a second the server keeps up.
import type { CacheDelta } from '../contenders/cache-counters.js';
import type { ContenderName } from '../contenders/types.js';
import type { ReplayResult } from '../scenarios/replay.js';
import type { SustainedLane, SustainedResult } from '../scenarios/sustained.js';
import { int, n, table } from './format.js';

export function cacheLine(who: string, cache: CacheDelta | null): string {
  if (!cache) return `${who}: n/a (its \`/ready\` reports no \`responseCache\` counters).`;
  if (!cache.enabled) return `${who}: response cache off.`;
  return (
    `${who}: ${int(cache.hits)} hits, ${int(cache.misses)} misses, hit rate ${n(cache.hitRate, 3)}; ` +
    `${int(cache.evictions)} evictions; ${int(cache.entries)} entries, ${int(cache.bytes)} bytes held at the end.`
  );
}

const REPLAYED: readonly ContenderName[] = ['ours-cached', 'ours', 'raw'];

export function replaySection(r: ReplayResult): string[] {
  const explorer = r.steps.filter((s) => s.id.startsWith('explorer-')).length;
  const out = [
    '## 4. Replay (a scripted explorer session and the worked research queries)',
    `The script: ${explorer} requests of an explorer session (landing view, search, focus, neighbourhood, details, path) and ${r.steps.length - explorer} worked queries of \`docs/queries\`, on the bench graph, repeated by concurrent clients. ` +
      `_ours-cached_ has its response cache on, _ours_ off; raw answers the ${r.steps.filter((s) => s.raw).length} steps a hand-written statement says the same as (search, neighbourhoods, paths), and the "raw's steps" columns pool those steps only.`,
  ];
  if (r.leftOut.length)
    out.push(
      `Left out (refused by the synthetic graph): ${r.leftOut.map((l) => `\`${l.op}\` (${l.reason})`).join('; ')}.`,
    );
  const disagree = r.agreement.filter((a) => !a.agree).map((a) => a.op);
  out.push(
    disagree.length
      ? `Contenders DISAGREE on: ${disagree.join(', ')}.`
      : `Same data: every step answered alike by every contender that has it.`,
  );
  out.push(
    table(
      [
        'conc.',
        "ours-cached p50 (raw's steps)",
        'ours p50',
        'raw p50',
        'ours-cached/raw p50',
        'ours/raw p50',
        'ours-cached p50 (whole script)',
        'p95',
        'rps',
        'ours p50 (whole script)',
        'p95',
        'rps',
        'ours-cached/ours p50',
        'errors (cached, ours, raw)',
      ],
      r.rows.map((row) => [
        String(row.concurrency),
        n(row.shared['ours-cached']?.p50, 2),
        n(row.shared.ours?.p50, 2),
        n(row.shared.raw?.p50, 2),
        n(row.ratios.cachedRawP50, 2),
        n(row.ratios.oursRawP50, 2),
        n(row.all['ours-cached']?.p50, 2),
        n(row.all['ours-cached']?.p95, 2),
        int(row.all['ours-cached']?.rps),
        n(row.all.ours?.p50, 2),
        n(row.all.ours?.p95, 2),
        int(row.all.ours?.rps),
        n(row.ratios.cachedOursP50, 2),
        REPLAYED.map((c) => int(row.all[c]?.errors)).join(', '),
      ]),
    ),
    `Response cache over the scenario: ${cacheLine('ours-cached', r.cache)} ${cacheLine('ours', r.cacheOff)}`,
    'p50 per step (ms); a dash where a contender does not have the step or sent it no measured request:',
    table(
      [
        'step',
        'raw has it',
        ...r.rows.flatMap((row) => REPLAYED.map((c) => `${c} c=${row.concurrency}`)),
      ],
      r.steps.map((step) => [
        step.id,
        step.raw ? 'yes' : '',
        ...r.rows.flatMap((row) => REPLAYED.map((c) => n(row.steps[step.id]?.[c]?.p50, 2))),
      ]),
    ),
  );
  return out;
}

const LANES: { lane: SustainedLane; label: string }[] = [
  { lane: 'ours-cached', label: 'two-field query, ours-cached (cache on)' },
  { lane: 'ours', label: 'two-field query, ours (cache off)' },
  { lane: 'health', label: '`GET /health` (the HTTP ceiling)' },
];

export function sustainedSection(r: SustainedResult): string[] {
  const share: Record<SustainedLane, number | null> = {
    'ours-cached': r.ratios.cachedHealthRps,
    ours: r.ratios.oursHealthRps,
    health: 1,
  };
  return [
    '## 5. Sustained load',
    `${r.connections} connections on loopback, ${n(r.durationMs / 1000, 1)} s measured per lane in interleaved slices; the two-field query of \`tests/reliability/sustained-load.test.ts\` on the bench graph.${r.agree ? '' : ' ours and ours-cached DISAGREE on its answer.'}`,
    table(
      ['lane', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'of /health rps'],
      LANES.map(({ lane, label }) => {
        const x = r.results[lane];
        return [
          label,
          int(x?.rps),
          n(x?.p50, 2),
          n(x?.p95, 2),
          n(x?.p99, 2),
          int(x?.errors),
          n(share[lane], 2),
        ];
      }),
    ),
    `ours-cached serves ${n(r.ratios.cachedOursRps, 2)}× the requests per second of ours. ${cacheLine('Response cache of ours-cached over the scenario', r.cache)}`,
  ];
}
