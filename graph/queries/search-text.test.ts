// The pure helpers behind search: folding, tokens, the Lucene query and the best field.
import { describe, expect, it } from 'vitest';
import { bestField, escapeLucene, fold, luceneQuery, tokens } from './search-text.js';

describe('search text', () => {
  it('folds diacritics and case', () => {
    expect(fold('Bhinnéka TUNGGAL Ïka')).toBe('bhinneka tunggal ika');
  });

  it('keeps words only, at most eight, each once', () => {
    expect(tokens('forum AND ( "x" forum').map((t) => t.folded)).toEqual(['forum', 'and', 'x']);
    expect(tokens('a b c d e f g h i j')).toHaveLength(8);
    expect(tokens('!!! *** ~~~')).toEqual([]);
  });

  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('builds exact, prefix and fuzzy alternatives per word, per field', () => {
    expect(luceneQuery('Bhinnéka ok', 'EN')).toBe(
      '(labelEn:(bhinneka^4 OR bhinneka*^2 OR bhinneka~1 OR bhinnéka^4 OR bhinnéka*^2 OR bhinnéka~1)^3 OR ' +
        'definitionEn:(bhinneka^4 OR bhinneka*^2 OR bhinneka~1 OR bhinnéka^4 OR bhinnéka*^2 OR bhinnéka~1)) AND ' +
        '(labelEn:(ok^4 OR ok*^2)^3 OR definitionEn:(ok^4 OR ok*^2))',
    );
    expect(luceneQuery('  ', null)).toBeNull();
  });

  it('tells which field matched best', () => {
    const values = {
      labelId: 'Penerimaan sosial',
      labelEn: 'Social acceptance',
      definitionId: null,
      definitionEn: 'Accepting each other',
    };
    expect(bestField(values, 'acceptance', null)).toBe('labelEn');
    expect(bestField(values, 'acceptence', null)).toBe('labelEn');
    expect(bestField(values, 'each other', null)).toBe('definitionEn');
    expect(bestField(values, 'penerimaan', 'EN')).toBe('labelId');
  });
});
