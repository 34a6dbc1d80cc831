// The build's precompression: .br and .gz beside each text file, the same bytes once decoded,
// nothing for files it cannot shrink or formats that are compressed already.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.js';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes brotli and gzip copies of text files that decode to the original', async () => {
    mkdirSync(join(dir, 'assets'));
    const script = Buffer.from('export const words = ['.concat('"graph", '.repeat(500), '];\n'));
    writeFileSync(join(dir, 'assets', 'app.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>hello</p>'.repeat(100)}`);
    writeFileSync(join(dir, 'tiny.txt'), 'a');
    writeFileSync(join(dir, 'logo.png'), script);

    const done = await precompressDir(dir);

    const app = join(dir, 'assets', 'app.js');
    expect(brotliDecompressSync(readFileSync(`${app}.br`)).equals(script)).toBe(true);
    expect(gunzipSync(readFileSync(`${app}.gz`)).equals(script)).toBe(true);
    expect(readFileSync(`${app}.br`).length).toBeLessThan(readFileSync(`${app}.gz`).length);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
    // One byte does not get smaller; a PNG is compressed already.
    expect(existsSync(join(dir, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'logo.png.br'))).toBe(false);
    expect(done.map((d) => d.file).sort()).toEqual(
      [app, join(dir, 'index.html'), join(dir, 'tiny.txt')].sort(),
    );
  });
});
