// A small seeded PRNG (mulberry32): the same seed gives the same numbers, so a layout comes out
// the same way for everyone and a failing fuzz run repeats exactly from its seed.

/** mulberry32: tiny, fast, and good enough for layout jitter and test inputs (not for secrets). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
