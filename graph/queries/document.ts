// A graph's document: its source text and where the graph's evidence stands in it, as the load
// stored them (graph/seed/document.ts computes them, rows.ts packs them).
import type { Database } from '../db.js';
import type { Plain } from '../plain.js';
import type { DocumentFrame, TextSentence, TextSpan } from '../../common/document.js';
import { int, isObject, str, type SpanRecord } from './model.js';

export interface PassageRecord extends TextSpan {
  concepts: string[];
  relations: string[];
}

export type SentenceRecord = TextSentence;

export interface DocumentRecord extends DocumentFrame {
  graph: string;
  passages: PassageRecord[];
}

export const DOCUMENT = `
MATCH (d:Document {graph: $graph})
RETURN d {.*} AS document`;

/** The graph's document, or null when the graph was loaded before documents were stored. */
export async function readDocument(db: Database, graph: string): Promise<DocumentRecord | null> {
  const [row] = await db.readRows(DOCUMENT, { graph });
  return toDocument(graph, row?.document);
}

type Packed = [number, number, number, ...unknown[]];

function toDocument(graph: string, value: Plain | undefined): DocumentRecord | null {
  if (!isObject(value)) return null;
  const text = str(value.text);
  if (text === null) return null;
  const layout = parseLayout(str(value.layout));
  const span = ([start, end, line]: Packed): SpanRecord => ({ start, end, line });
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  return {
    graph,
    id: str(value.id) ?? graph,
    title: str(value.title) ?? str(value.id) ?? graph,
    language: str(value.language) ?? 'und',
    text,
    lineCount: int(value.lineCount) ?? text.split('\n').length,
    coverage: typeof value.coverage === 'number' ? value.coverage : 0,
    paragraphs: layout.paragraphs.map(span),
    sentences: layout.sentences.map((s) => ({ ...span(s), covered: s[3] === 1 })),
    passages: layout.passages.map((p) => ({
      ...span(p),
      concepts: ids(p[3]),
      relations: ids(p[4]),
    })),
  };
}

interface Layout {
  paragraphs: Packed[];
  sentences: Packed[];
  passages: Packed[];
}

function parseLayout(json: string | null): Layout {
  const empty: Layout = { paragraphs: [], sentences: [], passages: [] };
  if (json === null) return empty;
  try {
    const parsed = JSON.parse(json) as Partial<Layout>;
    return {
      paragraphs: parsed.paragraphs ?? [],
      sentences: parsed.sentences ?? [],
      passages: parsed.passages ?? [],
    };
  } catch {
    return empty;
  }
}
