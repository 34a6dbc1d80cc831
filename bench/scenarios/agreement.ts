// Before anything is timed: every contender answers the operation once, and the canonical forms
// must be equal. A benchmark where one side returns less data would measure nothing.
import { canonicalOf, type Contender, type ContenderName, type Operation } from '../contenders/types.js';

export interface Agreement {
  op: string;
  agree: boolean;
  /** Canonical answers, kept only when they differ (to show what differed). */
  answers?: Partial<Record<ContenderName, string>>;
  errors?: Partial<Record<ContenderName, string>>;
}

export async function checkAgreement(contenders: readonly Contender[], op: Operation): Promise<Agreement> {
  const answers: Partial<Record<ContenderName, string>> = {};
  const errors: Partial<Record<ContenderName, string>> = {};
  for (const c of contenders) {
    try {
      answers[c.name] = JSON.stringify(canonicalOf(c.name, op, await c.call(op)));
    } catch (error) {
      errors[c.name] = error instanceof Error ? error.message : String(error);
    }
  }
  const values = Object.values(answers);
  const agree = Object.keys(errors).length === 0 && values.length === contenders.length && values.every((v) => v === values[0]);
  if (agree) return { op: op.id, agree };
  const clip = (v: string) => (v.length > 600 ? `${v.slice(0, 600)}…` : v);
  return {
    op: op.id,
    agree,
    answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, clip(v)])),
    errors,
  };
}
