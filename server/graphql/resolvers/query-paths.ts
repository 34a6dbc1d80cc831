// The root field `paths`: routes between two concepts, in one of four search modes.
import { readPaths, type PathModeName } from '../../../graph/queries/paths.js';
import type { QueryPathsArgs, QueryResolvers } from '../../generated/graphql.js';
import { badInput, notFound, quoted } from '../errors.js';
import { kinds } from '../graph-scope.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded, boundedList } from '../limits.js';
import { traversalFilter } from '../traversal-filter.js';

/** The mode asked; the deprecated `all: true` still means ALL_SHORTEST when `mode` is left out. */
function modeOf(args: QueryPathsArgs): PathModeName {
  if (args.mode) return args.mode;
  return args.all === true ? 'ALL_SHORTEST' : 'SHORTEST';
}

/**
 * `maxLength` within the mode's cap: simple paths multiply with length, so theirs is shorter, and
 * so is its default (the SDL leaves the default to the mode for that reason).
 */
function maxLengthOf(args: QueryPathsArgs, mode: PathModeName): number {
  if (mode !== 'ALL_SIMPLE') return bounded('maxLength', args.maxLength, 1, LIMITS.pathLength, 8);
  const cap = LIMITS.simplePathLength;
  const asked = args.maxLength ?? cap;
  if (!Number.isInteger(asked) || asked < 1 || asked > cap) {
    throw badInput(
      `\`maxLength\` must be between 1 and ${cap} with \`mode: ALL_SIMPLE\` ` +
        `(got ${asked}); ask a shorter length, or K_SHORTEST for longer routes.`,
    );
  }
  return asked;
}

export const pathQueries: QueryResolvers = {
  paths: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const mode = modeOf(args);
    const maxLength = maxLengthOf(args, mode);
    // `k` is checked only where it means something, so a client's default never refuses another mode.
    const k = mode === 'K_SHORTEST' ? bounded('k', args.k, 1, LIMITS.pathK, 3) : 1;
    const paths = await readPaths(ctx.db, {
      graph: graph.id,
      from: args.from,
      to: args.to,
      maxLength,
      mode,
      k,
      // A path is about meaning unless asked otherwise (the SDL's default, also for an explicit null).
      ...traversalFilter(
        graph,
        { ...args, scope: args.scope ?? 'MEANING', types: args.relationTypes },
        'relationTypes',
      ),
      direction: args.direction ?? 'BOTH',
      viaKinds: kinds(graph, boundedList('viaKinds', args.viaKinds)),
      avoid: boundedList('avoid', args.avoid),
    });
    if (!paths)
      throw notFound(
        `No concept ${quoted(args.from)} or ${quoted(args.to)} in graph "${graph.id}".`,
      );
    return paths;
  },
};
