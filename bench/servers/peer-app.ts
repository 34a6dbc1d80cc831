// The peer: @neo4j/graphql's generated schema served by graphql-yoga, as its docs set it up.
import { createServer, type Server } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { COUNTER_PATH, counterReport } from './statement-counter.js';
import { peerTypeDefs } from './peer-schema.js';

export async function createPeerServer(
  driver: Driver,
  relationTypes: readonly string[],
  database: string,
): Promise<Server> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(relationTypes), driver });
  const schema = await neoSchema.getSchema();
  const yoga = createYoga({
    schema,
    context: () => ({ sessionConfig: { database } }),
    graphqlEndpoint: '/graphql',
    // Same caching choice as ours (server/graphql/yoga.ts), so neither wins on parsing alone.
    parserAndValidationCache: true,
    graphiql: false,
    landingPage: false,
    logging: 'error',
  });
  return createServer((req, res) => {
    if (req.url === COUNTER_PATH) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(counterReport()));
      return;
    }
    void yoga.handle(req, res);
  });
}
