// The real Neo4j of this test run, as the project's own Database module sees it.
import { inject } from 'vitest';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';

export function testDatabaseUri(): string {
  return inject('neo4jUri');
}

export function testDatabase(): Database {
  const config = readDatabaseConfig();
  return Database.connect({ ...config, uri: testDatabaseUri() });
}

/** A graph id no other test uses, so tests can share the database. */
export function uniqueGraphId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
