import { describe, expect, it } from 'vitest';
import { parseScale, queryFromView, SCALE_RANGE, viewFromQuery } from './url.js';

describe('the text size in the address (?scale=)', () => {
  it('reads values in range, to two decimals', () => {
    expect(parseScale('1.5')).toBe(1.5);
    expect(parseScale('2')).toBe(2);
    expect(parseScale(String(SCALE_RANGE.max))).toBe(SCALE_RANGE.max);
    expect(parseScale('1.333')).toBe(1.33);
  });

  it('falls back to 1 for anything else', () => {
    for (const bad of [null, '', 'abc', '0', '-1', '0.5', '3', 'Infinity', 'NaN', '1e9']) {
      expect(parseScale(bad)).toBe(1);
    }
  });

  it('is kept in the view and written back only when not 1', () => {
    const view = viewFromQuery('?g=x&scale=1.25');
    expect(view.scale).toBe(1.25);
    expect(queryFromView(view)).toContain('scale=1.25');
    expect(queryFromView({ ...view, scale: 1 })).not.toContain('scale');
  });
});
