import { describe, expect, it } from 'vitest';
import { currentDeadline, Deadline, outsideDeadline, withDeadline } from './deadline.js';
import { DatabaseBusyError, DatabaseTimeoutError } from './errors.js';
import { ConcurrencyLimiter } from './limiter.js';

const never = new Promise<never>(() => undefined);

describe('a request deadline', () => {
  it('travels with the work it starts, until it is released', async () => {
    const deadline = new Deadline(60_000);
    await withDeadline(deadline, async () => {
      await Promise.resolve();
      expect(currentDeadline()).toBe(deadline);
      await new Promise((resolve) => setImmediate(resolve));
      expect(currentDeadline()).toBe(deadline);
      expect(outsideDeadline(() => currentDeadline())).toBeUndefined();
      deadline.release();
      expect(currentDeadline()).toBeUndefined();
    });
    expect(currentDeadline()).toBeUndefined();
  });

  it('says 503 when the time went waiting and 504 when a query was running', () => {
    const deadline = new Deadline(0);
    expect(deadline.passed).toBe(true);
    expect(deadline.error()).toBeInstanceOf(DatabaseBusyError);
    const done = deadline.queryStarted();
    expect(deadline.error()).toBeInstanceOf(DatabaseTimeoutError);
    done();
    done();
    expect(deadline.spentOn).toBe('waiting');
  });

  it('answers its caller when it passes, whatever the work is doing', async () => {
    const deadline = new Deadline(20);
    await expect(deadline.race(never)).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(new Deadline(60_000).race(Promise.resolve(7))).resolves.toBe(7);
  });
});

describe('the limiter under a deadline', () => {
  it('refuses a waiter at the wait its caller allows, below the configured one', async () => {
    const limiter = new ConcurrencyLimiter({ maxActive: 1, maxWaitMs: 60_000, maxQueue: 10 });
    let release: (value?: unknown) => void = () => undefined;
    const holder = limiter.run(() => new Promise((resolve) => (release = resolve)));
    await expect(limiter.run(() => Promise.resolve(1), 20)).rejects.toBeInstanceOf(
      DatabaseBusyError,
    );
    expect(limiter.load).toEqual({ active: 1, waiting: 0 });
    release();
    await holder;
    await expect(limiter.run(() => Promise.resolve(2), 20)).resolves.toBe(2);
  });
});
