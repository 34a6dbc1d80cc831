// A bounded fuzzer over the documented queries: any 5xx other than 503, or a dropped connection,
// fails. Seeded, so a failure repeats: RELIABILITY_SEED picks the seed, RELIABILITY_FULL=1 runs more.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useMiniGraph } from '../api/support/harness.js';
import { postQuery, type RawResponse } from './support/http.js';
import { mutate, mutateVariables } from './support/mutate.js';
import { FULL, pick, prng } from './support/prng.js';

const h = useMiniGraph('rel-fuzz');
const DOCS = join(import.meta.dirname, '../../docs/queries');
const QUERIES = readdirSync(DOCS)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(DOCS, f), 'utf8'));
const ITERATIONS = FULL ? 3000 : 200;
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_260_529);
const CONCURRENCY = 4;
const TIME_BUDGET_MS = FULL ? 600_000 : 90_000;

describe('GraphQL fuzzer', () => {
  it(`survives ${ITERATIONS} mutated documented queries (seed ${SEED})`, async () => {
    expect(QUERIES.length).toBeGreaterThan(0);
    const random = prng(SEED);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const started = Date.now();
    let done = 0;
    while (done < ITERATIONS && Date.now() - started < TIME_BUDGET_MS) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, ITERATIONS - done) }, () => {
        const query = mutate(random, pick(random, QUERIES));
        return { query, variables: mutateVariables(random, h.graph) };
      });
      const results = await Promise.all(
        batch.map(async (b): Promise<RawResponse | Error> => {
          try {
            return await postQuery(h.url, b.query, b.variables);
          } catch (error) {
            return error instanceof Error ? error : new Error(String(error));
          }
        }),
      );
      results.forEach((r, i) => {
        const input = JSON.stringify(batch[i]).slice(0, 400);
        if (r instanceof Error) failures.push(`connection failed (${r.message}): ${input}`);
        else {
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status >= 500 && r.status !== 503)
            failures.push(`HTTP ${r.status} ${r.text.slice(0, 200)}: ${input}`);
        }
      });
      done += batch.length;
    }
    console.log(
      `[fuzz] seed ${SEED}: ${done} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(failures).toEqual([]);
    expect(done).toBe(ITERATIONS);
    const after = await postQuery(
      h.url,
      'query($g: ID) { concepts(graph: $g, first: 1) { totalCount } }',
      { g: h.graph },
    );
    expect(after.status).toBe(200);
  }, 700_000);
});
