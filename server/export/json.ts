// JSON: the graph's legend, then concepts and relations, streamed batch by batch.
import type { ExportSource } from './source.js';
import { conceptRow, relationRow, type Lang } from './records.js';
import type { Sink } from './sink.js';

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
    truncated: source.truncated,
    lang: lang.toLowerCase(),
  };
  await sink.write(`${JSON.stringify(head).slice(0, -1)},\n"concepts":[`);
  let first = true;
  for await (const batch of source.concepts()) {
    const items = batch.map((c) => JSON.stringify(conceptRow(graph, c, lang)));
    await sink.write(`${first ? '\n' : ',\n'}${items.join(',\n')}`);
    first = false;
  }
  await sink.write('\n],\n"relations":[');
  first = true;
  for await (const batch of source.relations()) {
    const items = batch.map((r) => JSON.stringify(relationRow(graph, r, lang)));
    await sink.write(`${first ? '\n' : ',\n'}${items.join(',\n')}`);
    first = false;
  }
  await sink.write('\n]}\n');
}
