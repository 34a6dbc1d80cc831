// Exports follow the filters (`kinds`, `types`, `basis`, `source`, `scope`) in every format, with
// the counts the GraphQL API gives for the same filter; every format carries every evidence field;
// CSV cells a spreadsheet would run as formulas are neutralised; networkx reads the files back.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../seed/support/files.js';
import { gqlData } from './support/client.js';
import { parseCsv } from './support/csv.js';
import { HOSTILE, loadHostileGraph } from './support/hostile-graph.js';
import { dropGraph } from './support/mini-graph.js';
import { useShippedGraph } from './support/shipped-graph.js';

const h = useShippedGraph('api-export-filters');
const hostile = () => `${h.graph}-hostile`;
beforeAll(() => loadHostileGraph(h.db, hostile()), 120_000);
afterAll(() => dropGraph(h.db, hostile()));

type Row = Record<string, string | number | boolean | null>;

interface ApiConcept {
  id: string;
  kind: string;
  source: { id: string } | null;
  page: number | null;
  quote: string | null;
  numbering: { label: string; quote: string } | null;
  evidence: { start: number; end: number; line: number }[];
}

interface ApiRelation {
  id: string;
  type: string;
  basis: 'STATED' | 'INFERRED';
  structural: boolean;
  quote: string | null;
  page: number | null;
  source: { id: string } | null;
  rationales: { id: string | null; en: string | null };
  from: { id: string; kind: string };
  to: { id: string; kind: string };
  evidence: { start: number; end: number; line: number }[];
}

/** The whole shipped graph as the API gives it: the oracle for every filter below. */
let api: { concepts: ApiConcept[]; relations: ApiRelation[] };

beforeAll(async () => {
  const data = await gqlData<{
    concepts: { totalCount: number; nodes: ApiConcept[] };
    relations: { totalCount: number; nodes: ApiRelation[] };
  }>(
    h.url,
    `query($graph: ID!) {
      concepts(graph: $graph, first: 500) { totalCount nodes {
        id kind source { id } page quote numbering { label quote } evidence { start end line }
      } }
      relations(graph: $graph, first: 500) { totalCount nodes {
        id type basis structural quote page source { id } rationales { id en }
        from { id kind } to { id kind } evidence { start end line }
      } }
    }`,
    { graph: h.graph },
  );
  expect(data.concepts.nodes).toHaveLength(data.concepts.totalCount);
  expect(data.relations.nodes).toHaveLength(data.relations.totalCount);
  api = { concepts: data.concepts.nodes, relations: data.relations.nodes };
});

async function download(graph: string, file: string, query = ''): Promise<Response> {
  return fetch(`${h.url}/export/${graph}.${file}${query}`);
}

async function text(graph: string, file: string, query = ''): Promise<string> {
  const res = await download(graph, file, query);
  expect(res.status, `${file}${query}`).toBe(200);
  return res.text();
}

