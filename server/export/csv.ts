// CSV (RFC 4180: quoted where needed, CRLF line ends), one table per file, safe to open in a
// spreadsheet.
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

/**
 * CSV injection (OWASP's "CSV Injection" guidance): Excel, LibreOffice and Google Sheets run a
 * cell that starts with `=`, `+`, `-` or `@` as a formula (and a leading tab or carriage return
 * can hide one), so a label like `=HYPERLINK("http://example.invalid","klik")` from a seed would
 * become a live link. Such a text cell gets a leading apostrophe, which spreadsheets read as
 * "this is text" and do not show. Numbers and booleans are not text from a seed but values the
 * loader typed and we write (page is a positive integer, offsets and order are ours), so they
 * are left as they are: a script reading `page` gets a number, never `'-1`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutralised(value) : String(value);
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
