import { describe, expect, it } from 'vitest';
import { runLoad } from './generator.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runLoad', () => {
  it('stops starting requests when its time is up', async () => {
    const sample = await runLoad(() => pause(20), {
      concurrency: 1,
      durationMs: 1,
      maxRequests: 50,
    });
    expect(sample.latenciesMs).toHaveLength(1);
  });

  it('makes its floor of requests however slow they are, and never more than its cap', async () => {
    const floor = await runLoad(() => pause(20), {
      concurrency: 2,
      durationMs: 1,
      maxRequests: 50,
      minRequests: 5,
    });
    expect(floor.latenciesMs).toHaveLength(5);
    const capped = await runLoad(() => pause(1), {
      concurrency: 2,
      durationMs: 1,
      maxRequests: 3,
      minRequests: 10,
    });
    expect(capped.latenciesMs).toHaveLength(3);
  });
});
