// The three contenders and the operations they all answer, each in its own dialect.
import type { Plain } from '../../graph/plain.js';

export type ContenderName = 'ours' | 'raw' | 'peer';
export const CONTENDERS: readonly ContenderName[] = ['ours', 'raw', 'peer'];

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface RawCall {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * One thing a user asks, as each contender asks it, and how each answer maps to one canonical
 * form: a run checks that the three canonical forms are equal before it measures anything.
 */
export interface Operation {
  id: string;
  title: string;
  ours: GraphQLCall;
  /** Absent where the peer's generated API cannot express the question at all. */
  peer?: GraphQLCall;
  raw: RawCall;
  canonical: {
    ours(data: Plain): Plain;
    peer?(data: Plain): Plain;
    raw(rows: Plain[]): Plain;
  };
}

/** The contenders that can ask `op` (the peer sits out what it cannot express). */
export function answering(contenders: readonly Contender[], op: Operation): Contender[] {
  return contenders.filter((c) => c.name !== 'peer' || op.peer !== undefined);
}

export interface Contender {
  name: ContenderName;
  /** The answer (GraphQL `data`, or the raw rows); throws on any error. */
  call(op: Operation): Promise<Plain>;
  /** Cypher statements this contender has sent so far (servers count their own). */
  statements(): Promise<number>;
  /** The statements it sent after the `since`-th (servers keep the last few), for profiling. */
  recent?(since: number): Promise<{ cypher: string; params: unknown }[]>;
  /**
   * The cheapest round-trip this contender's transport allows (ours: an HTTP request the server
   * answers without work; raw: a Bolt `RETURN 1`), to show the floor under its latencies.
   */
  floor?(): Promise<void>;
  close(): Promise<void>;
}

export function canonicalOf(contender: ContenderName, op: Operation, answer: Plain): Plain {
  if (contender === 'raw') return op.canonical.raw(Array.isArray(answer) ? answer : []);
  if (contender === 'ours') return op.canonical.ours(answer);
  if (!op.canonical.peer) throw new Error(`the peer cannot answer ${op.id}`);
  return op.canonical.peer(answer);
}
