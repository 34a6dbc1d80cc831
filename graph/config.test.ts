import { describe, expect, it } from 'vitest';
import { readDatabaseConfig, readLocalNeo4jConfig } from './config.js';

describe('database configuration', () => {
  it('has working defaults, and an empty variable counts as unset', () => {
    const config = readDatabaseConfig({ NEO4J_URI: '', NEO4J_TX_TIMEOUT_MS: '' });
    expect(config).toMatchObject({
      uri: undefined,
      database: 'neo4j',
      transactionTimeoutMs: 15_000,
    });
  });

  it('reads and coerces what is set', () => {
    const config = readDatabaseConfig({
      NEO4J_URI: 'neo4j+s://db.example',
      NEO4J_MAX_CONCURRENT_TX: '8',
    });
    expect(config).toMatchObject({ uri: 'neo4j+s://db.example', maxConcurrentTransactions: 8 });
  });

  it('names every variable at fault at once', () => {
    expect(() =>
      readDatabaseConfig({ NEO4J_URI: 'http://db', NEO4J_MAX_CONCURRENT_TX: '900' }),
    ).toThrow(/NEO4J_URI: must look like bolt:\/\/.*; NEO4J_MAX_CONCURRENT_TX: /);
  });

  it('refuses a memory size the JVM would not read', () => {
    expect(readLocalNeo4jConfig({}).heap).toBe('2g');
    expect(() => readLocalNeo4jConfig({ NEO4J_HEAP: '2 gb' })).toThrow(
      /NEO4J_HEAP: must be a size/,
    );
  });
});
