// Before anything is timed: every contender answers the operation, and the canonical forms must
// be equal. A benchmark where one side returns less data would measure nothing. The first call
// of each is a cold one (planning a new query can take seconds): it is timed and reported apart,
// and the answers compared are those of a second call.
import {
  canonicalOf,
  type Contender,
  type ContenderName,
  type Operation,
} from '../contenders/types.js';

export interface Agreement {
  op: string;
  agree: boolean;
  /** Canonical answers, kept only when they differ (to show what differed). */
  answers?: Partial<Record<ContenderName, string>>;
  errors?: Partial<Record<ContenderName, string>>;
  /** Each contender's first, cold answer (query planning and caches included), in ms. */
  coldMs: Partial<Record<ContenderName, number>>;
}

export async function checkAgreement(
  contenders: readonly Contender[],
  op: Operation,
): Promise<Agreement> {
  const answers: Partial<Record<ContenderName, string>> = {};
  const errors: Partial<Record<ContenderName, string>> = {};
  const coldMs: Partial<Record<ContenderName, number>> = {};
  for (const c of contenders) {
    const started = performance.now();
    await c.call(op).then(
      () => (coldMs[c.name] = Math.round(performance.now() - started)),
      () => undefined,
    );
    try {
      answers[c.name] = JSON.stringify(canonicalOf(c.name, op, await c.call(op)));
    } catch (error) {
      errors[c.name] = error instanceof Error ? error.message : String(error);
    }
  }
  const values = Object.values(answers);
  const agree =
    Object.keys(errors).length === 0 &&
    values.length === contenders.length &&
    values.every((v) => v === values[0]);
  if (agree) return { op: op.id, agree, coldMs };
  const clip = (v: string) => (v.length > 600 ? `${v.slice(0, 600)}…` : v);
  return {
    op: op.id,
    agree,
    answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, clip(v)])),
    errors,
    coldMs,
  };
}
