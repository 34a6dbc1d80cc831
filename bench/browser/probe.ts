// What runs inside the page: marks the moment the graph is laid out and painted, and counts
// animation frames while the bench pans and zooms. Kept as plain JavaScript text: functions
// compiled by tsx carry helper calls (`__name`) that do not exist in the page.
import type { Page } from 'playwright-core';

/** Installed before any page script: polls once per frame until the view says its layout is done. */
export const PROBE_SCRIPT = `
(() => {
  const probe = { rendered: null, nodes: 0, frames: 0, draws: 0, counting: false };
  window.__bench = probe;
  const check = () => {
    const cy = window.cy;
    const graph = document.getElementById('graph');
    if (cy && cy.nodes().length > 0 && graph && graph.dataset.layoutState === 'done') {
      probe.cy = cy;
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
  // Redraws as Cytoscape's render loop counts them (its renderer's redrawCount): the WebGL
  // renderer replaces the canvas one's drawing and emits no 'render' event, so counting events
  // saw none of its frames.
  const redraws = () => {
    const renderer = probe.cy && probe.cy.renderer && probe.cy.renderer();
    return renderer && typeof renderer.redrawCount === 'number' ? renderer.redrawCount : 0;
  };
  probe.start = () => {
    probe.frames = 0;
    probe.draws = 0;
    probe.redrawsAtStart = redraws();
    probe.counting = true;
    const tick = () => {
      if (!probe.counting) return;
      probe.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stop = () => redraws() - probe.redrawsAtStart;
})();`;

interface ProbeState {
  rendered: number | null;
  nodes: number;
  frames: number;
  draws: number;
  counting: boolean;
  start(): void;
  /** Redraws since start. */
  stop(): number;
}

/** Milliseconds from navigation start to the first frame showing the laid-out graph. */
export async function waitRendered(
  page: Page,
  timeoutMs: number,
): Promise<{ ms: number; nodes: number }> {
  await page.waitForFunction('window.__bench && window.__bench.rendered !== null', null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate<{ ms: number; nodes: number }>(
    '({ ms: window.__bench.rendered, nodes: window.__bench.nodes })',
  );
}

export async function startCounting(page: Page): Promise<void> {
  await page.evaluate('window.__bench.start()');
}

export async function stopCounting(page: Page): Promise<{ frames: number; draws: number }> {
  return page.evaluate<Pick<ProbeState, 'frames' | 'draws'>>(
    '(() => { const p = window.__bench; p.counting = false; p.draws = p.stop(); return { frames: p.frames, draws: p.draws }; })()',
  );
}
