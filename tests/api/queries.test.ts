// Each root query and each filter, over real HTTP against the mini graph.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-queries');

interface Ids {
  nodes: { id: string }[];
  totalCount: number;
}

async function conceptIds(
  where: Record<string, unknown>,
  orderBy?: Record<string, unknown>,
): Promise<Ids> {
  const data = await gqlData<{ concepts: Ids }>(
    h.url,
    `query($g: ID, $w: ConceptFilter, $o: ConceptOrder) {
      concepts(graph: $g, where: $w, orderBy: $o, first: 100) { totalCount nodes { id } }
    }`,
    { g: h.graph, w: where, o: orderBy },
  );
  return data.concepts;
}

async function relationIds(where: Record<string, unknown>): Promise<string[]> {
  const data = await gqlData<{ relations: Ids }>(
    h.url,
    `query($g: ID, $w: RelationFilter) { relations(graph: $g, where: $w, first: 100) { totalCount nodes { id } } }`,
    { g: h.graph, w: where },
  );
  expect(data.relations.totalCount).toBe(data.relations.nodes.length);
  return data.relations.nodes.map((n) => n.id);
}

describe('graphs and graph', () => {
  it('lists the graph with counts, bilingual kinds and relation types', async () => {
    const data = await gqlData<{ graphs: { id: string }[]; graph: Record<string, unknown> }>(
      h.url,
      `query($g: ID) {
        graphs { id }
        graph(id: $g) {
          id title(lang: EN) titles { id en } conceptCount relationCount
          kinds { id label(lang: EN) labels { id en } color count }
          relationTypes { id label labels { en } color from to count }
          sources { id author year title }
        }
      }`,
      { g: h.graph },
    );
    expect(data.graphs.map((g) => g.id)).toContain(h.graph);
    expect(data.graph).toMatchObject({
      id: h.graph,
      title: 'Mini graph',
      titles: { id: 'Graf mini', en: 'Mini graph' },
      conceptCount: 21,
      relationCount: 21,
      sources: [
        { id: 'depsos-2006', author: 'Departemen Sosial', year: 2006, title: 'Keserasian Sosial' },
      ],
    });
    expect(data.graph.kinds).toContainEqual({
      id: 'ForumLevel',
      label: 'Forum level',
      labels: { id: 'Tingkat forum', en: 'Forum level' },
      color: '#9467bd',
      count: 5,
    });
    expect(data.graph.relationTypes).toContainEqual({
      id: 'SUPPORTS',
      label: 'mendukung',
      labels: { en: 'supports' },
      color: '#1f77b4',
      from: ['Value'],
      to: ['Goal'],
      count: 5,
    });
  });

  it('answers null for an unknown graph id, and NOT_FOUND where a graph is required', async () => {
    expect(
      (await gqlData<{ graph: null }>(h.url, '{ graph(id: "no-such-graph") { id } }')).graph,
    ).toBeNull();
    const r = await gql(h.url, '{ concepts(graph: "no-such-graph") { totalCount } }');
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
  });

  it('asks for `graph` when several graphs are loaded and none is named', async () => {
    const r = await gql(h.url, '{ stats { conceptCount } }');
    const graphs = await gqlData<{ graphs: unknown[] }>(h.url, '{ graphs { id } }');
    if (graphs.graphs.length > 1) {
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toMatch(/pass `graph`/);
    }
  });
});

