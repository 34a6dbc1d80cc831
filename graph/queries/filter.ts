// The filter compiler's shared parts: the normalised filter trees it takes (validated by
// server/graphql/filter-input.ts) and the parameter collector. A compiled filter is a Cypher
// boolean expression built only from fixed fragments; every value it compares with is a
// parameter ($f0, $f1, ...), so the text varies with the filter's shape, never with its values.
import type { Basis, DirectionName } from './model.js';

/** Both ends included; a null end is open. */
export interface IntBounds {
  min: number | null;
  max: number | null;
}

/** A relation a concept must have or lack (RelationMatch); `types` already resolved by scope. */
export interface RelationMatchCondition {
  direction: DirectionName;
  types: string[];
  basis: Basis | null;
  otherKinds: string[] | null;
  otherIds: string[] | null;
}

/** A ConceptFilter after validation: absent keys are no condition. */
export interface ConceptCondition {
  kinds?: string[];
  ids?: string[];
  section?: string;
  sources?: string[];
  pages?: IntBounds;
  /** The degree range and the relation types it counts. */
  degree?: { range: IntBounds; types: string[] };
  /** Lower-cased. */
  text?: string;
  hasRelation?: RelationMatchCondition;
  lacksRelation?: RelationMatchCondition;
  and?: ConceptCondition[];
  or?: ConceptCondition[];
  not?: ConceptCondition;
}

/** A RelationFilter after validation: absent keys are no condition. */
export interface RelationCondition {
  types?: string[];
  ids?: string[];
  basis?: Basis;
  from?: string;
  to?: string;
  concept?: string;
  fromKinds?: string[];
  toKinds?: string[];
  sources?: string[];
  pages?: IntBounds;
  /** Lower-cased. */
  text?: string;
  and?: RelationCondition[];
  or?: RelationCondition[];
  not?: RelationCondition;
}

/** Collects a statement's filter parameters under generated names, and fresh variable names. */
export class FilterParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private nextVariable = 0;

  /** The parameter reference (`$f3`) for a value. */
  add(value: unknown): string {
    const name = `f${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** A variable name no other part of the statement uses (subqueries import outer names). */
  variable(prefix: string): string {
    return `${prefix}${this.nextVariable++}`;
  }
}

/** The expression when nothing is asked. */
export const ALWAYS = 'true';

/** Conditions that must all hold (those that always hold left out); none is ALWAYS. */
export function allOf(conditions: string[]): string {
  const real = conditions.filter((c) => c !== ALWAYS);
  if (real.length === 0) return ALWAYS;
  if (real.length === 1) return real[0] ?? ALWAYS;
  return real.map((c) => `(${c})`).join(' AND ');
}

/** At least one must hold: an empty list never holds, a member that always holds always does. */
export function anyOf(conditions: string[]): string {
  if (conditions.length === 0) return 'false';
  if (conditions.includes(ALWAYS)) return ALWAYS;
  if (conditions.length === 1) return conditions[0] ?? 'false';
  return conditions.map((c) => `(${c})`).join(' OR ');
}

/** NOT of a condition; NOT of an empty filter (ALWAYS) is no condition, as the empty filter is. */
export function negated(condition: string): string[] {
  return condition === ALWAYS ? [] : [`NOT (${condition})`];
}

/**
 * A comparison on a property that may be missing is null there; coalesce makes it false, so that
 * NOT of it holds (a concept without a page is "not on page 3").
 */
export function definite(expression: string): string {
  return `coalesce(${expression}, false)`;
}

/** `expression` within the bounds (it may be null: then false). */
export function inRange(expression: string, bounds: IntBounds, params: FilterParams): string[] {
  const out: string[] = [];
  if (bounds.min !== null) out.push(definite(`${expression} >= ${params.add(bounds.min)}`));
  if (bounds.max !== null) out.push(definite(`${expression} <= ${params.add(bounds.max)}`));
  return out;
}

/** Lower-cased substring of any of the properties (missing ones are empty). */
export function containsText(properties: string[], text: string, params: FilterParams): string {
  const ref = params.add(text);
  return properties.map((p) => `toLower(coalesce(${p}, '')) CONTAINS ${ref}`).join(' OR ');
}
