// The quality report (report.ts) as text for a terminal: a table of relations by type and basis,
// then one short paragraph per figure, each saying "none" when there is nothing to show.
import type { GraphReport, InferredShare } from './report.js';
import { textTable } from './text-table.js';

const LANGUAGE = { id: 'Indonesian', en: 'English' } as const;
const QUOTE_SHOWN = 80;

function percent(share: InferredShare): string {
  return share.share === null ? 'n/a' : `${(share.share * 100).toFixed(1)}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function typeTable(report: GraphReport): string[] {
  const sum = (key: 'stated' | 'inferred' | 'total') =>
    String(report.byType.reduce((n, row) => n + row[key], 0));
  return textTable(
    [
      ['type', 'role', 'stated', 'inferred', 'total'],
      ...report.byType.map((row) => [
        row.type,
        row.structural ? 'structure' : 'meaning',
        String(row.stated),
        String(row.inferred),
        String(row.total),
      ]),
      ['all', '', sum('stated'), sum('inferred'), sum('total')],
    ],
    2,
    '  ',
  );
}

function withoutMeaning(report: GraphReport): string[] {
  const { leftOutKinds, concepts } = report.withoutMeaning;
  const note =
    leftOutKinds.length > 0
      ? [`  (kinds no meaning relation type admits are left out: ${leftOutKinds.join(', ')})`]
      : [];
  return [
    `Concepts without a meaning relation: ${concepts.length === 0 ? 'none' : concepts.length}`,
    ...note,
    ...concepts.map(
      (c) =>
        `  ${c.id} (${c.kind}): ${c.structuralRelations === 0 ? 'no relation at all' : plural(c.structuralRelations, 'structural relation')}`,
    ),
  ];
}

function components(report: GraphReport): string {
  const { count, sizes } = report.meaningComponents;
  if (count === 0) return 'Meaning relations, undirected: no concept has one';
  if (count === 1)
    return `Meaning relations, undirected: 1 connected component (${plural(sizes[0] ?? 0, 'concept')})`;
  return `Meaning relations, undirected: ${count} connected components, sizes ${sizes.join(', ')}`;
}

function shortQuote(quote: string): string {
  return quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN - 3)}...` : quote;
}

export function formatReport(report: GraphReport): string {
  const { meaning, all } = report.inferred;
  const { threshold, quotes } = report.reusedQuotes;
  return [
    `Quality report of graph "${report.graph}" (${report.title.id} / ${report.title.en}) from ${report.file}`,
    `  ${plural(report.concepts, 'concept')}, ${plural(report.relations, 'relation')}; content hash ${report.contentHash}`,
    '',
    'Relations by type and basis',
    ...typeTable(report),
    '',
    `Inferred: ${meaning.inferred} of ${plural(meaning.relations, 'meaning relation')} (${percent(meaning)}), ` +
      `${all.inferred} of ${plural(all.relations, 'relation')} overall (${percent(all)})`,
    '',
    ...withoutMeaning(report),
    '',
    components(report),
    '',
    `Concepts sharing a label: ${report.sharedLabels.length === 0 ? 'none' : plural(report.sharedLabels.length, 'label')}`,
    ...report.sharedLabels.map(
      (s) => `  ${LANGUAGE[s.language]} "${s.label}": ${s.concepts.join(', ')}`,
    ),
    '',
    `Quotes behind more than ${plural(threshold, 'relation')}: ${quotes.length === 0 ? 'none' : quotes.length}`,
    ...quotes.map(
      (q) => `  ${q.relations.length}× "${shortQuote(q.quote)}"\n    ${q.relations.join(', ')}`,
    ),
    '',
    `Inferred relations without a rationale: ${report.inferredWithoutRationale.length === 0 ? 'none' : report.inferredWithoutRationale.join(', ')}`,
  ].join('\n');
}
