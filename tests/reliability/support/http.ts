// Raw HTTP for hostile requests: any body, any content type, a status and text back, with the
// client's and the server's own measure of the time it took (see expectWithinDeadline).
import { expect } from 'vitest';
import { TEST_DEADLINE_MS } from '../../support/server.js';

export interface RawResponse extends Timed {
  status: number;
  text: string;
}

/** How long an answer took, as the client saw it and as the server measured it. */
export interface Timed {
  /** Client-observed, from sending the request to reading the whole answer. */
  ms: number;
  /** The server's own measure (Server-Timing `total`): from the request's arrival to its answer. */
  serverMs?: number;
  /** How late the server's deadline timer ran (Server-Timing `lag`): its event loop was busy. */
  lagMs?: number;
}

/**
 * The server promises an answer within its deadline (REQUEST_DEADLINE_MS; a test's server has
 * TEST_DEADLINE_MS unless the test sets its own); these slacks are what a
 * test allows on top. The server's own measure gets a small one: the deadline's timer and the
 * answer it sends share the event loop with every other request (and how late the timer itself
 * ran is reported apart, as `lag`, and not counted: a starved CPU is not the server breaking its
 * word). The client's clock also counts connecting, queueing for the event loop of this very
 * process (the test's server runs in it) and reading the answer on a busy machine: a larger one.
 */
export const SERVER_SLACK_MS = 250;
export const CLIENT_SLACK_MS = 2_000;

/** A client gives up past this: far past any deadline, so a hang fails a test instead of stalling it. */
export const GIVE_UP_MS = 30_000;

/** One metric's duration (`total`, `lag`) from a Server-Timing header. */
export function serverTiming(header: string | null, metric: string): number | undefined {
  for (const entry of (header ?? '').split(',')) {
    const [name, ...params] = entry.trim().split(';');
    if (name !== metric) continue;
    const dur = params.map((p) => p.trim()).find((p) => p.startsWith('dur='));
    return dur === undefined ? undefined : Number(dur.slice(4));
  }
  return undefined;
}

/** The server's measure of a response, from its Server-Timing header. */
export function serverTimes(res: Response): Pick<Timed, 'serverMs' | 'lagMs'> {
  const header = res.headers.get('server-timing');
  const serverMs = serverTiming(header, 'total');
  const lagMs = serverTiming(header, 'lag');
  return {
    ...(serverMs !== undefined ? { serverMs } : {}),
    ...(lagMs !== undefined ? { lagMs } : {}),
  };
}

/**
 * The answer came within the server's deadline: by the server's own measure (less its timer's
 * reported lag) within SERVER_SLACK_MS of it, and by the client's within CLIENT_SLACK_MS. An
 * answer without a server measure (the server closed the connection instead) is held to the
 * client's bound only.
 */
export function expectWithinDeadline(r: Timed, deadlineMs = TEST_DEADLINE_MS): void {
  const what = JSON.stringify(r);
  if (r.serverMs !== undefined) {
    expect(r.serverMs - (r.lagMs ?? 0), what).toBeLessThanOrEqual(deadlineMs + SERVER_SLACK_MS);
  }
  expect(r.ms, what).toBeLessThanOrEqual(deadlineMs + CLIENT_SLACK_MS);
}

/** expectWithinDeadline for the slowest of many answers, each of which must carry a server measure. */
export function expectAllWithinDeadline(samples: Timed[], deadlineMs = TEST_DEADLINE_MS): void {
  const unmeasured = samples.filter((s) => s.serverMs === undefined);
  expect(unmeasured.slice(0, 3), 'answers without Server-Timing').toEqual([]);
  const byServer = (s: Timed) => (s.serverMs ?? 0) - (s.lagMs ?? 0);
  const slowest = (key: (s: Timed) => number) =>
    samples.reduce<Timed | undefined>(
      (worst, s) => (!worst || key(s) > key(worst) ? s : worst),
      undefined,
    );
  for (const worst of [slowest(byServer), slowest((s) => s.ms)]) {
    if (worst) expectWithinDeadline(worst, deadlineMs);
  }
}

export async function post(
  baseUrl: string,
  body: string | Uint8Array,
  contentType = 'application/json',
): Promise<RawResponse> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      accept: 'application/graphql-response+json, application/json',
    },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
    signal: AbortSignal.timeout(GIVE_UP_MS),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started, ...serverTimes(res) };
}

export function postQuery(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<RawResponse> {
  return post(baseUrl, JSON.stringify({ query, variables }));
}

/** The first error message of a GraphQL or plain JSON error body, or the text itself. */
export function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { message?: string }[]; error?: string };
    return body.errors?.[0]?.message ?? body.error ?? text;
  } catch {
    return text;
  }
}
