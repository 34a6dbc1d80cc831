// The physical limit: neo4j-driver running the equivalent Cypher directly in the benchmark's
// process, rows made plain. One statement per request, sent as an auto-commit read (one message,
// one round-trip), the cheapest way the driver has and the way our server sends one statement.
import neo4j, { type Driver } from 'neo4j-driver';
import type { DatabaseConnection } from '../../graph/db.js';
import { toPlain, type Plain } from '../../graph/plain.js';
import { disableNagleOnOutgoingConnections } from '../../graph/tcp-nodelay.js';
import type { Contender, Operation } from './types.js';

export function rawContender(config: DatabaseConnection): Contender {
  // The same Bolt socket setting as ours (graph/tcp-nodelay.ts).
  disableNagleOnOutgoingConnections();
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  let statements = 0;
  return {
    name: 'raw',
    async call(op: Operation): Promise<Plain> {
      if (!op.raw) throw new Error(`raw: no statement says ${op.id}`);
      const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
      try {
        statements++;
        const result = await session.run(op.raw.cypher, op.raw.params, {
          timeout: config.transactionTimeoutMs,
        });
        return result.records.map((record) => toPlain(record.toObject()));
      } finally {
        await session.close();
      }
    },
    statements: () => Promise.resolve(statements),
    async floor(): Promise<void> {
      const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
      try {
        await session.run('RETURN 1');
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
