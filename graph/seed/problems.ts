// What is wrong with a seed file, where, and how it is printed: `file:line:col path: message`.
import { SEED_LIMITS } from './limits.js';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface SeedProblem {
  file: string;
  /** Where in the data: ['concepts', 3, 'label', 'en'] */
  path: PathSegment[];
  message: string;
  line: number;
  column: number;
}

/** A problem before its position is known. */
export interface UnplacedProblem {
  path: PathSegment[];
  message: string;
  /** Set when the position is known already (syntax errors). */
  at?: Position;
}

export function fieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function formatProblem(problem: SeedProblem): string {
  const where = fieldPath(problem.path);
  return `${problem.file}:${problem.line}:${problem.column} ${where === '' ? '(file)' : where}: ${problem.message}`;
}

/** Every problem on its own line, capped so a badly broken large file stays readable. */
export function formatProblems(problems: readonly SeedProblem[]): string {
  const shown = problems.slice(0, SEED_LIMITS.problemsShown).map(formatProblem);
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(`... and ${rest} more problem${rest === 1 ? '' : 's'}`);
  return shown.join('\n');
}

/** Thrown by the loader when a file does not validate; nothing has been written. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  readonly code = 'SEED_INVALID';
  constructor(readonly problems: SeedProblem[]) {
    const count = problems.length;
    super(
      `The seed file has ${count} problem${count === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
    );
  }
}
