// Profiles an operation: replays with PROFILE every statement our server sent for one request,
// and the raw contender's single statement, and reports where the database hits go.
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { DatabaseConnection } from '../../graph/db.js';
import type { Contender, Operation } from '../contenders/types.js';
import { round } from '../load/stats.js';

export interface OperatorCost {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

export interface StatementProfile {
  cypher: string;
  dbHits: number;
  rows: number;
  ms: number;
  /** The operators with the most database hits. */
  top: OperatorCost[];
}

export interface ProfileReport {
  op: string;
  why: string;
  ours: StatementProfile[];
  raw: StatementProfile;
}

function flatten(plan: ProfiledPlan): OperatorCost[] {
  const details = plan.arguments?.Details;
  const own: OperatorCost = {
    operator: plan.operatorType,
    dbHits: plan.dbHits,
    rows: plan.rows,
    details: typeof details === 'string' ? details.slice(0, 160) : '',
  };
  return [own, ...plan.children.flatMap(flatten)];
}

async function profileStatement(
  driver: Driver,
  database: string,
  cypher: string,
  params: unknown,
): Promise<StatementProfile> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const text = `PROFILE ${cypher.replace(/^\s*CYPHER \d+\s*/, '')}`;
    // The first run plans the PROFILE variant; the second shows the cost of execution alone.
    const parameters = params as Record<string, unknown>;
    await session.run(text, parameters);
    const started = performance.now();
    const result = await session.run(text, parameters);
    const ms = performance.now() - started;
    const plan = result.summary.profile;
    const operators = plan ? flatten(plan) : [];
    return {
      cypher: cypher.trim().replace(/\s+/g, ' ').slice(0, 400),
      dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0),
      rows: result.records.length,
      ms: round(ms, 1),
      top: [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3),
    };
  } finally {
    await session.close();
  }
}

export async function profileOperation(
  config: DatabaseConnection,
  ours: Contender,
  op: Operation,
  why: string,
): Promise<ProfileReport> {
  const statement = op.raw;
  if (!statement) throw new Error(`${op.id} has no raw statement to compare with`);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const before = await ours.statements();
    await ours.call(op);
    const sent = (await ours.recent?.(before)) ?? [];
    const profiles: StatementProfile[] = [];
    for (const s of sent)
      profiles.push(await profileStatement(driver, config.database, s.cypher, s.params));
    const raw = await profileStatement(driver, config.database, statement.cypher, statement.params);
    return { op: op.id, why, ours: profiles, raw };
  } finally {
    await driver.close();
  }
}
