// A GraphQL server over HTTP on loopback (ours, with or without its response cache, or the
// peer), as a contender.
import type { Plain } from '../../graph/plain.js';
import { COUNTER_PATH, type CounterReport } from '../servers/statement-counter.js';
import { jsonClient } from '../load/http.js';
import { readCacheCounters } from './cache-counters.js';
import { dialectOf, type Contender, type ContenderName, type Operation } from './types.js';

interface GraphQLBody {
  data?: Plain;
  errors?: { message?: string }[];
}

export class GraphQLCallError extends Error {
  override readonly name = 'GraphQLCallError';
}

export function graphqlContender(
  name: Exclude<ContenderName, 'raw'>,
  baseUrl: string,
  maxSockets: number,
  timeoutMs: number,
): Contender {
  const client = jsonClient(baseUrl, maxSockets, timeoutMs);
  const dialect = dialectOf(name);
  const report = async () =>
    (await (await fetch(new URL(COUNTER_PATH, baseUrl))).json()) as CounterReport;
  const ours = dialect === 'ours';
  return {
    name,
    async call(op: Operation): Promise<Plain> {
      const call = dialect === 'peer' ? op.peer : op.ours;
      if (!call) throw new GraphQLCallError(`${name}: cannot express ${op.id}`);
      const body = (await (call.get
        ? client.getJson(call.get)
        : client.post('/graphql', {
            query: call.query,
            variables: call.variables,
          }))) as GraphQLBody;
      if (body.errors?.length) {
        throw new GraphQLCallError(`${name}: ${body.errors.map((e) => e.message).join('; ')}`);
      }
      if (body.data === undefined) throw new GraphQLCallError(`${name}: no data in the answer`);
      return body.data;
    },
    async statements(): Promise<number> {
      return (await report()).statements;
    },
    async recent(since: number) {
      return (await report()).recent.filter((s) => s.seq > since);
    },
    // Only our server has a no-work endpoint and cache counters; the peer's floor is the same
    // HTTP hop.
    ...(ours
      ? {
          floor: () => client.get('/health'),
          cacheCounters: async () => readCacheCounters(await client.getJson('/ready')),
        }
      : {}),
    close: () => {
      client.close();
      return Promise.resolve();
    },
  };
}
