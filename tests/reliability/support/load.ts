// A bounded load on loopback: `workers` loops of sequential requests, stopped by count or time.
import { postQuery, type Timed } from './http.js';

/** One answer: when it was asked, its status and error code, and how long it took (both clocks). */
export interface Sample extends Timed {
  at: number;
  status: number;
  code?: string;
}

export interface LoadOptions {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  workers: number;
  maxRequests: number;
  maxMs: number;
}

export interface RunningLoad {
  samples: Sample[];
  stop(): void;
  done: Promise<Sample[]>;
}

export function startLoad(o: LoadOptions): RunningLoad {
  const samples: Sample[] = [];
  const started = Date.now();
  let stopped = false;
  const running = (): boolean =>
    !stopped && samples.length < o.maxRequests && Date.now() - started < o.maxMs;
  async function worker(): Promise<void> {
    while (running()) {
      const at = Date.now();
      try {
        const r = await postQuery(o.url, o.query, o.variables);
        const code = (JSON.parse(r.text) as { errors?: { extensions?: { code?: string } }[] })
          .errors?.[0]?.extensions?.code;
        const { status, ms, serverMs, lagMs } = r;
        samples.push({ at, status, ms, serverMs, lagMs, ...(code ? { code } : {}) });
      } catch {
        samples.push({ at, status: 0, ms: Date.now() - at });
      }
    }
  }
  const done = Promise.all(Array.from({ length: o.workers }, worker)).then(() => samples);
  return { samples, stop: () => (stopped = true), done };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
