// A scripted pan and zoom with real input events (so Cytoscape takes its own gesture paths, as
// for a person), repeated until the time is up, and the frames the page painted meanwhile.
import type { Page } from 'playwright-core';
import { startCounting, stopCounting } from './probe.js';

export interface FrameRate {
  /** Animation frames per second while panning and zooming. */
  fps: number;
  /** Cytoscape redraws per second over the same time. */
  drawsPerSecond: number;
  ms: number;
}

const MAX_ROUNDS = 50;

export async function panAndZoom(page: Page, durationMs: number): Promise<FrameRate> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('No #graph container on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Drag from a corner, where the fitted graph leaves empty background (a drag there pans).
  const corner = { x: box.x + 8, y: box.y + 8 };
  await startCounting(page);
  const t0 = Date.now();
  for (let round = 0; round < MAX_ROUNDS && Date.now() - t0 < durationMs; round++) {
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + box.width / 4, corner.y + box.height / 4, { steps: 15 });
    await page.mouse.move(corner.x, corner.y, { steps: 15 });
    await page.mouse.up();
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 120);
  }
  const ms = Date.now() - t0;
  const { frames, draws } = await stopCounting(page);
  return { fps: (frames * 1000) / ms, drawsPerSecond: (draws * 1000) / ms, ms };
}
