// Small readers for plain JSON answers: tolerant, so a missing field shows up as a mismatch in
// the equality check rather than as a crash in the middle of a run.
import type { Plain } from '../../graph/plain.js';

export type PlainObject = { [key: string]: Plain };

export function obj(value: Plain | undefined): PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

export function arr(value: Plain | undefined): Plain[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: Plain | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

/** Follows a path of keys through nested objects. */
export function at(value: Plain | undefined, ...keys: string[]): Plain {
  let current: Plain = value ?? null;
  for (const key of keys) current = obj(current)[key] ?? null;
  return current;
}

export function sortedIds(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * The same value with every object's keys sorted (arrays keep their order): two answers with the
 * same data compare equal even when the executors put the fields in another order.
 */
export function sortedKeys(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key] ?? null)]),
  );
}
