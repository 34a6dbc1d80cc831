// One structured log line per request (duration and outcome), tied to a request id that the
// client sees too (X-Request-Id), so a failure reported from the field can be found in the logs.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRuntimeConfig } from './config.js';

export type LogSink = (line: string) => void;

const toStdout: LogSink = (line) => process.stdout.write(`${line}\n`);
let sink: LogSink | undefined;

/** Tests and quiet runs redirect the log; REQUEST_LOG=off silences it. */
export function setLogSink(next: LogSink): void {
  sink = next;
}

export function logEvent(fields: Record<string, unknown>): void {
  // Chosen at the first line, not at import: a bad REQUEST_LOG is then reported by the startup
  // that reads the config (server/main.ts), not thrown out of an import.
  sink ??= readRuntimeConfig().requestLog ? toStdout : () => undefined;
  sink(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

const requestIds = new WeakMap<IncomingMessage, string>();
const extraFields = new WeakMap<IncomingMessage, Record<string, unknown>>();

/** Fields a route adds to the request's log line (the response cache says `cache: 'hit'`). */
export function addLogFields(req: IncomingMessage, fields: Record<string, unknown>): void {
  extraFields.set(req, { ...extraFields.get(req), ...fields });
}

export function requestId(req: IncomingMessage): string {
  return requestIds.get(req) ?? 'unknown';
}

/** Assigns the request id, sets the header, and logs the request when its response ends. */
export function trackRequest(req: IncomingMessage, res: ServerResponse): void {
  const id = randomUUID();
  requestIds.set(req, id);
  res.setHeader('x-request-id', id);
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logEvent({
      level: res.statusCode >= 500 ? 'error' : 'info',
      requestId: id,
      method: req.method,
      path: (req.url ?? '/').split('?')[0],
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
      outcome: res.writableFinished ? 'done' : 'aborted',
      ...extraFields.get(req),
    });
  });
}
