// The entries of a parsed file as the cross-checks see them: every map in a list, minus the
// fields zod found wrong, so one bad field hides no other problem of the same entry.
import type { BrokenFields } from './zod-problems.js';

export interface Indexed<T> {
  index: number;
  entry: T;
  /** Fields left out because zod reported them already. */
  broken?: ReadonlySet<string>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function usableEntries<T>(
  root: Record<string, unknown>,
  list: string,
  broken: BrokenFields,
): Indexed<Partial<T>>[] {
  const entries = root[list];
  if (!Array.isArray(entries)) return [];
  const brokenHere = broken.get(list);
  return entries.flatMap((entry: unknown, index) => {
    if (!isRecord(entry)) return [];
    const bad = brokenHere?.get(index);
    const kept = bad
      ? Object.fromEntries(Object.entries(entry).filter(([field]) => !bad.has(field)))
      : entry;
    return [{ index, entry: kept as Partial<T>, ...(bad ? { broken: bad } : {}) }];
  });
}

/** Entries that have a (valid) string id. */
export function withId<T extends { id?: string | undefined }>(
  entries: Indexed<T>[],
): Indexed<T & { id: string }>[] {
  return entries.filter((e): e is Indexed<T & { id: string }> => typeof e.entry.id === 'string');
}