/** A CSV table as objects by header (the test reads what a spreadsheet would show). */
function csvRows(body: string): Row[] {
  const [header = [], ...rows] = parseCsv(body);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** GraphML nodes and edges, each as its id, ends and `<data>` values by attribute name. */
function graphmlItems(body: string) {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(body, 'text/xml');
  const names = new Map(
    Array.from(doc.getElementsByTagName('key')).map((k) => [
      k.getAttribute('id'),
      k.getAttribute('attr.name'),
    ]),
  );
  const item = (el: Element) => {
    const data: Row = {
      id: el.getAttribute('id'),
      from: el.getAttribute('source'),
      to: el.getAttribute('target'),
    };
    for (const d of Array.from(el.getElementsByTagName('data')))
      data[names.get(d.getAttribute('key')) ?? '?'] = d.textContent;
    return data;
  };
  return {
    concepts: Array.from(doc.getElementsByTagName('node')).map(item),
    relations: Array.from(doc.getElementsByTagName('edge')).map(item),
  };
}

interface Exported {
  concepts: Row[];
  relations: Row[];
}

/** The same export in all four files, each read back to concepts and relations. */
async function everyFormat(graph: string, query: string): Promise<Record<string, Exported>> {
  const json = JSON.parse(await text(graph, 'json', query)) as Exported;
  return {
    json,
    graphml: graphmlItems(await text(graph, 'graphml', query)),
    csv: {
      concepts: csvRows(await text(graph, 'concepts.csv', query)),
      relations: csvRows(await text(graph, 'relations.csv', query)),
    },
  };
}

const ids = (items: readonly Row[]) => items.map((i) => String(i.id)).sort();

/** Every format holds exactly these concepts and relations, and no relation dangles. */
async function expectExport(query: string, concepts: string[], relations: string[]) {
  expect(relations.length, `${query} keeps some relations`).toBeGreaterThan(0);
  for (const [format, body] of Object.entries(await everyFormat(h.graph, query))) {
    expect(ids(body.concepts), `${format} concepts of ${query}`).toEqual([...concepts].sort());
    expect(ids(body.relations), `${format} relations of ${query}`).toEqual([...relations].sort());
    const kept = new Set(ids(body.concepts));
    for (const r of body.relations)
      expect(kept.has(String(r.from)) && kept.has(String(r.to)), `${format} ${String(r.id)}`).toBe(
        true,
      );
  }
}

async function totalCount(field: 'concepts' | 'relations', where: object, scope?: string) {
  const args = field === 'relations' && scope ? `, scope: ${scope}` : '';
  const data = await gqlData<Record<string, { totalCount: number }>>(
    h.url,
    `query($graph: ID!, $where: ${field === 'concepts' ? 'ConceptFilter' : 'RelationFilter'}) {
      ${field}(graph: $graph, where: $where${args}, first: 0) { totalCount }
    }`,
    { graph: h.graph, where },
  );
  return data[field]?.totalCount ?? -1;
}

describe('export filters, checked against the GraphQL API', () => {
  it('basis (any case) keeps the relations of that basis and every concept', async () => {
    const inferred = api.relations.filter((r) => r.basis === 'INFERRED').map((r) => r.id);
    expect(inferred).toHaveLength(await totalCount('relations', { basis: 'INFERRED' }));
    await expectExport(
      '?basis=Inferred',
      api.concepts.map((c) => c.id),
      inferred,
    );
  });

  it('types keeps the relations of those types, within the scope', async () => {
    const types = ['SUPPORTS', 'SERVES'];
    const kept = api.relations.filter((r) => types.includes(r.type)).map((r) => r.id);
    expect(kept).toHaveLength(await totalCount('relations', { types }));
    await expectExport(
      '?types=SUPPORTS,SERVES',
      api.concepts.map((c) => c.id),
      kept,
    );
    // A structural type asked for in the meaning scope: nothing, and no error.
    const body = JSON.parse(await text(h.graph, 'json', '?types=HAS_MEMBER&scope=meaning')) as {
      relations: unknown[];
      filter: unknown;
    };
    expect(body.relations).toEqual([]);
    expect(body.filter).toEqual({ kinds: null, types: ['HAS_MEMBER'], basis: null, source: null });
  });

  it('kinds keeps concepts of those kinds and only the relations between them', async () => {
    const kinds = ['Value', 'Goal', 'Function'];
    const concepts = api.concepts.filter((c) => kinds.includes(c.kind)).map((c) => c.id);
    expect(concepts).toHaveLength(await totalCount('concepts', { kinds }));
    const relations = api.relations
      .filter((r) => kinds.includes(r.from.kind) && kinds.includes(r.to.kind))
      .map((r) => r.id);
    await expectExport('?kinds=Value,Goal&kinds=Function', concepts, relations);
  });

  it('source keeps what a source quotes and the ends of its relations', async () => {
    const source = 'konvensi-2009';
    const relations = api.relations.filter((r) => r.source?.id === source);
    expect(relations).toHaveLength(await totalCount('relations', { source }));
    const quoted = api.concepts.filter((c) => c.source?.id === source).map((c) => c.id);
    expect(quoted).toHaveLength(await totalCount('concepts', { source }));
    const ends = relations.flatMap((r) => [r.from.id, r.to.id]);
    const concepts = [...new Set([...quoted, ...ends])];
    // The source's relations reach concepts quoted from other sources.
    expect(concepts.length).toBeGreaterThan(quoted.length);
    await expectExport(
      `?source=${source}`,
      concepts,
      relations.map((r) => r.id),
    );
  });

  it('combines kinds, types, basis, source and scope', async () => {
    const kinds = ['Topic', 'Value', 'Goal', 'Essence'];
    const sources = ['depsos-2006', 'konvensi-2009'];
    const relations = api.relations.filter(
      (r) =>
        !r.structural &&
        r.basis === 'STATED' &&
        r.source !== null &&
        sources.includes(r.source.id) &&
        kinds.includes(r.from.kind) &&
        kinds.includes(r.to.kind),
    );
    const ends = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
    const concepts = api.concepts.filter(
      (c) =>
        kinds.includes(c.kind) &&
        ((c.source !== null && sources.includes(c.source.id)) || ends.has(c.id)),
    );
    await expectExport(
      '?kinds=Topic,Value,Goal,Essence&basis=STATED&source=depsos-2006,konvensi-2009&scope=meaning',
      concepts.map((c) => c.id),
      relations.map((r) => r.id),
    );
    const res = await download(h.graph, 'graphml', '?basis=stated&scope=meaning');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${h.graph}-meaning-filtered.graphml"`,
    );
  });

  it('grows a focused export through the kept relations only, keeping the focus', async () => {
    const focus = 'keserasian-sosial';
    const inferred = api.relations.filter((r) => r.basis === 'INFERRED');
    const nodes = new Set([focus]);
    for (const r of inferred) {
      if (r.from.id === focus) nodes.add(r.to.id);
      if (r.to.id === focus) nodes.add(r.from.id);
    }
    expect(nodes.size).toBeGreaterThan(1);
    const relations = inferred.filter((r) => nodes.has(r.from.id) && nodes.has(r.to.id));
    await expectExport(
      `?focus=${focus}&depth=1&basis=inferred`,
      [...nodes],
      relations.map((r) => r.id),
    );
  });

  it.each([
    ['kinds=Value,Nope', 'Unknown kind "Nope"'],
    ['types=SUPPORTS,supports', 'Unknown relation type "supports"'],
    ['basis=maybe', 'basis must be one of stated, inferred'],
    ['source=nowhere-1999', 'Unknown source "nowhere-1999"'],
    [`kinds=${Array.from({ length: 101 }, (_, i) => `K${i}`).join(',')}`, 'at most 100'],
  ])('refuses ?%s with a 400 that says how to fix it', async (query, message) => {
    for (const file of ['json', 'graphml', 'concepts.csv', 'relations.csv']) {
      const res = await download(h.graph, file, `?${query}`);
      expect(res.status, file).toBe(400);
      const body = (await res.json()) as { error: string; code: string };
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.error).toContain(message);
    }
  });
});

