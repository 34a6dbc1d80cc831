// Counts Cypher statements sent to Neo4j, the same way for every contender in a process: by
// wrapping the driver's ManagedTransaction.run (statements in transaction functions) and
// Session.run (auto-commit statements). (Our Database has
// onQuery for this; @neo4j/graphql has no such hook, so one counter serves both alike.) The last
// statements are kept too, so the profile step can replay exactly what a request sent.
import neo4j from 'neo4j-driver';
import { toPlain } from '../../graph/plain.js';

export interface RecordedStatement {
  seq: number;
  cypher: string;
  params: unknown;
}

const KEEP = 64;
let statements = 0;
const recent: RecordedStatement[] = [];
let installed = false;

export function installStatementCounter(): void {
  if (installed) return;
  installed = true;
  countCalls(neo4j.ManagedTransaction.prototype);
  countCalls(neo4j.Session.prototype);
}

function countCalls(proto: { run: (...args: never[]) => unknown }): void {
  const run = proto.run;
  proto.run = function counted(this: unknown, ...args: Parameters<typeof run>) {
    record(args[0], args[1]);
    return run.apply(this, args);
  };
}

function record(query: unknown, params: unknown): void {
  statements++;
  const cypher =
    typeof query === 'string'
      ? query
      : typeof query === 'object' && query !== null && 'text' in query
        ? String(query.text)
        : '';
  // Plain, so the report travels as JSON.
  recent.push({ seq: statements, cypher, params: toPlain(params ?? {}) });
  if (recent.length > KEEP) recent.shift();
}

export interface CounterReport {
  statements: number;
  recent: RecordedStatement[];
}

export function counterReport(): CounterReport {
  return { statements, recent: [...recent] };
}

/** Path of the counter's endpoint on the bench servers (never part of the product). */
export const COUNTER_PATH = '/__bench/statements';
