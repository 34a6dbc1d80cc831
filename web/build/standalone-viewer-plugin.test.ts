import { describe, expect, it } from 'vitest';
import { bundleStandaloneViewer } from './standalone-viewer-plugin.js';

describe('the standalone viewer bundle', () => {
  it('is one classic script built from the viewer and the modules it shares', async () => {
    const { script, files } = await bundleStandaloneViewer();
    // An IIFE: no module syntax, so it runs as the file's plain inline <script>.
    expect(script).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(script).not.toMatch(/\bimport\s*[{("']|\bexport\s*[{*]/);
    expect(script).not.toMatch(/<\/script/i);
    const names = files.map((f) => f.replaceAll('\\', '/'));
    for (const file of ['standalone/entry.ts', 'export/geometry.ts', 'i18n/index.ts'])
      expect(names.some((name) => name.endsWith(`/web/src/${file}`))).toBe(true);
  });
});
