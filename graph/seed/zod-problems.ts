// zod issues as seed problems, and which fields of which list entries they make unusable.
import type { z } from 'zod';
import type { PathSegment, UnplacedProblem } from './problems.js';

type Issue = z.core.$ZodIssue;

function pathOf(issue: Issue): PathSegment[] {
  return issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
}

export function issuesToProblems(issues: readonly Issue[]): UnplacedProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: [...pathOf(issue), k], message: `unknown field "${k}"` }))
      : [{ path: pathOf(issue), message: issue.message }],
  );
}

/** `list → index → fields` with a problem of their own; the cross-checks skip just those fields. */
export type BrokenFields = Map<string, Map<number, Set<string>>>;

export function brokenFields(issues: readonly Issue[]): BrokenFields {
  const broken: BrokenFields = new Map();
  for (const issue of issues) {
    const [list, index, field] = issue.path;
    if (typeof list !== 'string' || typeof index !== 'number' || typeof field !== 'string')
      continue;
    const byIndex = broken.get(list) ?? new Map<number, Set<string>>();
    const fields = byIndex.get(index) ?? new Set<string>();
    fields.add(field);
    byIndex.set(index, fields);
    broken.set(list, byIndex);
  }
  return broken;
}
