// GET /export/<graph>.json | .graphml | .concepts.csv | .relations.csv
//   [?focus=<id>&depth=1..3&limit=&lang=id|en&scope=meaning|structure|all
//    &kinds=A,B&types=T,U&basis=stated|inferred&source=s1,s2]  (filters.ts)
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../common/error-codes.js';
import { LIMITS } from '../../common/limits.js';
import type { Database } from '../../graph/db.js';
import type { Deadline } from '../../graph/deadline.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';
import { SEED_LIMITS } from '../../graph/seed/limits.js';
import type { Route } from '../app.js';
import { graphVersions } from '../graph-versions.js';
import { CACHE_CONTROL, etagOf, matchesIfNoneMatch } from '../graphql/response-cache/http.js';
import {
  DEFAULT_REQUEST_DEADLINE_MS,
  keepDeadline,
  RETRY_AFTER_SECONDS,
  type DeadlineAnswer,
} from '../deadline.js';
import type { RelationScope } from '../graphql/relation-scope.js';
import { CompressingStream, notModifiedHeaders } from '../compression/dynamic.js';
import { requestId } from '../request-log.js';
import { sendJson } from '../respond.js';
import { writeConceptsCsv, writeRelationsCsv } from './csv.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';
import type { Lang } from './records.js';
import { ClientGoneError, Sink } from './sink.js';
import { ExportNotFoundError, openExport, type ExportSource, type Focus } from './source.js';
import { BadRequest, isFiltered, parseFilter } from './filters.js';

type Writer = (source: ExportSource, sink: Sink, lang: Lang) => Promise<void>;

export const FORMATS: Record<string, { contentType: string; write: Writer }> = {
  json: { contentType: 'application/json; charset=utf-8', write: writeJson },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  'concepts.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    write: writeConceptsCsv,
  },
  'relations.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    write: writeRelationsCsv,
  },
};

// A graph id as long as a seed file may declare one, then the format.
const PATH = new RegExp(
  `^/export/([A-Za-z0-9_-][A-Za-z0-9_.-]{0,${SEED_LIMITS.id - 1}}?)\\.(json|graphml|concepts\\.csv|relations\\.csv)$`,
);

function intParam(url: URL, name: string, min: number, max: number, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadRequest(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function parseFocus(url: URL): Focus | null {
  const id = url.searchParams.get('focus');
  if (id === null || id === '') return null;
  if (id.length > SEED_LIMITS.id) throw new BadRequest('focus is too long');
  return {
    id,
    depth: intParam(url, 'depth', 1, LIMITS.neighborhoodDepth, 1),
    limit: intParam(url, 'limit', 1, LIMITS.neighborhoodNodes, LIMITS.neighborhoodNodes),
  };
}

/**
 * A file name from slugs only, so no header injection and no path tricks. A scope other than
 * all is part of the name, and `-filtered` marks an export narrowed by kinds, types, basis or
 * source, so two downloads of one graph do not overwrite each other.
 */
export function fileName(
  graph: string,
  focus: Focus | null,
  format: string,
  scope: RelationScope = 'ALL',
  filtered = false,
): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80);
  const base = focus ? `${safe(graph)}--${safe(focus.id)}-depth${focus.depth}` : safe(graph);
  const scoped = scope === 'ALL' ? '' : `-${scope.toLowerCase()}`;
  return `${base}${scoped}${filtered ? '-filtered' : ''}.${format}`;
}

export function exportRoute(db: Database, deadlineMs = DEFAULT_REQUEST_DEADLINE_MS): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/export/')) return false;
    const match = PATH.exec(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'Exports are read with GET.' });
      return true;
    }
    const format = match?.[2] ? FORMATS[match[2]] : undefined;
    if (!match?.[1] || !match[2] || !format) {
      sendJson(res, 404, {
        error: 'No such export.',
        formats: Object.keys(FORMATS).map((f) => `/export/<graph>.${f}`),
      });
      return true;
    }
    const graphId = match[1];
    const extension = match[2];
    const late = (answer: DeadlineAnswer) =>
      sendError(res, answer.status, answer.code, answer.message);
    const budget = { budgetMs: deadlineMs, requestId: requestId(req) };
    await keepDeadline(res, budget, late, (deadline) =>
      serveExport(db, res, url, graphId, extension, format, deadline),
    );
    return true;
  };
}

