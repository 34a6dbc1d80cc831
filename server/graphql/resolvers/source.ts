// Source: a work the graph cites, with the pages it is quoted from and what is quoted from it.
// A graph cites few works, so the paged lists read one statement per work asked; the pages of
// every work come from one statement per graph (Loaders.sourcePages).
import { readConceptPage } from '../../../graph/queries/concepts.js';
import { readRelationPage } from '../../../graph/queries/relations.js';
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
    const first = bounded('first', args.first, 0, LIMITS.page, 50);
    const offset = startAfter(args.after);
    const { total, concepts } = await readConceptPage(ctx.db, {
      graph: graph.id,
      filter: conceptFilter(graph, 'Source.concepts', { sources: [source.id], pages: args.pages }),
      orderField: 'ORDER',
      descending: false,
      lang: 'ID',
      types: [],
      skip: offset,
      limit: first,
      projection: conceptProjection(
        new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]),
      ),
    });
    return { total, items: concepts, offset };
  },

  relations: async (source, args, ctx) => {
    const graph = await ctx.graphs.resolve(source.graph);
    const first = bounded('first', args.first, 0, LIMITS.page, 50);
    const offset = startAfter(args.after);
    const { total, relations } = await readRelationPage(ctx.db, {
      graph: graph.id,
      types: relationTypes(graph, args.scope),
      filter: relationFilter(graph, 'Source.relations', {
        sources: [source.id],
        pages: args.pages,
        basis: args.basis,
      }),
      orderField: 'ID',
      descending: false,
      skip: offset,
      limit: first,
    });
    return { total, items: relations, offset };
  },
};
