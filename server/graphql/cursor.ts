// Opaque cursors. They hold a position in a stable total order (ties broken by id), and a graph is
// immutable between loads, so positions neither skip nor repeat while a client pages through.
import { badInput } from './errors.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset to start at: 0 without a cursor, one past the cursor's item with one. */
export function startAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('`after` is not a cursor returned by this API.');
  return Number(match[1]) + 1;
}