describe('concept', () => {
  it('returns every field of a concept, in either language', async () => {
    const data = await gqlData<{ concept: Record<string, unknown> }>(
      h.url,
      `query($g: ID) { concept(graph: $g, id: "topic") {
        id graph kind label labelEn: label(lang: EN) labels { id en } definition(lang: EN) definitions { id en }
        quote source { id } page section order degree
      } }`,
      { g: h.graph },
    );
    expect(data.concept).toEqual({
      id: 'topic',
      graph: h.graph,
      kind: 'Topic',
      label: 'Keserasian sosial',
      labelEn: 'Social harmony',
      labels: { id: 'Keserasian sosial', en: 'Social harmony' },
      definition: 'Living side by side in peace.',
      definitions: { id: null, en: 'Living side by side in peace.' },
      quote: 'kutipan topic',
      source: { id: 'depsos-2006' },
      page: null,
      section: null,
      order: 0,
      degree: 12,
    });
  });

  it('is null when the id is unknown', async () => {
    const data = await gqlData(h.url, 'query($g: ID) { concept(graph: $g, id: "nope") { id } }', {
      g: h.graph,
    });
    expect(data).toEqual({ concept: null });
  });

  it('follows its relations and neighbours by direction, type and kind', async () => {
    const data = await gqlData<{ concept: Record<string, { id?: string; type?: string }[]> }>(
      h.url,
      `query($g: ID) { concept(graph: $g, id: "value-01") {
        out: relations(direction: OUT) { id type }
        incoming: relations(direction: IN) { id }
        supports: relations(types: ["SUPPORTS"]) { id }
        goals: neighbors(kinds: ["Goal"]) { id }
        all: neighbors { id }
        one: neighbors(first: 1) { id }
      } }`,
      { g: h.graph },
    );
    const ids = (list: { id?: string }[] | undefined) => (list ?? []).map((x) => x.id).sort();
    expect(ids(data.concept.out)).toEqual([
      'value-01-supports-acceptance',
      'value-01-supports-integration',
    ]);
    expect(ids(data.concept.incoming)).toEqual(['topic-has-value-01']);
    expect(ids(data.concept.supports)).toEqual(ids(data.concept.out));
    expect(ids(data.concept.goals)).toEqual(['goal-acceptance', 'goal-integration']);
    expect(ids(data.concept.all)).toEqual(['goal-acceptance', 'goal-integration', 'topic']);
    expect(data.concept.one).toHaveLength(1);
  });
});

describe('concepts filters and order', () => {
  it('filters by kinds, ids, source, page and text', async () => {
    expect((await conceptIds({ kinds: ['Goal'] })).totalCount).toBe(3);
    expect((await conceptIds({ kinds: ['Goal', 'Topic'] })).totalCount).toBe(4);
    expect(
      (await conceptIds({ ids: ['topic', 'value-03'] })).nodes.map((n) => n.id).sort(),
    ).toEqual(['topic', 'value-03']);
    expect((await conceptIds({ source: 'depsos-2006' })).totalCount).toBe(21);
    expect((await conceptIds({ source: 'other' })).totalCount).toBe(0);
    expect((await conceptIds({ page: 11 })).totalCount).toBe(6);
    expect((await conceptIds({ page: 7, kinds: ['Goal'] })).totalCount).toBe(2);
    expect((await conceptIds({ text: 'FORUM AT' })).totalCount).toBe(5);
    expect((await conceptIds({ text: 'side by side' })).nodes).toEqual([{ id: 'topic' }]);
  });

  it('filters by section', async () => {
    expect((await conceptIds({ section: 'no-such-section' })).totalCount).toBe(0);
  });

  it('sorts by label, kind, id and degree, both ways, with stable ties', async () => {
    const byLabelEn = await conceptIds({ kinds: ['Goal'] }, { field: 'LABEL', lang: 'EN' });
    expect(byLabelEn.nodes.map((n) => n.id)).toEqual([
      'goal-diversity',
      'goal-acceptance',
      'goal-integration',
    ]);
    const byIdDesc = await conceptIds({ kinds: ['Goal'] }, { field: 'ID', direction: 'DESC' });
    expect(byIdDesc.nodes.map((n) => n.id)).toEqual([
      'goal-integration',
      'goal-diversity',
      'goal-acceptance',
    ]);
    const byDegree = await conceptIds({}, { field: 'DEGREE', direction: 'DESC' });
    expect(byDegree.nodes.slice(0, 2).map((n) => n.id)).toEqual(['topic', 'goal-acceptance']);
    const byKind = await conceptIds({}, { field: 'KIND' });
    expect(byKind.nodes[0]?.id).toBe('forum-desa');
  });

  it('refuses a kind the graph does not declare', async () => {
    const r = await gql(
      h.url,
      'query($g: ID) { concepts(graph: $g, where: {kinds: ["Nope"]}) { totalCount } }',
      { g: h.graph },
    );
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toMatch(/Unknown kind "Nope".*declares "Topic"/);
  });
});

