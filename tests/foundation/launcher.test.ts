import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';
import { freePort, startLocalNeo4j } from '../../graph/launcher.js';

const dataRoot = mkdtempSync(join(tmpdir(), 'launcher-test-'));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

function connect(uri: string): Database {
  return Database.connect({ ...readDatabaseConfig(), uri });
}

// Starting Neo4j takes 10 s on a quiet machine and over a minute on a busy 2-core one.
describe('the local Neo4j launcher', { timeout: 300_000 }, () => {
  it('keeps data in a persistent data directory across a restart', async () => {
    const dataDirectory = join(dataRoot, 'persistent');
    const first = await startLocalNeo4j({ port: 0, dataDirectory });
    const db1 = connect(first.uri);
    await db1.writeRows('CREATE (:Survivor {name: "kept"})');
    await db1.close();
    await first.stop();

    const second = await startLocalNeo4j({ port: 0, dataDirectory });
    const db2 = connect(second.uri);
    try {
      expect(await db2.readRows('MATCH (s:Survivor) RETURN s.name AS name')).toEqual([
        { name: 'kept' },
      ]);
    } finally {
      await db2.close();
      await second.stop();
    }
  });

  it('refuses a taken Bolt port at once, naming the port', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startLocalNeo4j({ port, ephemeral: true })).rejects.toMatchObject({
        code: 'port-in-use',
        message: expect.stringContaining(`Bolt port ${port}`) as unknown,
      });
    } finally {
      blocker.close();
    }
  });

  it('refuses a second launcher on the same data directory, naming the directory', async () => {
    const dataDirectory = join(dataRoot, 'shared');
    const first = await startLocalNeo4j({ port: 0, dataDirectory });
    try {
      await expect(startLocalNeo4j({ port: 0, dataDirectory })).rejects.toMatchObject({
        code: 'data-directory-in-use',
        message: expect.stringContaining(
          `${dataDirectory} is in use by another launcher`,
        ) as unknown,
      });
    } finally {
      await first.stop();
    }
  });

  it('leaves no process behind once stopped', async () => {
    const neo4j = await startLocalNeo4j({ port: 0, ephemeral: true });
    await neo4j.stop();
    expect(() => process.kill(neo4j.pid, 0)).toThrow();
  });
});
