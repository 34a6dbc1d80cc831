// GraphML for Gephi, yEd and Cytoscape desktop: every field a typed attribute, `label` the one
// those tools show by default, provenance (quote, source, page, basis, rationale) on nodes and edges.
import { escapeXml } from '../../common/xml.js';
import type { ExportSource } from './source.js';
import {
  CONCEPT_COLUMNS,
  conceptRow,
  RELATION_COLUMNS,
  relationRow,
  type Cell,
  type Lang,
} from './records.js';
import type { Sink } from './sink.js';

const TYPED: Record<string, string> = {
  page: 'int',
  order: 'int',
  quoteLine: 'int',
  quoteStart: 'int',
  quoteEnd: 'int',
  structural: 'boolean',
};

function keys(target: 'node' | 'edge', prefix: string, columns: readonly string[]): string {
  return columns
    .filter((c) => c !== 'id' && !(target === 'edge' && (c === 'from' || c === 'to')))
    .map((c) => {
      const type = TYPED[c] ?? 'string';
      return `  <key id="${prefix}${c}" for="${target}" attr.name="${c}" attr.type="${type}"/>\n`;
    })
    .join('');
}

function data(prefix: string, row: Record<string, Cell>, skip: string[]): string {
  return Object.entries(row)
    .filter(([name, value]) => value !== null && !skip.includes(name))
    .map(([name, value]) => `<data key="${prefix}${name}">${escapeXml(String(value))}</data>`)
    .join('');
}

export async function writeGraphml(source: ExportSource, sink: Sink, lang: Lang): Promise<void> {
  const { graph } = source;
  const title = (lang === 'EN' ? graph.title.en : graph.title.id) ?? graph.id;
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>\n' +
      '  <key id="g_truncated" for="graph" attr.name="truncated" attr.type="boolean"/>\n' +
      keys('node', 'n_', CONCEPT_COLUMNS) +
      keys('edge', 'e_', RELATION_COLUMNS) +
      `  <graph id="${escapeXml(graph.id)}" edgedefault="directed">\n` +
      `    <data key="g_title">${escapeXml(title)}</data>\n` +
      `    <data key="g_truncated">${String(source.truncated)}</data>\n`,
  );
  for await (const batch of source.concepts()) {
    const nodes = batch.map((c) => {
      const row = conceptRow(graph, c, lang);
      return `    <node id="${escapeXml(c.id)}">${data('n_', row, ['id'])}</node>\n`;
    });
    await sink.write(nodes.join(''));
  }
  for await (const batch of source.relations()) {
    const edges = batch.map((r) => {
      const row = relationRow(graph, r, lang);
      const ends = `source="${escapeXml(r.fromId)}" target="${escapeXml(r.toId)}"`;
      return `    <edge id="${escapeXml(r.id)}" ${ends}>${data('e_', row, ['id', 'from', 'to'])}</edge>\n`;
    });
    await sink.write(edges.join(''));
  }
  await sink.write('  </graph>\n</graphml>\n');
}
