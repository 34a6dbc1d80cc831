// JSON: the graph's legend, then concepts and relations streamed batch by batch, each with the
// flat fields every format has (records.ts) plus the spans of the source text that evidence it, and last the source text itself with its
// paragraphs, sentences and passages, so a script can read the spans without the API.
import type { DocumentRecord } from '../../graph/queries/document.js';
import type { SpanRecord } from '../../graph/queries/model.js';
import type { ExportSource } from './source.js';
import { conceptRow, relationRow, type Lang } from './records.js';
import type { Sink } from './sink.js';

/** A span as the API's `Span` type has it, whatever else a record carries. */
const span = ({ start, end, line }: SpanRecord): SpanRecord => ({ start, end, line });
const spans = (list: readonly SpanRecord[]): SpanRecord[] => list.map(span);

/**
 * The document as `Graph.document` gives it. It is the whole graph's: in a focused or scoped
 * export, passages and sentence coverage still count every concept and relation of the graph.
 */
function documentJson(doc: DocumentRecord) {
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    lineCount: doc.lineCount,
    coverage: doc.coverage,
    text: doc.text,
    paragraphs: spans(doc.paragraphs),
    sentences: doc.sentences.map((s) => ({ ...span(s), covered: s.covered })),
    passages: doc.passages.map((p) => ({
      ...span(p),
      concepts: p.concepts,
      relations: p.relations,
    })),
  };
}

export async function writeJson(source: ExportSource, sink: Sink, lang: Lang): Promise<void> {
  const { graph } = source;
  const head = {
    graph: {
      id: graph.id,
      title: graph.title,
      description: graph.description,
      kinds: graph.kinds,
      relationTypes: graph.relationTypes,
      contentHash: graph.contentHash,
      loadedAt: graph.loadedAt,
    },
    focus: source.focus && { id: source.focus.id, depth: source.focus.depth },
    scope: source.scope.toLowerCase(),
    // What the URL asked beyond the scope; null where it asked nothing (see docs/api.md).
    filter: {
      kinds: source.filter.kinds,
      types: source.filter.types,
      basis: source.filter.basis,
      source: source.filter.sources,
    },
    truncated: source.truncated,
    lang: lang.toLowerCase(),
  };
  await sink.write(`${JSON.stringify(head).slice(0, -1)},\n"concepts":[`);
  let first = true;
  for await (const batch of source.concepts()) {
    const items = batch.map((c) =>
      JSON.stringify({
        ...conceptRow(graph, c, lang),
        numbering: c.numbering,
        evidence: spans(c.evidence),
      }),
    );
    await sink.write(`${first ? '\n' : ',\n'}${items.join(',\n')}`);
    first = false;
  }
  await sink.write('\n],\n"relations":[');
  first = true;
  for await (const batch of source.relations()) {
    const items = batch.map((r) =>
      JSON.stringify({ ...relationRow(graph, r, lang), evidence: spans(r.evidence) }),
    );
    await sink.write(`${first ? '\n' : ',\n'}${items.join(',\n')}`);
    first = false;
  }
  const doc = await source.document();
  await sink.write(`\n],\n"document":${JSON.stringify(doc && documentJson(doc))}}\n`);
}
