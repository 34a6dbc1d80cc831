// A seed whose text cells a spreadsheet would run as formulas (OWASP's CSV-injection list: a cell
// starting with =, +, -, @, a tab or a carriage return), loaded through the project's own seed
// loader over a source text of its own whose quotes start the same way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../graph/db.js';
import { loadSeedFile } from '../../../graph/seed/index.js';
import { tempDir } from '../../seed/support/files.js';

export const HYPERLINK = '=HYPERLINK("http://example.invalid","klik")';

/** Every hostile text the seed holds, by concept or relation id and field as exported. */
export const HOSTILE = {
  'formula-label': { labelId: HYPERLINK, definitionId: '+62 812 3456 7890 is a phone number' },
  'minus-definition': { definitionId: '-1 is not a number here', definitionEn: '@SUM(A1:A9)' },
  'tab-definition': { definitionId: '\tstarts with a tab', definitionEn: '\rstarts with a CR' },
  'formula-label.SUPPORTS.minus-definition': {
    rationaleId: '=1+1 adalah bacaan kami',
    rationaleEn: '-2+3 is our reading',
    quote: '=1+1 is what a spreadsheet would run',
  },
} as const;

const SOURCE_TEXT = [
  '=1+1 is what a spreadsheet would run.',
  '+62 812 3456 7890 is a phone number.',
  '-1 is not a number here.',
  '@SUM(A1:A9) would sum a column.',
  'Plain text stays plain.',
  '',
].join('\n');

/** YAML double-quoted scalars (JSON strings are valid ones), so tabs and CRs survive. */
const y = (text: string) => JSON.stringify(text);

export function hostileSeed(graph: string): string {
  const f = HOSTILE['formula-label'];
  const m = HOSTILE['minus-definition'];
  const t = HOSTILE['tab-definition'];
  const r = HOSTILE['formula-label.SUPPORTS.minus-definition'];
  return `format: 1
graph:
  id: ${graph}
  title: { id: Graf jahat, en: Hostile graph }
  sourceText: hostile.txt
kinds:
  - { id: Value, label: { id: Nilai, en: Value }, color: '#1f77b4' }
  - { id: Goal, label: { id: Tujuan, en: Goal }, color: '#2ca02c' }
relationTypes:
  - { id: SUPPORTS, label: { id: mendukung, en: supports }, color: '#1f77b4', from: [Value], to: [Goal] }
sources:
  - { id: spreadsheet-2024, title: A hostile text }
concepts:
  - id: formula-label
    kind: Value
    label: { id: ${y(f.labelId)}, en: Formula label }
    definition: { id: ${y(f.definitionId)}, en: A label that is a formula. }
    quote: ${y('+62 812 3456 7890 is a phone number')}
    source: spreadsheet-2024
    page: 3
  - id: minus-definition
    kind: Goal
    label: { id: Definisi minus, en: Minus definition }
    definition: { id: ${y(m.definitionId)}, en: ${y(m.definitionEn)} }
    quote: ${y('-1 is not a number here')}
    source: spreadsheet-2024
    page: 4
  - id: tab-definition
    kind: Goal
    label: { id: Definisi tab, en: Tab definition }
    definition: { id: ${y(t.definitionId)}, en: ${y(t.definitionEn)} }
    quote: ${y('@SUM(A1:A9) would sum a column')}
  - id: plain
    kind: Value
    label: { id: Biasa, en: Plain }
    definition: { id: Teks biasa., en: Plain text. }
    quote: Plain text stays plain
relations:
  - type: SUPPORTS
    from: formula-label
    to: minus-definition
    basis: inferred
    quote: ${y(r.quote)}
    source: spreadsheet-2024
    page: 5
    rationale: { id: ${y(r.rationaleId)}, en: ${y(r.rationaleEn)} }
  - { type: SUPPORTS, from: plain, to: tab-definition, basis: stated, quote: Plain text stays plain }
`;
}

export async function loadHostileGraph(db: Database, graph: string): Promise<void> {
  const dir = tempDir('hostile-seed-');
  writeFileSync(join(dir, 'hostile.txt'), SOURCE_TEXT);
  const path = join(dir, 'hostile.yaml');
  writeFileSync(path, hostileSeed(graph));
  await loadSeedFile(db, path);
}