describe('every format carries every evidence field', () => {
  it('gives a relation its quote, place, source, page, basis and both rationales everywhere', async () => {
    const relation = api.relations.find(
      (r) => r.basis === 'INFERRED' && r.page !== null && r.rationales.en && r.rationales.id,
    );
    const concept = api.concepts.find((c) => c.numbering !== null && c.page !== null);
    if (!relation || !concept) throw new Error('Expected an inferred relation with a page');
    const relationFields = {
      id: relation.id,
      basis: 'inferred',
      quote: relation.quote,
      source: relation.source?.id ?? null,
      page: relation.page,
      rationaleId: relation.rationales.id,
      rationaleEn: relation.rationales.en,
      quoteLine: relation.evidence[0]?.line,
      quoteStart: relation.evidence[0]?.start,
      quoteEnd: relation.evidence[0]?.end,
    };
    const conceptFields = {
      id: concept.id,
      quote: concept.quote,
      source: concept.source?.id ?? null,
      page: concept.page,
      quoteLine: concept.evidence[0]?.line,
      quoteStart: concept.evidence[0]?.start,
      quoteEnd: concept.evidence[0]?.end,
      numberLabel: concept.numbering?.label,
      numberQuote: concept.numbering?.quote,
    };
    const formats = await everyFormat(h.graph, '');
    const asText = (fields: object) =>
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
    for (const [format, body] of Object.entries(formats)) {
      // JSON keeps numbers as numbers; CSV and GraphML text are compared as text.
      const typed = format === 'json';
      expect(
        body.relations.find((r) => r.id === relation.id),
        format,
      ).toMatchObject(typed ? relationFields : asText(relationFields));
      expect(
        body.concepts.find((c) => c.id === concept.id),
        format,
      ).toMatchObject(typed ? conceptFields : asText(conceptFields));
    }
    // The flat fields are the same in every format (GraphML leaves out what is null).
    const [jsonRelation] = formats.json?.relations ?? [];
    const csvRelation = formats.csv?.relations[0];
    expect(Object.keys(csvRelation ?? {})).toEqual(
      Object.keys(jsonRelation ?? {}).filter((k) => k !== 'evidence'),
    );
  });
});

