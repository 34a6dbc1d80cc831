// The seed loader's public face: validate a seed file, load it, and tell whether it needs loading.
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
export { seedFileSchema, type SeedFile } from './schema.js';
export { countSeed, formatSummary, type LoadSummary, type SeedCounts } from './summary.js';
export { validateSeedFile, validateSeedText, type ValidationResult } from './validate.js';
