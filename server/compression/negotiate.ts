// Content negotiation of Accept-Encoding (RFC 9110, section 12.5.3): which of the codings we can
// send a client takes, honouring its q-values, a `*`, and an identity it refuses.

/** The codings the server can send, best first: brotli is smaller than gzip for the same text. */
export const CODINGS = ['br', 'gzip', 'identity'] as const;
export type Coding = (typeof CODINGS)[number];

/** A q-value as the RFC writes it: 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The weights a header gives, by lowercased coding (`x-gzip` is gzip's old name). An entry whose
 * q-value does not parse is dropped rather than guessed at.
 */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim());
    if (name === '') continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=').map((part) => part.trim());
      if (key.toLowerCase() !== 'q') continue;
      if (!QVALUE.test(value)) valid = false;
      else q = Number(value);
    }
    if (!valid) continue;
    const coding = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    // Repeated codings: the most generous weight stands.
    weights.set(coding, Math.max(q, weights.get(coding) ?? 0));
  }
  return weights;
}

function weightOf(weights: Map<string, number>, coding: Coding): number {
  const own = weights.get(coding);
  if (own !== undefined) return own;
  const any = weights.get('*');
  if (any !== undefined) return any;
  // Identity is acceptable unless refused by name or by `*;q=0`; any other coding must be named.
  return coding === 'identity' ? 1 : 0;
}

/**
 * The coding to send: the one the client weighs highest among `offered`, ties going to the
 * earlier in `offered` (so br before gzip before identity). No header: identity (an old client or
 * a script that never asked for compression). Null when the client accepts none of them.
 */
export function chooseEncoding(
  header: string | string[] | undefined,
  offered: readonly Coding[] = CODINGS,
): Coding | null {
  if (header === undefined) return offered.includes('identity') ? 'identity' : null;
  const weights = parseAcceptEncoding(Array.isArray(header) ? header.join(',') : header);
  let best: Coding | null = null;
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = weightOf(weights, coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
