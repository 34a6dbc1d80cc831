// Layouts draw random numbers (fcose's spectral sampling, cose's jitter). Running them with a
// fixed seed makes the same graph come out the same way, so a shared link shows the same picture.

import { seededRandom } from '../../../../common/random.js';

export { seededRandom };

/** Runs `work` with Math.random replaced by a seeded generator, restoring it afterwards. */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/** A stable seed from the node ids, so different graphs still get different (fixed) layouts. */
export function seedFrom(ids: readonly string[]): number {
  let hash = 2166136261;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}
