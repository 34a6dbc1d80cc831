// One ephemeral Neo4j for the whole test run, unless NEO4J_URI points at one already.
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type RunningNeo4j } from '../../graph/launcher.js';

let neo4j: RunningNeo4j | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    neo4j = await startLocalNeo4j({ ephemeral: true, port: 0 });
    uri = neo4j.uri;
    console.log(`Test Neo4j ${neo4j.version} at ${uri} (pid ${neo4j.pid})`);
  }
  project.provide('neo4jUri', uri);
  return async () => {
    await neo4j?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