/**
 * An export is a function of its graph's version and its URL, so its ETag is too: a browser or a
 * notebook that asks again gets 304 until the graph is reloaded. None for a graph without a
 * version (written by older code or by hand), whose changes nothing announces.
 */
async function exportEtag(db: Database, graphId: string, url: URL): Promise<string | null> {
  const version = (await graphVersions(db).current()).get(graphId);
  if (!version) return null;
  return etagOf(`export|${graphId}=${version}|${url.pathname}${url.search}`);
}

async function serveExport(
  db: Database,
  res: ServerResponse,
  url: URL,
  graphId: string,
  extension: string,
  format: { contentType: string; write: Writer },
  deadline: Deadline,
): Promise<void> {
  let source: ExportSource;
  let streaming = false;
  try {
    const focus = parseFocus(url);
    const filter = parseFilter(url);
    const lang: Lang = (url.searchParams.get('lang') ?? 'id').toUpperCase() === 'EN' ? 'EN' : 'ID';
    const etag = await exportEtag(db, graphId, url);
    if (etag && matchesIfNoneMatch(res.req.headers['if-none-match'] ?? '', etag)) {
      res.writeHead(
        304,
        notModifiedHeaders(res.req, {
          etag,
          'cache-control': CACHE_CONTROL,
          'access-control-allow-origin': '*',
        }),
      );
      res.end();
      return;
    }
    source = await openExport(db, graphId, focus, filter);
    const name = fileName(graphId, focus, extension, filter.scope, isFiltered(filter));
    // Too late: the deadline has been answered; this export is dropped.
    if (res.headersSent) return;
    // Headers go out with the first kilobyte, compressed past it (server/compression/dynamic.ts).
    const out = new CompressingStream(res.req, res, 200, {
      'content-type': format.contentType,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': CACHE_CONTROL,
      ...(etag ? { etag } : {}),
      'x-export-truncated': String(source.truncated),
      // Public, read-only data without cookies: notebooks on other origins may fetch it.
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'content-disposition, x-export-truncated, etag',
    });
    const sink = new Sink(out);
    // The deadline bounds the wait for the answer to start; a download under way is not a wait,
    // and its pages are read within the transaction cap (NEO4J_TX_TIMEOUT_MS) each.
    deadline.release();
    streaming = true;
    await format.write(source, sink, lang);
    await sink.end();
  } catch (error) {
    // Nothing sent yet (an export that failed within its first, held-back kilobyte): an answer.
    if (!streaming || (!res.headersSent && !(error instanceof ClientGoneError))) {
      // Once the deadline has been answered, a late failure is dropped like a late result.
      if (!res.headersSent) sendFailure(res, error);
      return;
    }
    // Mid-stream: cut the connection so the client sees a broken download, not a short file.
    if (!(error instanceof ClientGoneError)) console.error('export failed mid-stream', error);
    res.destroy();
  }
}

/** An export's refusal: JSON with a message and one of the API's error codes. */
function sendError(res: ServerResponse, status: number, code: ErrorCode, error: string): void {
  sendJson(res, status, { error, code });
}

function sendFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof BadRequest) return sendError(res, 400, 'BAD_USER_INPUT', error.message);
  if (error instanceof ExportNotFoundError) return sendError(res, 404, 'NOT_FOUND', error.message);
  if (error instanceof DatabaseUnavailableError) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    return sendError(res, 503, error.code, 'The graph database is not reachable right now.');
  }
  if (error instanceof DatabaseTimeoutError) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    return sendError(res, 504, error.code, 'The export took too long.');
  }
  throw error;
}