describe('relations', () => {
  it('filters by types, basis, from, to, concept, source and page', async () => {
    expect(await relationIds({ types: ['PART_OF'] })).toHaveLength(4);
    expect(await relationIds({ basis: 'INFERRED' })).toHaveLength(4);
    expect(await relationIds({ basis: 'STATED' })).toHaveLength(17);
    expect(await relationIds({ from: 'value-01' })).toEqual([
      'value-01-supports-acceptance',
      'value-01-supports-integration',
    ]);
    expect(await relationIds({ to: 'goal-acceptance', basis: 'INFERRED' })).toHaveLength(4);
    expect(await relationIds({ concept: 'value-01' })).toHaveLength(3);
    expect(await relationIds({ source: 'depsos-2006', page: 11 })).toHaveLength(21);
    expect(await relationIds({ page: 12 })).toHaveLength(0);
  });

  it('returns one relation with its ends, evidence and labels', async () => {
    const data = await gqlData<{ relation: Record<string, unknown> }>(
      h.url,
      `query($g: ID) { relation(graph: $g, id: "value-02-supports-acceptance") {
        id type label(lang: EN) basis from { id label(lang: EN) } to { id } quote
        rationale(lang: EN) rationaleId: rationale(lang: ID) rationales { id en } source { title } page
      } }`,
      { g: h.graph },
    );
    expect(data.relation).toEqual({
      id: 'value-02-supports-acceptance',
      type: 'SUPPORTS',
      label: 'supports',
      basis: 'INFERRED',
      from: { id: 'value-02', label: 'Value 2' },
      to: { id: 'goal-acceptance' },
      quote: null,
      rationale: 'Equality makes acceptance possible.',
      rationaleId: 'Equality makes acceptance possible.',
      rationales: { id: null, en: 'Equality makes acceptance possible.' },
      source: { title: 'Keserasian Sosial' },
      page: 11,
    });
  });

  it('refuses an undeclared relation type', async () => {
    const r = await gql(
      h.url,
      'query($g: ID) { relations(graph: $g, where: {types: ["KNOWS"]}) { totalCount } }',
      { g: h.graph },
    );
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('stats', () => {
  it('counts by kind, type and basis, with degree figures and the most connected', async () => {
    const data = await gqlData<{ stats: Record<string, unknown> }>(
      h.url,
      `query($g: ID) { stats(graph: $g) {
        graph { id } conceptCount relationCount
        byKind { kind { id } count } byRelationType { type { id } count } byBasis { basis count }
        degree { min max mean median isolated }
        mostConnected(first: 2) { concept { id } degree }
      } }`,
      { g: h.graph },
    );
    expect(data.stats).toMatchObject({
      graph: { id: h.graph },
      conceptCount: 21,
      relationCount: 21,
      byBasis: [
        { basis: 'STATED', count: 17 },
        { basis: 'INFERRED', count: 4 },
      ],
      degree: { min: 0, max: 12, isolated: 1 },
      mostConnected: [
        { concept: { id: 'topic' }, degree: 12 },
        { concept: { id: 'goal-acceptance' }, degree: 4 },
      ],
    });
    expect(data.stats.byKind).toContainEqual({ kind: { id: 'Value' }, count: 12 });
    expect(data.stats.byRelationType).toContainEqual({ type: { id: 'HAS_VALUE' }, count: 12 });
    const degree = data.stats.degree as { mean: number; median: number };
    expect(degree.mean).toBeCloseTo(42 / 21);
    expect(degree.median).toBe(1);
  });
});
