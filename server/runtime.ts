// Process-wide settings for a serving process (the product's server and the benchmarked ones).
import { readRuntimeConfig, type RuntimeConfig } from './config.js';

/**
 * Stack traces are not mapped back to TypeScript outside development. tsx turns source maps on,
 * which makes every `error.stack` read map each frame, and neo4j-driver reads one for every
 * result it creates (so that a later failure can say where the query came from): with maps on,
 * that was about a tenth of a millisecond per statement, on every request. Positions in logged
 * stacks then refer to tsx's transpiled output, which keeps file names and nearly all lines.
 */
export function tuneRuntimeForServing(config: RuntimeConfig = readRuntimeConfig()): void {
  if (config.mapStackTraces) return;
  process.setSourceMapsEnabled(false);
}
