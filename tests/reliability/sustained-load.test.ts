// A sustained, bounded load on loopback: zero errors and a heap that settles back; figures printed.
// CI: 50 connections for 20 s; RELIABILITY_FULL=1: 50 connections for 60 s.
import { describe, expect, it } from 'vitest';
import { useMiniGraph } from '../api/support/harness.js';
import { expectAllWithinDeadline } from './support/http.js';
import { percentile, startLoad } from './support/load.js';
import { FULL } from './support/prng.js';
import { settledStats } from './support/process-stats.js';

const h = useMiniGraph('rel-sustained');
const CONNECTIONS = 50;
const SECONDS = FULL ? 60 : 20;
const QUERY = `query($g: ID) {
  concepts(graph: $g, first: 10) { totalCount nodes { id label(lang: EN) degree } }
  neighborhood(graph: $g, id: "topic") { nodes { id } truncated }
}`;

describe('sustained load', () => {
  it(`${CONNECTIONS} connections for ${SECONDS} s on loopback: no errors, heap settles`, async () => {
    const variables = { g: h.graph };
    // Warm at full concurrency first: the connection pools it fills are the baseline, not a leak.
    const warm = await startLoad({
      url: h.url,
      query: QUERY,
      variables,
      workers: CONNECTIONS,
      maxRequests: CONNECTIONS * 3,
      maxMs: 30_000,
    }).done;
    console.log(
      `[sustained] warm-up statuses ${JSON.stringify(warm.map((s) => `${s.status} ${s.code ?? ''}`))}`,
    );
    expect(warm.every((s) => s.status === 200)).toBe(true);
    const baseline = await settledStats();
    const rssBefore = process.memoryUsage().rss / 1_048_576;
    const started = Date.now();
    const samples = await startLoad({
      url: h.url,
      query: QUERY,
      variables,
      workers: CONNECTIONS,
      maxRequests: 1_000_000,
      maxMs: SECONDS * 1000,
    }).done;
    const elapsed = (Date.now() - started) / 1000;
    // Idle keep-alive sockets of the load's HTTP clients close after 5 s (server keepAliveTimeout);
    // they are not the server's to keep, so wait them out before comparing handles.
    await new Promise((r) => setTimeout(r, 6_000));
    const settled = await settledStats();
    const rssAfter = process.memoryUsage().rss / 1_048_576;
    const ms = samples.map((s) => s.ms);
    const errors = samples.filter((s) => s.status !== 200);
    console.log(
      `[sustained] ${CONNECTIONS} connections, ${elapsed.toFixed(1)} s: ${samples.length} requests ` +
        `(${(samples.length / elapsed).toFixed(1)}/s), errors ${errors.length}, p50 ${percentile(ms, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(ms, 95).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms; ` +
        `heap ${baseline.heapMb.toFixed(1)} → ${settled.heapMb.toFixed(1)} MB, RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB, ` +
        `handles ${baseline.handles} → ${settled.handles}`,
    );
    expect(errors).toEqual([]);
    expect(samples.length).toBeGreaterThan(CONNECTIONS);
    // Every answer came within the server's deadline (a test server's), and with no error none of
    // them was the deadline's 503 or 504.
    expectAllWithinDeadline(samples);
    expect(settled.heapMb).toBeLessThan(baseline.heapMb + 64);
    expect(settled.handles).toBeLessThanOrEqual(baseline.handles + 10);
  }, 300_000);
});
