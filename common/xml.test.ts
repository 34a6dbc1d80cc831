import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml.js';

describe('XML escaping (GraphML and SVG)', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008\uFFFE\uD800ok 😀`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok 😀',
    );
  });
});
