// Concept fields. Nested lists go through the request's loaders: one statement per field and
// argument set for a whole page of concepts, never one per concept (and none at all when the
// page's own statement already read them, see nested-plan.ts).
import type { ConceptResolvers } from '../../generated/graphql.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { degreeArgs, neighborsArgs, relationPageArgs, relationsArgs } from '../nested-args.js';
import type { GraphRecord } from '../../../graph/queries/graphs.js';
import { inLang } from './text.js';

export async function graphOf(ctx: Context, id: string): Promise<GraphRecord> {
  const graph = await ctx.graphs.find(id);
  if (!graph) throw notFound(`Graph "${id}" is no longer loaded.`);
  return graph;
}

export const Concept: ConceptResolvers = {
  label: (c, { lang }) => inLang(lang, c.labelId, c.labelEn) ?? c.id,
  labels: (c) => ({ id: c.labelId, en: c.labelEn }),
  definition: (c, { lang }) => inLang(lang, c.definitionId, c.definitionEn),
  definitions: (c) => ({ id: c.definitionId, en: c.definitionEn }),
  source: (c, _args, ctx) => (c.source ? ctx.loaders.source(c.graph).load(c.source) : null),
  degree: async (c, args, ctx) => {
    const graph = await graphOf(ctx, c.graph);
    return ctx.loaders.degree(graph.id, degreeArgs(graph, args)).load(c.id);
  },
  relations: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    return ctx.loaders.relationsOf(graph.id, relationsArgs(graph, args, info)).load(c.id);
  },
  relationsConnection: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const request = relationPageArgs(graph, args, info);
    const page = await ctx.loaders.relationPagesOf(graph.id, request).load(c.id);
    return { total: page.total, items: page.items, offset: request.skip };
  },
  neighbors: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    return ctx.loaders.neighborsOf(graph.id, neighborsArgs(graph, args, info)).load(c.id);
  },
};
