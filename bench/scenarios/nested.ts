// Scenario 3: what a page of concepts with their relations and neighbours costs, in Cypher
// statements sent to Neo4j (counted by each server) and in latency, as the page grows.
import type { Picks } from '../data/pick.js';
import type { Contender, ContenderName } from '../contenders/types.js';
import { measureInterleaved, type CellOptions } from '../load/interleave.js';
import { nestedPage } from '../ops/nested.js';
import { checkAgreement } from './agreement.js';
import { ratiosOf, type ApiRow } from './api.js';

export const PAGE_SIZES = [1, 10, 50, 100];
/** The page the issue names: its latency is measured like the API operations. */
export const TIMED_PAGE = 50;

export interface NestedRow {
  pageSize: number;
  agree: boolean;
  statements: Partial<Record<ContenderName, number>>;
}

export interface NestedResult {
  rows: NestedRow[];
  latency: ApiRow[];
  /** Whether each contender sent as many statements for the largest page as for the smallest. */
  constant: Partial<Record<ContenderName, boolean>>;
}

async function statementsPerRequest(
  contender: Contender,
  call: () => Promise<unknown>,
): Promise<number> {
  let fewest = Number.POSITIVE_INFINITY;
  // The fewest of three: a server's one-off work (its first schema look-up) is not the query's.
  for (let i = 0; i < 3; i++) {
    const before = await contender.statements();
    await call();
    fewest = Math.min(fewest, (await contender.statements()) - before);
  }
  return fewest;
}

export async function runNestedScenario(
  contenders: readonly Contender[],
  graph: string,
  picks: Picks,
  options: Omit<CellOptions, 'concurrency'> & { concurrency: number[] },
  log: (line: string) => void,
): Promise<NestedResult> {
  const rows: NestedRow[] = [];
  for (const size of PAGE_SIZES.filter((s) => s <= picks.pageIds.length)) {
    const op = nestedPage(graph, picks.relationTypes, picks.pageIds.slice(0, size));
    const check = await checkAgreement(contenders, op);
    if (!check.agree)
      log(
        `  ! ${op.id}: contenders disagree ${JSON.stringify(check.answers ?? {})} ${JSON.stringify(check.errors ?? {})}`,
      );
    const statements: Partial<Record<ContenderName, number>> = {};
    for (const c of contenders)
      statements[c.name] = await statementsPerRequest(c, () => c.call(op));
    rows.push({ pageSize: size, agree: check.agree, statements });
    log(`  page ${size}: statements ${JSON.stringify(statements)}`);
  }
  const latency: ApiRow[] = [];
  const timed = Math.min(TIMED_PAGE, picks.pageIds.length);
  const op = nestedPage(graph, picks.relationTypes, picks.pageIds.slice(0, timed));
  for (const concurrency of options.concurrency) {
    const results = await measureInterleaved(contenders, op, { ...options, concurrency });
    latency.push({ op: op.id, title: op.title, concurrency, results, ratios: ratiosOf(results) });
    log(
      `  ${op.id} c=${concurrency}: p50 ours ${results.ours?.p50.toFixed(1)} peer ${results.peer?.p50.toFixed(1)} raw ${results.raw?.p50.toFixed(1)} ms`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const constant: Partial<Record<ContenderName, boolean>> = {};
  for (const c of contenders)
    constant[c.name] =
      first !== undefined &&
      last !== undefined &&
      first.statements[c.name] === last.statements[c.name];
  return { rows, latency, constant };
}
