// Argument checks against the API's bounds (common/limits.ts), with errors that say how to fix it.
import { LIMITS } from '../../common/limits.js';
import { badInput } from './errors.js';

/** An integer argument within [min, max], or a BAD_USER_INPUT error that says how to fix it. */
export function bounded(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    const hint = name === 'first' && min === 0 ? '; page through the rest with `after`' : '';
    throw badInput(`\`${name}\` must be between ${min} and ${max} (got ${v})${hint}.`);
  }
  return v;
}

export function boundedList<T>(name: string, list: readonly T[] | null | undefined): T[] | null {
  if (list === null || list === undefined) return null;
  if (list.length > LIMITS.filterList) {
    throw badInput(
      `\`${name}\` may list at most ${LIMITS.filterList} values (got ${list.length}).`,
    );
  }
  return [...list];
}
