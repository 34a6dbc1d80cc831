// Source: a work the graph cites, with the pages it is quoted from and what is quoted from it.
// Whatever the number of works a query lists, their pages of concepts, of relations, and their
// quoted pages each cost one statement (Loaders.sourceConcepts, sourceRelations, sourcePages).
import { LIMITS } from '../../../common/limits.js';
import type { SourceResolvers } from '../../generated/graphql.js';
import { startAfter } from '../cursor.js';
import { conceptFilter, relationFilter } from '../filter-input.js';
import { bounded } from '../limits.js';
import { relationTypes } from '../relation-scope.js';
import { conceptProjection, selectedFields } from '../selection.js';

export const Source: SourceResolvers = {
  pages: async (source, _args, ctx) => {
    const graph = await ctx.graphs.resolve(source.graph);
    return (await ctx.loaders.sourcePages(graph)).get(source.id) ?? [];
  },

  concepts: async (source, args, ctx, info) => {
    const graph = await ctx.graphs.resolve(source.graph);
    const limit = bounded('first', args.first, 0, LIMITS.page, 50);
    const skip = startAfter(args.after);
    const filter = conceptFilter(graph, 'Source.concepts', { pages: args.pages });
    const projection = conceptProjection(
      new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]),
    );
    const page = await ctx.loaders
      .sourceConcepts(graph.id, { filter, skip, limit, projection })
      .load(source.id);
    return { total: page.total, items: page.items, offset: skip };
  },

  relations: async (source, args, ctx) => {
    const graph = await ctx.graphs.resolve(source.graph);
    const limit = bounded('first', args.first, 0, LIMITS.page, 50);
    const skip = startAfter(args.after);
    const filter = relationFilter(graph, 'Source.relations', {
      pages: args.pages,
      basis: args.basis,
    });
    const types = relationTypes(graph, args.scope);
    const page = await ctx.loaders
      .sourceRelations(graph.id, { types, filter, skip, limit })
      .load(source.id);
    return { total: page.total, items: page.items, offset: skip };
  },
};
