// A terminal progress bar for long loads: redrawn in place on a terminal, a line per tenth
// otherwise (CI logs), and silent for loads too small to need one.
import type { LoadProgress } from './load.js';

/** Loads of fewer elements than this finish in a second or two; a bar would only flicker. */
export const PROGRESS_BAR_THRESHOLD = 10_000;

const PHASES: Record<LoadProgress['phase'], string> = {
  stage: 'writing the new version',
  switch: 'switching it in',
  tidy: 'removing the old version',
};

export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
): (p: LoadProgress) => void {
  const started = performance.now();
  let lastTenth = -1;
  let lastDraw = 0;
  return (p) => {
    if (p.total < PROGRESS_BAR_THRESHOLD) return;
    const fraction = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
    const seconds = (performance.now() - started) / 1000;
    // Only staging writes elements: past it, a rate would only fall as the clock runs on.
    const rate =
      p.phase === 'stage' && seconds > 0 ? ` (${Math.round(p.done / seconds)} elements/s)` : '';
    const text = `${(fraction * 100).toFixed(0).padStart(3)}% ${p.done}/${p.total} ${PHASES[p.phase]}${rate}`;
    if (stream.isTTY) {
      const now = performance.now();
      if (now - lastDraw < 100 && p.phase === 'stage') return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\u001b[K`);
      if (p.phase === 'tidy') stream.write('\n');
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth > lastTenth || p.phase !== 'stage') {
      lastTenth = tenth;
      stream.write(`${text}\n`);
    }
  };
}
