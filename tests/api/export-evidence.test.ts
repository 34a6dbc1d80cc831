// The JSON export carries where the source text says each thing: every concept and relation of
// the shipped Keserasian Sosial graph with a quote has spans, each span's text is its quote (after
// the validator's whitespace folding), and the file holds the document the spans point into, the
// same the API gives.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loadExplorerGraph } from '../e2e/support/seed.js';
import { gqlData } from './support/client.js';
import { parseCsv } from './support/csv.js';
import { apiTestDatabase } from './support/database.js';

const SOURCE_TEXT = 'seeds/tinjauan-keserasian-sosial.txt';

interface Span {
  start: number;
  end: number;
  line: number;
}

interface Item {
  id: string;
  quote: string | null;
  evidence: Span[];
}

interface ExportedDocument {
  id: string;
  title: string;
  language: string;
  lineCount: number;
  coverage: number;
  text: string;
  paragraphs: Span[];
  sentences: (Span & { covered: boolean })[];
  passages: (Span & { concepts: string[]; relations: string[] })[];
}

interface Export {
  focus: { id: string } | null;
  concepts: (Item & { numbering: { label: string; quote: string } | null })[];
  relations: (Item & { from: string; to: string })[];
  document: ExportedDocument | null;
}

/** The validator's folding: runs of white space (U+00A0 included) become one space, ends trimmed. */
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The 1-based line a text offset stands on. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

let db: Database;
let server: TestServer;
let graph: string;

