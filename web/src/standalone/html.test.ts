import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inertJson, standaloneHtml } from './html.js';
import { standaloneData } from './test-fixtures.js';

const data = standaloneData({ title: { id: '</title><script>x()</script>', en: 'Graph' } });

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the standalone HTML file', () => {
  it('allows exactly its inline script and style, by hash', async () => {
    const script = 'document.title="ok";';
    const css = 'body{margin:0}';
    const html = await standaloneHtml(data, script, css);
    expect(html).toContain(`script-src ${hash(script)}`);
    expect(html).toContain(`style-src ${hash(css)}`);
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain("default-src 'none'");
  });

  it('keeps markup in the title and data as text', async () => {
    const html = await standaloneHtml(data, '', '');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
    expect(inertJson({ a: '</script><!--' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--"}');
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('cannot let a script end its own block early', async () => {
    const html = await standaloneHtml(data, 'let s="</script>";', '');
    expect(html).toContain('let s="<\\/script>";</script>');
  });
});
