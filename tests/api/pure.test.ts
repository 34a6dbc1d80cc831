// The pure helpers behind search and exports, without a server.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import {
  bestField,
  escapeLucene,
  fold,
  luceneQuery,
  tokens,
} from '../../graph/queries/search-text.js';
import { csvCell } from '../../server/export/csv.js';
import { escapeXml as xmlEscape } from '../../common/xml.js';
import { fileName } from '../../server/export/route.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';
import { encodeCursor, startAfter } from '../../server/graphql/cursor.js';
import { badInput, maskError } from '../../server/graphql/errors.js';

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

describe('export encoding', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0000\u0008\uFFFE\uD800ok 😀`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok 😀',
    );
  });

  it('quotes CSV cells only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(11)).toBe('11');
    expect(csvCell(null)).toBe('');
  });

  it('makes file names from safe characters only', () => {
    expect(fileName('ks', { id: 'a"; b\r\nx: y/../', depth: 2, limit: 10 }, 'json')).toBe(
      'ks--a_b_x_y_-depth2.json',
    );
  });
});

describe('cursors', () => {
  it('round-trip and refuse anything else', () => {
    expect(startAfter(encodeCursor(41))).toBe(42);
    expect(startAfter(null)).toBe(0);
    expect(() => startAfter('garbage')).toThrow(/not a cursor/);
    expect(() => startAfter(Buffer.from('o:-1').toString('base64url'))).toThrow(/not a cursor/);
  });
});

describe('error masking', () => {
  const located = (originalError: Error) =>
    createGraphQLError(originalError.message, { path: ['concepts'], originalError });

  it('turns a database outage into SERVICE_UNAVAILABLE with HTTP 503, without its details', () => {
    const masked = maskError(
      located(
        new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 10.0.0.5:7687'),
      ),
      'x',
    );
    expect(masked.message).toMatch(/not reachable right now/);
    expect(masked.message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
    expect((masked as GraphQLError).extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
    expect((masked as GraphQLError).path).toEqual(['concepts']);
  });

  it('turns a transaction timeout into TIMEOUT with HTTP 504', () => {
    const masked = maskError(located(new DatabaseTimeoutError('slow')), 'x') as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'TIMEOUT', http: { status: 504 } });
  });

  it('lets expected errors through and masks the rest', () => {
    const expected = maskError(
      located(badInput('`first` is too big')),
      'Unexpected error.',
    ) as GraphQLError;
    expect(expected.message).toBe('`first` is too big');
    expect(expected.extensions.code).toBe('BAD_USER_INPUT');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const masked = maskError(
      located(new Error('password=hunter2 at bolt://db')),
      'Unexpected error.',
    ) as GraphQLError;
    quiet.mockRestore();
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
