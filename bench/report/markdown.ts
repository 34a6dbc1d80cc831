// The run as markdown: the tables bench/README.md shows, printed at the end of every run.
import type { ContenderName } from '../contenders/types.js';
import type { ApiRow } from '../scenarios/api.js';
import { replaySection, sustainedSection } from './cache-sections.js';
import { overheadSection } from './overhead-section.js';
import { int, n, table } from './format.js';
import type { RunResult } from './types.js';

function cell(row: ApiRow, c: ContenderName): string[] {
  const r = row.results[c];
  return [n(r?.p50), n(r?.p95), int(r?.rps)];
}

function apiTable(rows: ApiRow[], agree: (op: string) => string): string {
  return table(
    [
      'operation',
      'conc.',
      'ours p50',
      'p95',
      'rps',
      'ours-cached p50',
      'p95',
      'rps',
      'raw p50',
      'p95',
      'rps',
      'peer p50',
      'p95',
      'rps',
      'ours/raw p50',
      'ours/peer p50',
      'ours-cached/raw p50',
      'same data',
    ],
    rows.map((row) => [
      row.op,
      String(row.concurrency),
      ...cell(row, 'ours'),
      ...cell(row, 'ours-cached'),
      ...cell(row, 'raw'),
      ...cell(row, 'peer'),
      n(row.ratios.oursRawP50, 2),
      n(row.ratios.oursPeerP50, 2),
      n(row.ratios.cachedRawP50, 2),
      agree(row.op),
    ]),
  );
}

export function renderMarkdown(r: RunResult): string {
  const out: string[] = [];
  out.push(`# Benchmark run ${r.startedAt}`);
  out.push(
    `${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, Neo4j ${r.machine.neo4j}, load average at start ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}; ` +
      `run took ${(r.durationMs / 60_000).toFixed(1)} min. Latencies in ms, ratios from the same run (interleaved).`,
  );
  out.push(
    '## Targets',
    table(
      ['target', 'met', 'where we stand'],
      r.targets.map((t) => [t.target, t.met === null ? '–' : t.met ? 'yes' : 'no', t.detail]),
    ),
  );
  if (r.load) {
    out.push('## 1. Load (our loader, synthetic graphs)');
    out.push(
      table(
        [
          'concepts',
          'relations',
          'validate ms',
          'write ms',
          'elements/s (write)',
          'elements/s (with validation)',
          'error',
        ],
        r.load.rows.map((row) =>
          row.error
            ? [int(row.concepts), int(row.relations), int(row.validateMs), '–', '–', '–', row.error]
            : [
                int(row.concepts),
                int(row.relations),
                int(row.validateMs),
                int(row.writeMs),
                int(row.writeRate),
                int(row.totalRate),
                '',
              ],
        ),
      ),
    );
    out.push(
      `Batch-size sweep at ${int(r.load.sweepSize)} concepts (best of two rounds):`,
      table(
        ['rows per statement', 'write ms', 'elements/s'],
        r.load.sweep.map((s) => [
          s.batchSize === null ? 'loader default' : int(s.batchSize),
          int(s.writeMs),
          int(s.writeRate),
        ]),
      ),
    );
    const ceiling = r.load.ceiling;
    if (ceiling) {
      const ours = r.load.sweep.find((row) => row.batchSize === null);
      out.push(
        `Ceiling (the same rows in plain \`UNWIND … CREATE\` statements, no staging, switch or tidying, best of two, ${int(r.load.sweepSize)} concepts): ${int(ceiling.rate)} elements/s${ours ? `; our loader ${int(ours.writeRate)}/s on the same graph, ${(ours.writeRate / ceiling.rate).toFixed(2)}× of it` : ''}.`,
      );
    }
    const naive = r.load.naive;
    if (naive)
      out.push(
        `Naive baseline (one statement per concept and per relation): ${int(naive.rate)} elements/s (${int(naive.elements)} elements in ${int(naive.ms)} ms${naive.complete ? '' : ', stopped at the time bound'}).`,
      );
  }
  if (r.api) {
    const agree = (op: string) => (r.api?.agreement.find((a) => a.op === op)?.agree ? 'yes' : 'NO');
    out.push(
      '## 2. API latency and throughput',
      '_ours_ runs with its response cache off (what the engine costs), _ours-cached_ with it on (a question asked again); the targets compare _ours_.',
      apiTable(r.api.rows, agree),
    );
    const { ours: http, raw: bolt } = r.api.floors;
    if (http || bolt)
      out.push(
        `Floors at concurrency 1 (round-trips that do no work, interleaved): an HTTP request to our server (\`GET /health\`) p50 ${http ? http.p50.toFixed(2) : 'n/a'} ms, p95 ${http ? http.p95.toFixed(2) : 'n/a'} ms; a Bolt \`RETURN 1\` p50 ${bolt ? bolt.p50.toFixed(2) : 'n/a'} ms, p95 ${bolt ? bolt.p95.toFixed(2) : 'n/a'} ms. Ours can never be faster than raw plus the HTTP floor.`,
      );
    out.push(
      'First (cold) call of each operation, ms: planning and caches included, not in the figures above.',
      table(
        ['operation', 'ours', 'ours-cached', 'raw', 'peer'],
        r.api.agreement.map((a) => [
          a.op,
          int(a.coldMs.ours),
          int(a.coldMs['ours-cached']),
          int(a.coldMs.raw),
          int(a.coldMs.peer),
        ]),
      ),
    );
    if (r.graph) {
      const p = r.graph.picks;
      out.push(
        `Graph \`${r.graph.id}\` (${int(r.graph.size)} concepts); low/medium/high-degree concepts ` +
          `\`${p.low}\` (${p.degrees.low}), \`${p.medium}\` (${p.degrees.medium}), \`${p.high}\` (${p.degrees.high}, ${p.highRing2} within two steps); search "${p.searchText}"; path \`${p.pathFrom}\` → \`${p.pathTo}\`.`,
      );
    }
  }
  if (r.overhead) out.push(...overheadSection(r.overhead));
  if (r.nested) {
    out.push('## 3. Nested query cost');
    out.push(
      table(
        [
          'page size',
          'ours statements',
          'ours-cached statements',
          'peer statements',
          'raw statements',
          'same data',
        ],
        r.nested.rows.map((row) => [
          String(row.pageSize),
          String(row.statements.ours ?? '–'),
          String(row.statements['ours-cached'] ?? '–'),
          String(row.statements.peer ?? '–'),
          String(row.statements.raw ?? '–'),
          row.agree ? 'yes' : 'NO',
        ]),
      ),
    );
    out.push(apiTable(r.nested.latency, () => 'yes'));
  }
  if (r.replay) out.push(...replaySection(r.replay));
  if (r.sustained) out.push(...sustainedSection(r.sustained));
  if (r.browser) {
    out.push('## 6. Browser (Debian Chromium, headless, software GL)');
    out.push(
      table(
        [
          'graph',
          'concepts',
          'renderer',
          'shown',
          'navigation → laid out (ms)',
          'fps (pan/zoom)',
          'redraws/s',
          'error',
        ],
        [
          ...r.browser.landing.map((row, i) => ({
            ...row,
            graph: `${row.graph} (landing, ${i === 0 ? 'cold' : 'warm'})`,
          })),
          ...r.browser.rows,
        ].map((row) => [
          row.graph,
          int(row.size),
          row.renderer,
          int(row.nodesShown),
          int(row.renderedMs),
          n(row.fps),
          n(row.drawsPerSecond),
          row.error ?? '',
        ]),
      ),
    );
  }
  if (r.bundle) {
    out.push(
      '## JavaScript shipped',
      'Scripts each page loads up front (raw, gzip -9 and brotli 11 as the server sends them), ' +
        'then the same with the page and its stylesheets.',
      table(
        ['page', 'files', 'bytes', 'gzipped', 'brotli'],
        [
          ...r.bundle.rows.flatMap((b) => [
            [
              b.page,
              b.files ? b.files.join(', ') : 'not built',
              int(b.bytes),
              int(b.gzipBytes),
              int(b.brBytes),
            ],
            [
              `${b.page} with page and styles`,
              `${b.withPage.files.length} files`,
              int(b.withPage.bytes),
              int(b.withPage.gzipBytes),
              int(b.withPage.brBytes),
            ],
          ]),
          [
            'all .js (eager and lazy)',
            '',
            int(r.bundle.allJs.bytes),
            int(r.bundle.allJs.gzipBytes),
            int(r.bundle.allJs.brBytes),
          ],
        ],
      ),
    );
  }
  if (r.lighthouse) out.push(...lighthouseSection(r.lighthouse));
  for (const p of r.profile) {
    out.push(`## Profile: ${p.op}`, p.why);
    out.push(
      table(
        ['who', 'statement', 'db hits', 'rows', 'ms', 'costliest operators'],
        [...p.ours.map((s) => ({ who: 'ours', s })), { who: 'raw', s: p.raw }].map(({ who, s }) => [
          who,
          `\`${s.cypher.slice(0, 120).replace(/\|/g, '\\|')}…\``,
          int(s.dbHits),
          int(s.rows),
          n(s.ms),
          s.top.map((o) => `${o.operator} ${int(o.dbHits)}`).join(', '),
        ]),
      ),
    );
  }
  if (r.skipped.length)
    out.push('## Skipped', ...r.skipped.map((s) => `- ${s.scenario}: ${s.reason}`));
  return `${out.join('\n\n')}\n`;
}

