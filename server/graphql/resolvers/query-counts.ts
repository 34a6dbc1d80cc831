// Root fields that count filtered concepts and relations by group keys.
import { readConceptCounts, readRelationCounts } from '../../../graph/queries/counts.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { badInput, quoted } from '../errors.js';
import { conceptFilter, relationFilter } from '../filter-input.js';
import { relationTypes } from '../relation-scope.js';

/** Each key at most once (a repeated key would only repeat a column), and at most `max` keys. */
function groupKeys<K extends string>(keys: readonly K[], max: number): K[] {
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated !== undefined) {
    throw badInput(`\`groupBy\` lists ${quoted(repeated)} twice; list each key once.`);
  }
  if (keys.length > max) throw badInput(`\`groupBy\` may list at most ${max} keys.`);
  return [...keys];
}

export const countQueries: QueryResolvers = {
  conceptCounts: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    return readConceptCounts(ctx.db, {
      graph: graph.id,
      filter: conceptFilter(graph, 'where', args.where),
      groupBy: groupKeys(args.groupBy, 4),
    });
  },

  relationCounts: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    return readRelationCounts(ctx.db, {
      graph: graph.id,
      types: relationTypes(graph, args.scope),
      filter: relationFilter(graph, 'where', args.where),
      groupBy: groupKeys(args.groupBy, 6),
    });
  },
};
