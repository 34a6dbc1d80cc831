// Accept-Encoding as clients send it: browsers, curl, proxies, and the odd hand-written header.
import { describe, expect, it } from 'vitest';
import { chooseEncoding, parseAcceptEncoding } from './negotiate.js';

describe('parseAcceptEncoding', () => {
  it('reads codings with their weights, lowercased, defaulting to 1', () => {
    expect([...parseAcceptEncoding('gzip, deflate, BR;q=0.8, *;q=0.1')]).toEqual([
      ['gzip', 1],
      ['deflate', 1],
      ['br', 0.8],
      ['*', 0.1],
    ]);
  });

  it('drops entries whose q-value does not parse and keeps the rest', () => {
    expect([
      ...parseAcceptEncoding('br;q=2, gzip;q=abc, identity;q=0.5, deflate;q=0.1234'),
    ]).toEqual([['identity', 0.5]]);
  });

  it('reads x-gzip as gzip and spaces around separators', () => {
    expect(parseAcceptEncoding(' x-gzip ; q = 0.5 ').get('gzip')).toBe(0.5);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli when a browser takes both', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
  });

  it('honours q-values over the server preference', () => {
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.1, gzip;q=0.2, identity;q=0.3')).toBe('identity');
  });

  it('takes gzip from a client that knows no brotli', () => {
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
  });

  it('sends identity without a header, with an empty one, and for codings it cannot send', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('deflate, zstd')).toBe('identity');
  });

  it('never sends a coding the client refuses with q=0', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('gzip;q=0.000')).toBe('identity');
  });

  it('lets * stand for every coding not named, identity included', () => {
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
  });

  it('answers null when nothing offered is acceptable, identity refused included', () => {
    expect(chooseEncoding('identity;q=0')).toBeNull();
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('br;q=0.1, identity;q=0', ['gzip', 'identity'])).toBeNull();
  });

  it('chooses only among what is offered (a file without a .br beside it)', () => {
    expect(chooseEncoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip', 'identity'])).toBe('identity');
  });

  it('reads a header sent in several lines', () => {
    expect(chooseEncoding(['gzip;q=0.5', 'br;q=0.4, identity;q=0'])).toBe('gzip');
  });
});
