// Every worked example in docs/queries is valid against the schema, and returns data from the
// real Keserasian Sosial graph (loaded with the project's own seed loader).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import { SCHEMA_FILE } from '../../server/graphql/yoga.js';
import { apiTestDatabase } from './support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { gql, gqlData } from './support/client.js';

const EXAMPLES = 'docs/queries';
const SEED_FILE = 'seeds/keserasian-sosial.yaml';
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

/** Some result: a non-empty list somewhere inside, or (for single objects) no lists at all. */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  const lists: unknown[][] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) {
      lists.push(v);
      v.forEach(collect);
    } else if (isObject(v)) Object.values(v).forEach(collect);
  };
  collect(value);
  return lists.length === 0 || lists.some((list) => list.length > 0);
}

/** Every root field of the answer holds some result. */
function answered(data: Record<string, unknown> | null): boolean {
  return data !== null && Object.values(data).every(hasData);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

describe('docs/queries', () => {
  it('holds at least eight examples, each valid against the schema', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    for (const file of files) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      expect(text.startsWith('# '), `${file} starts with the question it answers`).toBe(true);
      expect(
        validate(schema, parse(text)).map((e) => e.message),
        file,
      ).toEqual([]);
    }
  });
});

// docs/api.md shows each feature with a short example (run there against a lone graph, which
// the shared test database is not, so here they are checked against the schema only).
describe('docs/api.md', () => {
  const blocks = [
    ...readFileSync('docs/api.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
  ].map((m) => m[1] ?? '');

  it('shows GraphQL examples, each valid against the schema', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    for (const block of blocks) {
      expect(
        validate(schema, parse(block)).map((e) => e.message),
        block.slice(0, 80),
      ).toEqual([]);
    }
  });
});

describe('docs/queries against the real graph', () => {
  let db: Database;
  let server: TestServer;
  let graph: string;

  beforeAll(async () => {
    db = apiTestDatabase();
    graph = (await loadSeedFile(db, SEED_FILE)).graph;
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it.each(files)('%s returns data', async (file) => {
    const response = await gql(server.url, readFileSync(join(EXAMPLES, file), 'utf8'), { graph });
    expect(response.errors, file).toBeUndefined();
    expect(response.status).toBe(200);
    const sample = JSON.stringify(response.data).slice(0, 400);
    expect(answered(response.data), `${file}: ${sample}`).toBe(true);
  });

  const run = <T>(file: string) =>
    gqlData<T>(server.url, readFileSync(join(EXAMPLES, file), 'utf8'), { graph });

  async function structuralTypes(): Promise<string[]> {
    const data = await gqlData<{ graph: { relationTypes: { id: string; structural: boolean }[] } }>(
      server.url,
      'query($graph: ID) { graph(id: $graph) { relationTypes { id structural } } }',
      { graph },
    );
    return data.graph.relationTypes.filter((t) => t.structural).map((t) => t.id);
  }

  it('02 leads from the forum to the value through meaning alone, quoting each step', async () => {
    const structural = await structuralTypes();
    expect(structural.length).toBeGreaterThan(0);
    const { paths } = await run<{
      paths: { nodes: { id: string }[]; relations: { type: string; quote: string | null }[] }[];
    }>('02-path-from-forum-level-to-basic-value.graphql');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect([path.nodes[0]?.id, path.nodes.at(-1)?.id]).toEqual(['forum-desa', 'kesetaraan']);
      for (const step of path.relations) {
        expect(structural).not.toContain(step.type);
        expect(step.quote?.trim()).toBeTruthy();
      }
    }
  });

  it('11 splits the relations into meaning and structure, which add up to all', async () => {
    interface Counts {
      relationCount: number;
      byRelationType: { type: { id: string; structural: boolean }; count: number }[];
    }
    const data = await run<{ meaning: Counts; structure: Counts; all: { relationCount: number } }>(
      '11-relations-by-scope.graphql',
    );
    expect(data.meaning.relationCount).toBeGreaterThan(0);
    expect(data.structure.relationCount).toBeGreaterThan(0);
    expect(data.meaning.relationCount + data.structure.relationCount).toBe(data.all.relationCount);
    expect(data.meaning.byRelationType.every((t) => !t.type.structural)).toBe(true);
    expect(data.structure.byRelationType.every((t) => t.type.structural)).toBe(true);
  });
});
