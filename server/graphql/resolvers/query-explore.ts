// Root fields that explore: neighbourhoods, search and statistics (paths: query-paths.ts).
import { readNeighborhood } from '../../../graph/queries/neighborhood.js';
import { searchConcepts } from '../../../graph/queries/search.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { badInput, notFound, quoted } from '../errors.js';
import { kinds } from '../graph-scope.js';
import { relationTypes } from '../relation-scope.js';
import { subgraphProjection } from '../selection.js';
import { traversalFilter } from '../traversal-filter.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded, boundedList } from '../limits.js';

export const exploreQueries: QueryResolvers = {
  neighborhood: async (_root, args, ctx, info) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const limit = bounded('limit', args.limit, 1, LIMITS.neighborhoodNodes, 100);
    const result = await readNeighborhood(ctx.db, {
      graph: graph.id,
      id: args.id,
      depth: bounded('depth', args.depth, 1, LIMITS.neighborhoodDepth, 1),
      direction: args.direction ?? 'BOTH',
      ...traversalFilter(graph, { ...args, types: args.relationTypes }, 'relationTypes'),
      kinds: kinds(graph, boundedList('kinds', args.kinds)),
      limit,
      relationLimit: limit * LIMITS.neighborhoodRelationsPerNode,
      projection: subgraphProjection(info),
    });
    if (!result) throw notFound(`No concept ${quoted(args.id)} in graph "${graph.id}".`);
    return result;
  },

  search: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const text = args.text.trim();
    if (text.length === 0 || text.length > LIMITS.searchTextLength) {
      throw badInput(`\`text\` must be 1 to ${LIMITS.searchTextLength} characters.`);
    }
    return searchConcepts(ctx.db, {
      graph: graph.id,
      text,
      lang: args.lang ?? null,
      kinds: kinds(graph, boundedList('kinds', args.kinds)),
      first: bounded('first', args.first, 1, LIMITS.searchHits, 10),
    });
  },

  stats: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    return { graph, types: relationTypes(graph, args.scope) };
  },
};
