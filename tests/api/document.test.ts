// The source document over the API, on the shipped graph loaded by the project's own loader:
// spans that point at the quotes' own words, passages that do not overlap and name what covers
// them, sentences and coverage, lookups by paragraph and range; a reload with another text
// switches the document with the graph, and removing the graph removes its document.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile, removeGraph } from '../../graph/seed/index.js';
import { foldWhitespace } from '../../graph/seed/quotes.js';
import { uniqueGraphId } from '../support/database.js';
import { keserasianText, replaceOnce, tempDir, writeSeed } from '../seed/support/files.js';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';

const h = useShippedGraph('api-document');

const query = <T>(text: string, variables: Record<string, unknown> = {}) =>
  gqlData<T>(h.url, text, { g: h.graph, ...variables });

interface Range {
  start: number;
  end: number;
  line: number;
}
interface Item {
  id: string;
  quote: string;
  evidence: Range[];
}
interface Whole {
  graph: {
    document: {
      text: string;
      lineCount: number;
      coverage: number;
      sentences: (Range & { text: string; covered: boolean })[];
      uncovered: { start: number }[];
      passages: (Range & {
        text: string;
        concepts: { id: string }[];
        relations: { id: string }[];
      })[];
    };
  };
  concepts: { nodes: (Item & { numbering: { quote: string } | null })[] };
  relations: { nodes: Item[] };
}

let whole: Whole;
beforeAll(async () => {
  whole = await query<Whole>(`query($g: ID) {
    graph(id: $g) { document {
      text lineCount coverage
      sentences { start end line text covered }
      uncovered { start }
      passages { start end line text concepts { id } relations { id } }
    } }
    concepts(graph: $g, first: 500) { nodes { id quote numbering { quote } evidence { start end line } } }
    relations(graph: $g, first: 500) { nodes { id quote evidence { start end line } } }
  }`);
});

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('Graph.document', () => {
  it('is the seed’s source text, verbatim, with its NBSPs and typos', () => {
    const { text, lineCount } = whole.graph.document;
    expect(text).toBe(readFileSync('seeds/tinjauan-keserasian-sosial.txt', 'utf8'));
    expect(text).toContain('\u00a0');
    expect(text).toContain('Mutuliasme');
    expect(lineCount).toBe(text.split('\n').length);
  });

  it('gives every concept and relation a span whose words are its quote', () => {
    const { text } = whole.graph.document;
    const words = (r: Range) => foldWhitespace(text.slice(r.start, r.end));
    const items = [...whole.concepts.nodes, ...whole.relations.nodes];
    expect(items.length).toBeGreaterThan(200);
    for (const item of items) {
      const [own] = item.evidence;
      expect(own, item.id).toBeDefined();
      if (!own) continue;
      expect(words(own), item.id).toBe(foldWhitespace(item.quote));
      expect(own.line, item.id).toBe(lineAt(text, own.start));
    }
    for (const concept of whole.concepts.nodes.filter((c) => c.numbering)) {
      expect(concept.evidence.map(words), concept.id).toContain(
        foldWhitespace(concept.numbering?.quote ?? ''),
      );
    }
  });

  it('cuts passages that do not overlap, each listing every item whose own place covers it', () => {
    const { passages, text } = whole.graph.document;
    expect(passages.length).toBeGreaterThan(100);
    passages.forEach((p, i) => {
      expect(p.text).toBe(text.slice(p.start, p.end));
      expect(p.concepts.length + p.relations.length).toBeGreaterThan(0);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(passages[i - 1]?.end ?? 0);
    });
    const covers = (item: Item, p: Range) =>
      item.evidence.some((e) => e.start <= p.start && e.end >= p.end);
    for (const p of passages) {
      for (const { id } of p.relations) {
        const relation = whole.relations.nodes.find((r) => r.id === id);
        expect(
          relation && covers({ ...relation, evidence: relation.evidence.slice(0, 1) }, p),
          id,
        ).toBe(true);
      }
      for (const { id } of p.concepts) {
        const concept = whole.concepts.nodes.find((c) => c.id === id);
        expect(concept && covers(concept, p), id).toBe(true);
      }
    }
    // Every relation's own place is in some passage that names it.
    for (const relation of whole.relations.nodes) {
      expect(
        passages.some((p) => p.relations.some((r) => r.id === relation.id)),
        relation.id,
      ).toBe(true);
    }
  });

  it('tells "bertumpu pada semangat non diskriminasi" is the evidence of the principle of non-discrimination', () => {
    const passage = whole.graph.document.passages.find((p) =>
      p.text.includes('semangat non diskriminasi'),
    );
    expect(passage?.concepts.map((c) => c.id)).toContain('prinsip-nondiskriminasi');
  });

  it('counts coverage over sentences, and lists the uncovered ones', () => {
    const { sentences, uncovered, coverage, passages } = whole.graph.document;
    const covered = sentences.filter((s) =>
      passages.some((p) => p.start < s.end && p.end > s.start),
    );
    sentences.forEach((s) => expect(s.covered, s.text).toBe(covered.includes(s)));
    expect(coverage).toBeCloseTo(covered.length / sentences.length, 10);
    expect(uncovered.map((s) => s.start)).toEqual(
      sentences.filter((s) => !s.covered).map((s) => s.start),
    );
    expect(coverage).toBeGreaterThan(0.5);
    expect(coverage).toBeLessThan(1);
  });
});

