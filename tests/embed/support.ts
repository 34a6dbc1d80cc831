// Helpers for the embed tests: embed links, downloads read back, a PNG's size, a story link.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error('Not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error('The download has no file');
  return readFile(path);
}

export function storyParam(steps: { name: string; query: string }[]): string {
  return Buffer.from(JSON.stringify({ v: 1, title: 'Test story', steps })).toString('base64url');
}

/**
 * Distinct colours in a PNG (drawn in the page): a blank picture has one. `fromX` counts only the
 * part right of that column; `stride` samples every n-th pixel (1: all of them). Stops at 50.
 */
export async function colourCount(
  page: Page,
  png: Buffer,
  { fromX = 0, stride = 97 }: { fromX?: number; stride?: number } = {},
): Promise<number> {
  return page.evaluate(
    async ({ b64, from, step }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(from, 0, image.width - from, image.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length && seen.size < 50; i += 4 * step) {
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      return seen.size;
    },
    { b64: png.toString('base64'), from: fromX, step: stride },
  );
}
