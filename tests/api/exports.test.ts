// Exports: JSON, GraphML (valid XML, counts that match) and CSV, whole graph or a neighbourhood.
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './support/csv.js';
import { useMiniGraph } from './support/harness.js';
import { dropGraph, INJECTION } from './support/mini-graph.js';
import { loadStructuredGraph, MEANING_TYPES, STRUCTURE_TYPES } from './support/structured-graph.js';

const h = useMiniGraph('api-export');

async function download(path: string): Promise<{ res: Response; text: string }> {
  const res = await fetch(`${h.url}${path}`);
  return { res, text: await res.text() };
}

/** Parses strictly (any warning is a failure) and returns the nodes and edges. */
function parseGraphml(text: string): { node: Element[]; edge: Element[] } {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'text/xml');
  expect(doc.documentElement?.tagName).toBe('graphml');
  expect(doc.documentElement?.getAttribute('xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
  return {
    node: Array.from(doc.getElementsByTagName('node')),
    edge: Array.from(doc.getElementsByTagName('edge')),
  };
}

describe('exports', () => {
  it('streams the whole graph as JSON with its legend and provenance', async () => {
    const { res, text } = await download(`/export/${h.graph}.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${h.graph}.json"`);
    const body = JSON.parse(text) as {
      graph: { id: string; kinds: unknown[] };
      concepts: Record<string, unknown>[];
      relations: Record<string, unknown>[];
      truncated: boolean;
      document: unknown;
    };
    expect(body.graph.id).toBe(h.graph);
    // A graph without a source text: no document, and every span list empty (never missing).
    expect(body.document).toBeNull();
    for (const item of [...body.concepts, ...body.relations]) expect(item.evidence).toEqual([]);
    expect(body.graph.kinds).toHaveLength(4);
    expect(body.concepts).toHaveLength(21);
    expect(body.relations).toHaveLength(21);
    expect(body.truncated).toBe(false);
    expect(body.concepts.find((c) => c.id === 'goal-diversity')).toMatchObject({
      definitionId: INJECTION,
      kind: 'Goal',
      color: '#2ca02c',
    });
    expect(body.relations.find((r) => r.id === 'value-02-supports-acceptance')).toMatchObject({
      from: 'value-02',
      to: 'goal-acceptance',
      type: 'SUPPORTS',
      basis: 'inferred',
      rationaleEn: 'Equality makes acceptance possible.',
      page: 11,
    });
  });

  it('writes GraphML that parses as XML, with counts that match and attributes for every field', async () => {
    const { res, text } = await download(`/export/${h.graph}.graphml?lang=en`);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${h.graph}.graphml"`,
    );
    const graph = parseGraphml(text);
    expect(graph.node).toHaveLength(21);
    expect(graph.edge).toHaveLength(21);
    const ids = new Set(graph.node.map((n) => n.getAttribute('id')));
    for (const e of graph.edge)
      expect(ids.has(e.getAttribute('source')) && ids.has(e.getAttribute('target'))).toBe(true);
    expect(text).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="e_basis" for="edge" attr.name="basis" attr.type="string"/>');
    expect(text).toContain('<data key="n_label">Harmony in diversity</data>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('<script>');
  });

  it('writes concepts and relations as CSV tables', async () => {
    const concepts = await download(`/export/${h.graph}.concepts.csv`);
    expect(concepts.res.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8; header=present',
    );
    expect(concepts.res.headers.get('content-disposition')).toBe(
      `attachment; filename="${h.graph}.concepts.csv"`,
    );
    const rows = parseCsv(concepts.text);
    expect(rows[0]?.join(',')).toBe(
      'id,label,kind,labelId,labelEn,definitionId,definitionEn,quote,quoteLine,source,page,section,order,color,quoteStart,quoteEnd,numberLabel,numberQuote',
    );
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r[0] === 'goal-diversity')?.[5]).toBe(INJECTION);
    const relations = parseCsv((await download(`/export/${h.graph}.relations.csv`)).text);
    expect(relations[0]?.slice(0, 6)).toEqual(['id', 'from', 'to', 'type', 'label', 'basis']);
    expect(relations).toHaveLength(22);
  });

  it('exports a neighbourhood, and says when its limit cut it', async () => {
    const { res, text } = await download(`/export/${h.graph}.graphml?focus=topic&depth=1`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${h.graph}--topic-depth1.graphml"`,
    );
    const graph = parseGraphml(text);
    expect(graph.node).toHaveLength(13);
    expect(graph.edge).toHaveLength(12);
    const cut = await download(`/export/${h.graph}.json?focus=topic&depth=2&limit=5`);
    expect(cut.res.headers.get('x-export-truncated')).toBe('true');
    const body = JSON.parse(cut.text) as {
      concepts: unknown[];
      truncated: boolean;
      focus: unknown;
    };
    expect(body).toMatchObject({ truncated: true, focus: { id: 'topic', depth: 2 } });
    expect(body.concepts).toHaveLength(5);
  });

  it('answers 400, 404 and 405 with a JSON reason', async () => {
    expect((await download(`/export/${h.graph}.json?focus=topic&depth=4`)).res.status).toBe(400);
    expect((await download(`/export/${h.graph}.json?focus=topic&limit=0`)).res.status).toBe(400);
    expect((await download('/export/no-such-graph.json')).res.status).toBe(404);
    expect((await download(`/export/${h.graph}.xlsx`)).res.status).toBe(404);
    expect((await download(`/export/${h.graph}.json?focus=nope`)).res.status).toBe(404);
    const post = await fetch(`${h.url}/export/${h.graph}.json`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('exports of a graph larger than one batch', () => {
  it('pages through every concept and relation exactly once', async () => {
    const { loadWideGraph } = await import('./support/mini-graph.js');
    const wide = `${h.graph}-wide`;
    await loadWideGraph(h.db, wide, 1200);
    try {
      const body = JSON.parse((await download(`/export/${wide}.json`)).text) as {
        concepts: { id: string }[];
        relations: { id: string }[];
      };
      expect(new Set(body.concepts.map((c) => c.id)).size).toBe(1206);
      expect(body.concepts).toHaveLength(1206);
      expect(new Set(body.relations.map((r) => r.id)).size).toBe(2400);
      const graph = parseGraphml((await download(`/export/${wide}.graphml`)).text);
      expect([graph.node.length, graph.edge.length]).toEqual([1206, 2400]);
      expect(parseCsv((await download(`/export/${wide}.relations.csv`)).text)).toHaveLength(2401);
    } finally {
      await dropGraph(h.db, wide);
    }
  }, 180_000);
});

describe('exports by relation scope', () => {
  const structured = () => `${h.graph}-structured`;
  beforeAll(() => loadStructuredGraph(h.db, structured()));
  afterAll(() => dropGraph(h.db, structured()));

  interface Body {
    scope: string;
    concepts: { id: string }[];
    relations: { id: string; type: string; structural: boolean }[];
  }
  const types = (body: Body) => [...new Set(body.relations.map((r) => r.type))].sort();

  it.each([
    ['meaning', 4, MEANING_TYPES],
    ['structure', 7, STRUCTURE_TYPES],
    ['all', 11, [...STRUCTURE_TYPES, ...MEANING_TYPES]],
  ])('?scope=%s holds %i relations, and every concept', async (scope, count, expected) => {
    const { res, text } = await download(`/export/${structured()}.json?scope=${scope}`);
    expect(res.status).toBe(200);
    const suffix = scope === 'all' ? '' : `-${scope}`;
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${structured()}${suffix}.json"`,
    );
    const body = JSON.parse(text) as Body;
    expect(body.scope).toBe(scope);
    expect(body.concepts).toHaveLength(8);
    expect(body.relations).toHaveLength(count);
    expect(types(body)).toEqual([...expected].sort());
    for (const r of body.relations) expect(r.structural).toBe(STRUCTURE_TYPES.includes(r.type));
  });

  it('holds every relation when the scope is left out', async () => {
    const body = JSON.parse((await download(`/export/${structured()}.json`)).text) as Body;
    expect(body.scope).toBe('all');
    expect(body.relations).toHaveLength(11);
  });

  it('applies the scope to GraphML, CSV and a focused export', async () => {
    const graphml = await download(`/export/${structured()}.graphml?scope=meaning`);
    const parsed = parseGraphml(graphml.text);
    expect([parsed.node.length, parsed.edge.length]).toEqual([8, 4]);
    expect(graphml.text).toContain(
      '<key id="e_structural" for="edge" attr.name="structural" attr.type="boolean"/>',
    );
    const csv = parseCsv(
      (await download(`/export/${structured()}.relations.csv?scope=structure`)).text,
    );
    const column = csv[0]?.indexOf('structural') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(csv).toHaveLength(8);
    expect(csv.slice(1).every((row) => row[column] === 'true')).toBe(true);
    const focused = await download(
      `/export/${structured()}.json?focus=keserasian-sosial&depth=1&scope=meaning`,
    );
    expect(focused.res.headers.get('content-disposition')).toBe(
      `attachment; filename="${structured()}--keserasian-sosial-depth1-meaning.json"`,
    );
    const body = JSON.parse(focused.text) as Body;
    expect(body.concepts.map((c) => c.id).sort()).toEqual([
      'integrasi-sosial',
      'keserasian-sosial',
    ]);
    expect(types(body)).toEqual(['AIMS_AT']);
  });

  it('refuses an unknown scope with a 400 that names the accepted ones', async () => {
    const { res, text } = await download(`/export/${structured()}.json?scope=semantics`);
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      error: 'scope must be one of meaning, structure, all',
      code: 'BAD_USER_INPUT',
    });
  });
});
