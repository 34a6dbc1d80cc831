import { describe, expect, it } from 'vitest';
import { pick, t } from './index.js';

describe('the interface strings', () => {
  it('looks up every area in both languages and fills in values', () => {
    expect(t('en', 'pathLength', { n: 2, length: 3 })).toBe('Path 2 (3 relations)');
    expect(t('id', 'embed.share')).toBe('Bagikan / Sematkan');
    expect(t('en', 'story.caption', { n: 1, count: 4 })).toBe('Step 1 of 4');
    expect(t('id', 'viewer.zoomIn')).toBe('Perbesar');
  });

  it('leaves braces that are not a named value alone', () => {
    expect(t('en', 'story.badFile')).toContain('{"v":1,"steps":[…]}');
    expect(t('en', 'story.stepName')).toBe('Step {n}');
  });

  it('picks the wanted language, else the other', () => {
    expect(pick({ id: 'graf', en: null }, 'en')).toBe('graf');
    expect(pick(null, 'id')).toBe('');
  });
});