describe('lookups', () => {
  it('finds the paragraph on the functions by its words, with the relations quoted from it', async () => {
    const data = await query<{
      graph: {
        document: {
          paragraphs: {
            line: number;
            text: string;
            relations: { id: string }[];
            concepts: { id: string }[];
          }[];
        };
      };
    }>(`query($g: ID) { graph(id: $g) { document {
      paragraphs(containing: "FUNGSI dari   keserasian sosial") { line text relations { id } concepts { id } }
    } } }`);
    const [paragraph, ...others] = data.graph.document.paragraphs;
    expect(others).toEqual([]);
    expect(paragraph?.text).toMatch(/^Menurut Departemen Sosial \(2006:8\) fungsi/);
    const ids = paragraph?.relations.map((r) => r.id) ?? [];
    expect(ids).toContain('keserasian-sosial.HAS_FUNCTION.pemeliharaan-keharmonisan-sosial');
    expect(ids).toContain('pemeliharaan-keharmonisan-sosial.RESTS_ON.prinsip-nondiskriminasi');
    expect(new Set(ids).size).toBe(ids.length);
    expect(paragraph?.concepts.map((c) => c.id)).toContain('percepatan-adaptasi');
  });

  it('keeps only the passages overlapping a range, and refuses a backwards one', async () => {
    const { text, passages } = whole.graph.document;
    const start = text.indexOf('Forum Komunikasi Keserasian Sosial');
    const range = { start, end: start + 40 };
    const data = await query<{ graph: { document: { passages: Range[] } } }>(
      'query($g: ID, $r: TextRange) { graph(id: $g) { document { passages(within: $r) { start end line } } } }',
      { r: range },
    );
    expect(data.graph.document.passages).toEqual(
      passages
        .filter((p) => p.start < range.end && p.end > range.start)
        .map(({ start, end, line }) => ({ start, end, line })),
    );
    const bad = await gql(
      h.url,
      'query($g: ID) { graph(id: $g) { document { passages(within: {start: 10, end: 2}) { start } } } }',
      { g: h.graph },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('with the graph version', () => {
  it('switches the document in with a reload, and removes it with the graph', async () => {
    const other = uniqueGraphId('api-document-switch');
    const dir = tempDir();
    const seedFile = writeSeed(dir, 'other.yaml', keserasianText(other));
    await loadSeedFile(h.db, seedFile);
    // The next version quotes an edited text: a new closing line, and the seed's own title.
    const textFile = `${dir}/tinjauan-keserasian-sosial.txt`;
    const edited = `${readFileSync(textFile, 'utf8')}\nCatatan penutup tanpa bukti.\n`;
    writeFileSync(textFile, edited);
    writeFileSync(
      seedFile,
      replaceOnce(
        keserasianText(other),
        'sourceTitle: Tinjauan Tentang Keserasian Sosial',
        'sourceTitle: Tinjauan (edisi kedua)',
      ),
    );
    await loadSeedFile(h.db, seedFile);
    const doc = async () =>
      (
        await gqlData<{
          graph: {
            document: { title: string; text: string; uncovered: { text: string }[] } | null;
          } | null;
        }>(
          h.url,
          'query($g: ID) { graph(id: $g) { document { title text uncovered { text } } } }',
          {
            g: other,
          },
        )
      ).graph?.document;
    const after = await doc();
    expect(after?.title).toBe('Tinjauan (edisi kedua)');
    expect(after?.text).toBe(edited);
    expect(after?.uncovered.map((s) => s.text)).toContain('Catatan penutup tanpa bukti.');
    await removeGraph(h.db, other);
    const left = await h.db.readRows('MATCH (d:Document {graph: $g}) RETURN count(d) AS n', {
      g: other,
    });
    expect(Number(left[0]?.n)).toBe(0);
  });
});
