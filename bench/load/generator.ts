// A closed-loop load generator: `concurrency` workers, each sending its next request as soon as
// the last one answered. Bounded twice, by request count and by time, so a slow or stuck
// contender can never hold the run: when time is up no new request starts, and the ones in
// flight are awaited (each has its own timeout in the contender). A floor of requests
// (`minRequests`) outlasts the time bound, for loads that mean nothing until a whole script has
// gone round once, however slow the machine.

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  maxRequests: number;
  /** Requests that start even after `durationMs` (still no more than `maxRequests`). */
  minRequests?: number;
}

export interface LoadSample {
  latenciesMs: number[];
  errors: number;
  /** First error message seen, to tell a broken contender from a slow one. */
  firstError: string | null;
  elapsedMs: number;
}

export async function runLoad(
  request: () => Promise<unknown>,
  options: LoadOptions,
): Promise<LoadSample> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let started = 0;
  const begin = performance.now();
  const deadline = begin + options.durationMs;
  const worker = async () => {
    const floor = options.minRequests ?? 0;
    while (started < options.maxRequests && (started < floor || performance.now() < deadline)) {
      started++;
      const t0 = performance.now();
      try {
        await request();
        latenciesMs.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, options.maxRequests));
  await Promise.all(Array.from({ length: workers }, worker));
  return { latenciesMs, errors, firstError, elapsedMs: performance.now() - begin };
}
