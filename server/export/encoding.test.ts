// Cells and file names of the exports, without a server.
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';
import { fileName } from './route.js';

describe('export encoding', () => {
  it('quotes CSV cells only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(11)).toBe('11');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises text cells a spreadsheet would run as a formula, not numbers', () => {
    expect(csvCell('=HYPERLINK("http://example.invalid","klik")')).toBe(
      `"'=HYPERLINK(""http://example.invalid"",""klik"")"`,
    );
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(false)).toBe('false');
  });

  it('makes file names from safe characters only, naming a scope other than all', () => {
    expect(fileName('ks', { id: 'a"; b\r\nx: y/../', depth: 2, limit: 10 }, 'json')).toBe(
      'ks--a_b_x_y_-depth2.json',
    );
    expect(fileName('ks', null, 'graphml', 'MEANING')).toBe('ks-meaning.graphml');
    expect(fileName('ks', null, 'graphml', 'ALL')).toBe('ks.graphml');
    expect(fileName('ks', null, 'json', 'MEANING', true)).toBe('ks-meaning-filtered.json');
  });
});