const score = (v: number | null) => (v === null ? 'n/a' : String(Math.round(v * 100)));

function lighthouseSection(l: NonNullable<RunResult['lighthouse']>): string[] {
  const out = [
    '## Lighthouse',
    `Lighthouse ${l.version} with Debian's Chromium; scores out of 100; times in ms. Each run is a ` +
      'cold visit; the mobile profile simulates a slow phone and network, so its times are estimates.',
    table(
      [
        'page',
        'profile',
        'perf',
        'a11y',
        'best pr.',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'TTI',
        'FCP',
        'SI',
        'bytes',
        'costing points',
      ],
      l.rows.map((row) => [
        `\`${row.page}\``,
        row.profile,
        score(row.scores.performance),
        score(row.scores.accessibility),
        score(row.scores['best-practices']),
        score(row.scores.seo),
        int(row.figures.lcpMs),
        int(row.figures.tbtMs),
        n(row.figures.cls, 3),
        int(row.figures.interactiveMs),
        int(row.figures.fcpMs),
        int(row.figures.speedIndexMs),
        int(row.figures.totalBytes),
        row.error ?? row.failing.slice(0, 4).join(', '),
      ]),
    ),
  ];
  if (l.landing) {
    out.push(
      '## Landing view bytes',
      `What a cold first visit to \`${l.landing.page}\` downloads until the laid-out graph is drawn ` +
        `(${int(l.landing.renderedMs)} ms), as Chromium counts bytes on the wire (headers included): ` +
        `**${int(l.landing.totalBytes)} bytes** in ${l.landing.requests.length} requests, ` +
        `${int(l.landing.codeBytes)} of them scripts and stylesheets.`,
      table(
        ['request', 'encoding', 'bytes'],
        l.landing.requests.map((q) => [
          `\`${q.path.slice(0, 80)}\``,
          q.encoding || 'none',
          int(q.bytes),
        ]),
      ),
    );
  }
  return out;
}