async function exported(query = ''): Promise<Export> {
  const res = await fetch(`${server.url}/export/${graph}.json${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Export;
}

beforeAll(async () => {
  db = apiTestDatabase();
  graph = await loadExplorerGraph(db);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('the JSON export’s spans', () => {
  it('gives every quoted concept and relation spans whose text is its quote', async () => {
    const body = await exported();
    const doc = body.document;
    if (!doc) throw new Error('Expected the shipped graph’s document in the export');
    const { text } = doc;
    expect(body.concepts.length).toBeGreaterThan(50);
    expect(body.relations.length).toBeGreaterThan(50);
    let checked = 0;
    for (const item of [...body.concepts, ...body.relations]) {
      if (!item.quote) {
        expect(item.evidence, `${item.id} has no quote, so no span`).toEqual([]);
        continue;
      }
      expect(item.evidence.length, `${item.id} has a span`).toBeGreaterThan(0);
      // The quote's own place comes first.
      const [first] = item.evidence;
      expect(fold(text.slice(first?.start, first?.end)), item.id).toBe(fold(item.quote));
      const numbering = 'numbering' in item ? item.numbering?.quote : undefined;
      for (const span of item.evidence) {
        expect(0 <= span.start && span.start < span.end && span.end <= text.length).toBe(true);
        expect(span.line, `${item.id} line`).toBe(lineAt(text, span.start));
        // Other places where the same words stand, or the line that numbers a concept.
        const words = fold(text.slice(span.start, span.end));
        expect([fold(item.quote), numbering && fold(numbering)], item.id).toContain(words);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('holds the document verbatim, with its paragraphs, sentences, passages and coverage', async () => {
    const body = await exported();
    const doc = body.document;
    if (!doc) throw new Error('Expected the document');
    expect(doc.text).toBe(readFileSync(SOURCE_TEXT, 'utf8'));
    expect(doc.text).toContain('\u00a0');
    expect(doc.lineCount).toBe(doc.text.split('\n').length);
    expect(doc.language).toBe('id');
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.paragraphs.length).toBeGreaterThan(5);
    const covered = doc.sentences.filter((s) => s.covered).length;
    expect(doc.coverage).toBeCloseTo(covered / doc.sentences.length, 10);
    expect(doc.coverage).toBeGreaterThan(0.5);

    // Passages stand in text order without overlapping, each inside a place of everything it lists.
    const spans = new Map(
      [...body.concepts, ...body.relations].map((item) => [item.id, item.evidence]),
    );
    let end = 0;
    for (const p of doc.passages) {
      expect(p.start).toBeGreaterThanOrEqual(end);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.line).toBe(lineAt(doc.text, p.start));
      end = p.end;
      const ids = [...p.concepts, ...p.relations];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const places = spans.get(id) ?? [];
        expect(
          places.some((s) => s.start <= p.start && p.end <= s.end),
          `passage at ${p.start} inside a span of ${id}`,
        ).toBe(true);
      }
    }
    // Every quoted concept and relation is in some passage (its quote's own place).
    const listed = new Set(doc.passages.flatMap((p) => [...p.concepts, ...p.relations]));
    for (const item of [...body.concepts, ...body.relations])
      if (item.quote) expect(listed.has(item.id), `${item.id} in a passage`).toBe(true);
  });

  it('says what the API says: the same spans and the same document', async () => {
    const body = await exported();
    const api = await gqlData<{
      concepts: { nodes: { id: string; evidence: Span[] }[] };
      relations: { nodes: { id: string; evidence: Span[] }[] };
      graph: {
        document: {
          text: string;
          coverage: number;
          paragraphs: Span[];
          sentences: (Span & { covered: boolean })[];
          passages: (Span & { concepts: { id: string }[]; relations: { id: string }[] })[];
        };
      };
    }>(
      server.url,
      `query($graph: ID!) {
        concepts(graph: $graph, first: 500) { nodes { id evidence { start end line } } }
        relations(graph: $graph, first: 500) { nodes { id evidence { start end line } } }
        graph(id: $graph) { document {
          text coverage
          paragraphs { start end line }
          sentences { start end line covered }
          passages { start end line concepts { id } relations { id } }
        } }
      }`,
      { graph },
    );
    const byId = (items: { id: string; evidence: Span[] }[]) =>
      Object.fromEntries(items.map((i) => [i.id, i.evidence]));
    expect(byId(body.concepts)).toEqual(byId(api.concepts.nodes));
    expect(byId(body.relations)).toEqual(byId(api.relations.nodes));
    const doc = api.graph.document;
    expect(body.document).toMatchObject({
      text: doc.text,
      coverage: doc.coverage,
      paragraphs: doc.paragraphs,
      sentences: doc.sentences,
      passages: doc.passages.map((p) => ({
        ...p,
        concepts: p.concepts.map((c) => c.id),
        relations: p.relations.map((r) => r.id),
      })),
    });
  });

  it('carries the spans and the whole document in a focused export too', async () => {
    const whole = await exported();
    const focused = await exported('?focus=forum-kecamatan&depth=1&scope=meaning');
    expect(focused.focus?.id).toBe('forum-kecamatan');
    expect(focused.concepts.length).toBeLessThan(whole.concepts.length);
    const spans = new Map(
      [...whole.concepts, ...whole.relations].map((item) => [item.id, item.evidence]),
    );
    const forum = focused.concepts.find((c) => c.id === 'forum-kecamatan');
    expect(forum?.evidence.length).toBeGreaterThan(0);
    for (const item of [...focused.concepts, ...focused.relations])
      expect(item.evidence, item.id).toEqual(spans.get(item.id));
    expect(focused.document).toEqual(whole.document);
  });

  it('gives spreadsheets and graph tools the line of each quote', async () => {
    const whole = await exported();
    const ownLine = new Map(
      [...whole.concepts, ...whole.relations].map((item) => [item.id, item.evidence[0]?.line]),
    );
    for (const table of ['concepts', 'relations']) {
      const res = await fetch(`${server.url}/export/${graph}.${table}.csv`);
      const [header = [], ...rows] = parseCsv(await res.text());
      const column = header.indexOf('quoteLine');
      expect(column, table).toBeGreaterThan(0);
      expect(rows.length, table).toBeGreaterThan(50);
      for (const row of rows) expect(Number(row[column]), row[0]).toBe(ownLine.get(row[0] ?? ''));
    }
  });
});
