// Root fields that read concepts and relations: one by id, or a filtered page.
import { readConceptPage, type ConceptPageRequest } from '../../../graph/queries/concepts.js';
import { readConceptPageWith } from '../../../graph/queries/nested-page.js';
import { readRelationPage, readRelationsById } from '../../../graph/queries/relations.js';
import { readRelationsByOldId } from '../../../graph/queries/aliases.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { startAfter } from '../cursor.js';
import { conceptFilter, relationFilter } from '../filter-input.js';
import { relationTypes } from '../relation-scope.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded } from '../limits.js';
import { planNestedLists } from '../nested-plan.js';
import { conceptProjection, selectedFields } from '../selection.js';

export const listQueries: QueryResolvers = {
  graphs: (_root, _args, ctx) => ctx.graphs.all(),
  defaultGraph: (_root, _args, ctx) => ctx.graphs.fallback(),
  graph: async (_root, { id }, ctx) => (id ? ctx.graphs.find(id) : ctx.graphs.resolve(null)),

  // An old id (a correction renamed or merged the concept) finds the concept that replaces it.
  concept: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const current = await ctx.loaders.concept(graph.id).load(args.id);
    return current ?? ctx.loaders.conceptByOldId(graph.id).load(args.id);
  },

  // The page's nested lists (relations, neighbours, ...) come with it when the planner can read
  // them in the same statement (nested-plan.ts); otherwise their loaders read them after.
  concepts: async (_root, args, ctx, info) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const first = bounded('first', args.first, 0, LIMITS.page, 50);
    const offset = startAfter(args.after);
    const order = args.orderBy ?? { field: 'ORDER' };
    const request: ConceptPageRequest = {
      graph: graph.id,
      filter: conceptFilter(graph, 'where', args.where),
      orderField: order.field,
      descending: order.direction === 'DESC',
      lang: order.lang ?? 'ID',
      types: relationTypes(graph, order.scope),
      skip: offset,
      limit: first,
      projection: conceptProjection(
        new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]),
      ),
    };
    const nested = planNestedLists(info, ctx.loaders, graph, first);
    const { total, concepts } =
      nested.length > 0
        ? await readConceptPageWith(ctx.db, request, nested)
        : await readConceptPage(ctx.db, request);
    return { total, items: concepts, offset };
  },

  relation: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const types = relationTypes(graph, 'ALL');
    const found = await readRelationsById(ctx.db, graph.id, types, [args.id]);
    const current = found.get(args.id);
    if (current) return current;
    return (await readRelationsByOldId(ctx.db, graph.id, types, [args.id])).get(args.id) ?? null;
  },

  relations: async (_root, args, ctx) => {
    const graph = await ctx.graphs.resolve(args.graph);
    const first = bounded('first', args.first, 0, LIMITS.page, 50);
    const offset = startAfter(args.after);
    const order = args.orderBy ?? { field: 'ID' };
    const { total, relations } = await readRelationPage(ctx.db, {
      graph: graph.id,
      types: relationTypes(graph, args.scope),
      filter: relationFilter(graph, 'where', args.where),
      orderField: order.field,
      descending: order.direction === 'DESC',
      skip: offset,
      limit: first,
    });
    return { total, items: relations, offset };
  },
};