describe('CSV injection', () => {
  it('prefixes every text cell a spreadsheet would run with an apostrophe, and nothing else', async () => {
    const tables = {
      concepts: csvRows(await text(hostile(), 'concepts.csv')),
      relations: csvRows(await text(hostile(), 'relations.csv')),
    };
    const json = JSON.parse(await text(hostile(), 'json')) as Exported;
    let neutralised = 0;
    for (const table of ['concepts', 'relations'] as const) {
      const raw = new Map(json[table].map((item) => [item.id, item]));
      for (const row of tables[table]) {
        const original = raw.get(row.id ?? '');
        if (!original) throw new Error(`${String(row.id)} is in the CSV but not in the JSON`);
        for (const [column, cell] of Object.entries(row)) {
          const value = original[column];
          const text = value === null || value === undefined ? '' : String(value);
          const risky = typeof value === 'string' && /^[=+\-@\t\r]/.test(value);
          // Parsed back, a cell is its value, with an apostrophe in front when it was risky.
          expect(cell, `${table} ${String(row.id)} ${column}`).toBe(risky ? `'${text}` : text);
          if (risky) neutralised++;
        }
      }
    }
    // The seed's hostile texts, as loaded, each stood at the start of a cell.
    for (const [id, fields] of Object.entries(HOSTILE)) {
      const row = [...tables.concepts, ...tables.relations].find((r) => r.id === id);
      for (const [column, value] of Object.entries(fields))
        expect(row?.[column], `${id} ${column}`).toBe(`'${value}`);
    }
    expect(neutralised).toBeGreaterThanOrEqual(11);
    const label = tables.concepts.find((r) => r.id === 'formula-label');
    expect(label?.label).toBe(`'${HOSTILE['formula-label'].labelId}`);
    // Numbers are ours: a page is never prefixed.
    expect(label?.page).toBe('3');
  });

  it('leaves JSON and GraphML as they are: they are not run as formulas', async () => {
    const json = JSON.parse(await text(hostile(), 'json')) as Exported;
    expect(json.concepts.find((c) => c.id === 'formula-label')?.labelId).toBe(
      HOSTILE['formula-label'].labelId,
    );
    const graphml = graphmlItems(await text(hostile(), 'graphml'));
    expect(graphml.concepts.find((c) => c.id === 'tab-definition')?.definitionId).toBe(
      HOSTILE['tab-definition'].definitionId,
    );
  });
});

describe('networkx reads the filtered exports back', () => {
  it('counts and types what the API says', async () => {
    const query = '?scope=meaning&basis=inferred&kinds=Topic,Value,Goal,Essence,Function';
    const dir = tempDir('export-networkx-');
    const files = ['graphml', 'concepts.csv', 'relations.csv'].map((file) => join(dir, file));
    for (const [i, file] of ['graphml', 'concepts.csv', 'relations.csv'].entries())
      writeFileSync(files[i] ?? '', await text(h.graph, file, query));

    const kinds = ['Topic', 'Value', 'Goal', 'Essence', 'Function'];
    const concepts = api.concepts.filter((c) => kinds.includes(c.kind));
    const relations = api.relations.filter(
      (r) =>
        !r.structural &&
        r.basis === 'INFERRED' &&
        kinds.includes(r.from.kind) &&
        kinds.includes(r.to.kind),
    );
    const edge = relations.find((r) => r.page !== null && r.rationales.en !== null);
    if (!edge) throw new Error('Expected an inferred meaning relation with a page and rationale');
    const node = concepts.find((c) => c.page !== null && c.numbering !== null) ?? concepts[0];

    const { stdout } = await promisify(execFile)(
      'python3',
      ['tests/api/support/read_exports.py', ...files, edge.id, node?.id ?? ''],
      { timeout: 60_000 },
    );
    const read = JSON.parse(stdout) as {
      networkx: string;
      graphml: {
        directed: boolean;
        nodes: number;
        edges: number;
        kinds: string[];
        bases: string[];
        graph: Record<string, [unknown, string]>;
        edge: Record<string, [unknown, string]> | null;
        node: Record<string, [unknown, string]> | null;
      };
      csv: {
        concepts: number;
        relations: number;
        dangling: number;
        relation: Record<string, string> | null;
        concept: Record<string, string> | null;
      };
    };
    expect(read.graphml).toMatchObject({
      directed: true,
      nodes: concepts.length,
      edges: relations.length,
      kinds: [...new Set(concepts.map((c) => c.kind))].sort(),
      bases: ['inferred'],
    });
    expect(read.graphml.graph.truncated).toEqual([false, 'bool']);
    expect(read.graphml.edge).toMatchObject({
      id: [edge.id, 'str'],
      page: [edge.page, 'int'],
      basis: ['inferred', 'str'],
      structural: [false, 'bool'],
      rationaleEn: [edge.rationales.en, 'str'],
      rationaleId: [edge.rationales.id, 'str'],
      quote: [edge.quote, 'str'],
      quoteLine: [edge.evidence[0]?.line, 'int'],
    });
    expect(read.graphml.node).toMatchObject({
      kind: [node?.kind, 'str'],
      page: [node?.page, 'int'],
    });
    expect(read.csv).toMatchObject({
      concepts: concepts.length,
      relations: relations.length,
      dangling: 0,
      relation: {
        id: edge.id,
        page: String(edge.page),
        rationaleEn: edge.rationales.en,
        basis: 'inferred',
      },
      concept: { id: node?.id, kind: node?.kind },
    });
  }, 120_000);
});
