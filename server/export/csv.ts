// CSV (RFC 4180: quoted where needed, CRLF line ends), one table per file.
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

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export async function writeConceptsCsv(
  source: ExportSource,
  sink: Sink,
  lang: Lang,
): Promise<void> {
  await sink.write(line(CONCEPT_COLUMNS));
  for await (const batch of source.concepts()) {
    const rows = batch.map((c) => conceptRow(source.graph, c, lang));
    await sink.write(rows.map((row) => line(CONCEPT_COLUMNS.map((col) => row[col]))).join(''));
  }
}

export async function writeRelationsCsv(
  source: ExportSource,
  sink: Sink,
  lang: Lang,
): Promise<void> {
  await sink.write(line(RELATION_COLUMNS));
  for await (const batch of source.relations()) {
    const rows = batch.map((r) => relationRow(source.graph, r, lang));
    await sink.write(rows.map((row) => line(RELATION_COLUMNS.map((col) => row[col]))).join(''));
  }
}
