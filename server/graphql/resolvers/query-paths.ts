// The root field `paths`: routes between two concepts.
import { readPaths } from '../../../graph/queries/paths.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { notFound, quoted } from '../errors.js';
import { relationTypes } from '../relation-scope.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded, boundedList } from '../limits.js';

export const pathQueries: QueryResolvers = {
  paths: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const paths = await readPaths(ctx.db, {
      graph: graph.id,
      from: args.from,
      to: args.to,
      maxLength: bounded('maxLength', args.maxLength, 1, LIMITS.pathLength, 8),
      // A path is about meaning unless asked otherwise (the SDL's default, also for an explicit null).
      types: relationTypes(
        graph,
        args.scope ?? 'MEANING',
        boundedList('relationTypes', args.relationTypes),
      ),
      direction: args.direction ?? 'BOTH',
      all: args.all ?? false,
    });
    if (!paths)
      throw notFound(
        `No concept ${quoted(args.from)} or ${quoted(args.to)} in graph "${graph.id}".`,
      );
    return paths;
  },
};
