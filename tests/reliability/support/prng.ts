// A seeded PRNG (common/random.ts), so a failing fuzz run repeats exactly from its seed.
import { seededRandom } from '../../../common/random.js';

export const prng = seededRandom;

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export const FULL = process.env.RELIABILITY_FULL === '1';
