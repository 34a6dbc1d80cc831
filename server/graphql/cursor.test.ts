import { describe, expect, it } from 'vitest';
import { encodeCursor, startAfter } from './cursor.js';

describe('cursors', () => {
  it('round-trip and refuse anything else', () => {
    expect(startAfter(encodeCursor(41))).toBe(42);
    expect(startAfter(null)).toBe(0);
    expect(() => startAfter('garbage')).toThrow(/not a cursor/);
    expect(() => startAfter(Buffer.from('o:-1').toString('base64url'))).toThrow(/not a cursor/);
  });
});
