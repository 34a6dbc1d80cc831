// The test run's Neo4j with a roomier transaction timeout: on a loaded two-core CI machine (other
// test files start their own Neo4j) a trivial read can wait past the production 15 s, and these
// tests check behaviour, not speed. The timeout itself is tested through its error mapping.
import { readDatabaseConfig } from '../../../graph/config.js';
import { Database } from '../../../graph/db.js';
import { testDatabaseUri } from '../../support/database.js';

export const TEST_TRANSACTION_TIMEOUT_MS = 60_000;

export function apiTestDatabase(uri = testDatabaseUri()): Database {
  return Database.connect({
    ...readDatabaseConfig(),
    uri,
    transactionTimeoutMs: TEST_TRANSACTION_TIMEOUT_MS,
  });
}
