// Colour arithmetic for node fills: a kind's colour, softened toward the background, keeps the
// label (drawn in the theme's text colour) readable in both themes.

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const clean = hex.replace('#', '');
  const full = clean.length === 3 ? clean.replace(/./g, (c) => c + c) : clean.padEnd(6, '0');
  const n = Number.parseInt(full.slice(0, 6), 16);
  return Number.isNaN(n) ? [128, 128, 128] : [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `color` over `base` (0 = base, 1 = color). */
export function mix(color: string, base: string, amount: number): string {
  const [cr, cg, cb] = parseHex(color);
  const [br, bg, bb] = parseHex(base);
  const blend = (from: number, to: number) => from + (to - from) * amount;
  return toHex([blend(br, cr), blend(bg, cg), blend(bb, cb)]);
}
