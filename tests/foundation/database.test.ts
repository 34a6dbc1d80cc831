import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, uniqueGraphId } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

describe('the database module against the real Neo4j', () => {
  it('writes a node and reads it back with integers as plain numbers', async () => {
    const id = uniqueGraphId('roundtrip');
    await db.writeRows('CREATE (:RoundTrip {id: $id, count: 42, big: 9007199254740993})', { id });
    const rows = await db.readRows(
      'MATCH (n:RoundTrip {id: $id}) RETURN n.id AS id, n.count AS count, n.big AS big, n AS node',
      { id },
    );
    expect(rows).toEqual([
      {
        id,
        count: 42,
        big: '9007199254740993',
        node: { id, count: 42, big: '9007199254740993' },
      },
    ]);
    await db.writeRows('MATCH (n:RoundTrip {id: $id}) DELETE n', { id });
  });

  it('rolls back a failed write transaction as a whole', async () => {
    const id = uniqueGraphId('rollback');
    await expect(
      db.write(async (tx) => {
        await tx.run('CREATE (:RoundTrip {id: $id})', { id });
        await tx.run('RETURN 1 / 0');
      }),
    ).rejects.toThrow(/by zero/);
    expect(await db.readRows('MATCH (n:RoundTrip {id: $id}) RETURN n', { id })).toEqual([]);
  });

  it('reports the Neo4j version on ping', async () => {
    const { version } = await db.ping();
    expect(version).toMatch(/^5\./);
  });

  it('tells every statement to its query listeners', async () => {
    const seen: string[] = [];
    const off = db.onQuery((cypher) => seen.push(cypher));
    await db.readRows('RETURN 1 AS one');
    off();
    await db.readRows('RETURN 2 AS two');
    expect(seen).toEqual(['RETURN 1 AS one']);
  });
});
