// What runs inside the page: marks the moment the graph is laid out and painted, and counts
// animation frames while the bench pans and zooms. Plain functions serialised into the page
// (no closures over Node values).
import type { Page } from 'playwright-core';

interface Probe {
  rendered: number | null;
  nodes: number;
  frames: number;
  draws: number;
  counting: boolean;
}

type ProbeWindow = Window & {
  __bench?: Probe;
  cy?: { nodes(): { length: number }; on(event: string, handler: () => void): void };
};

/** Installed before any page script: polls once per frame until the view says its layout is done. */
export function installProbe(): void {
  const w = window as ProbeWindow;
  const probe: Probe = { rendered: null, nodes: 0, frames: 0, draws: 0, counting: false };
  w.__bench = probe;
  const check = () => {
    const cy = w.cy;
    const done = document.getElementById('graph')?.dataset.layoutState === 'done';
    if (cy && cy.nodes().length > 0 && done) {
      cy.on('render', () => {
        if (probe.counting) probe.draws++;
      });
      // The frame after the layout is done is the first that shows it.
      requestAnimationFrame(() => {
        probe.rendered = performance.now();
        probe.nodes = cy.nodes().length;
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Milliseconds from navigation start to the first frame showing the laid-out graph. */
export async function waitRendered(page: Page, timeoutMs: number): Promise<{ ms: number; nodes: number }> {
  await page.waitForFunction(() => (window as ProbeWindow).__bench?.rendered != null, null, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => {
    const p = (window as ProbeWindow).__bench!;
    return { ms: p.rendered ?? Number.NaN, nodes: p.nodes };
  });
}

export async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = (window as ProbeWindow).__bench!;
    p.frames = 0;
    p.draws = 0;
    p.counting = true;
    const tick = () => {
      if (!p.counting) return;
      p.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function stopCounting(page: Page): Promise<{ frames: number; draws: number }> {
  return page.evaluate(() => {
    const p = (window as ProbeWindow).__bench!;
    p.counting = false;
    return { frames: p.frames, draws: p.draws };
  });
}
