// The seed loader's public face: validate a seed file, load it, and tell whether it needs loading;
// list and remove loaded graphs; report on a seed's quality.
export { listGraphs, type GraphListing } from './catalog.js';
export { ensureSeedLoaded, graphContentHash, loadedContentHash, needsLoad } from './freshness.js';
export {
  ensureSeedSchema,
  loadSeed,
  loadSeedFile,
  type LoadOptions,
  type LoadProgress,
} from './load.js';
export { SEED_LIMITS } from './limits.js';
export type { SeedGraph, SeedRelation } from './model.js';
export {
  formatProblem,
  formatProblems,
  SeedValidationError,
  type SeedProblem,
} from './problems.js';
export { GraphNotFoundError, removeGraph, type RemoveSummary } from './remove.js';
export { reportSeed, type GraphReport, type ReportOptions } from './report.js';
export { seedFileSchema, type SeedFile } from './schema.js';
export { countSeed, formatSummary, type LoadSummary, type SeedCounts } from './summary.js';
export { validateSeedFile, validateSeedText, type ValidationResult } from './validate.js';
