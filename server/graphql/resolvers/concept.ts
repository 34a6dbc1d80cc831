// Concept fields. Nested lists go through the request's loaders: one statement per field and
// argument set for a whole page of concepts, never one per concept.
import type { ConceptResolvers } from '../../generated/graphql.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { kinds } from '../graph-scope.js';
import { relationTypes } from '../relation-scope.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded, boundedList } from '../limits.js';
import {
  conceptProjection,
  onlyIdentity,
  relationProjection,
  selectedFields,
} from '../selection.js';
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
  degree: async (c, { scope }, ctx) => {
    const types = relationTypes(await graphOf(ctx, c.graph), scope);
    return ctx.loaders.degree(c.graph, types).load(c.id);
  },
  relations: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const types = relationTypes(graph, args.scope, boundedList('types', args.types));
    const first = bounded('first', args.first, 1, LIMITS.nested, 50);
    const direction = args.direction ?? 'BOTH';
    // The end concepts come along only when the query shows more of them than their ids.
    const ends = !(
      onlyIdentity(selectedFields(info, ['from'])) && onlyIdentity(selectedFields(info, ['to']))
    );
    const projection = relationProjection(selectedFields(info));
    return ctx.loaders
      .relationsOf(graph.id, { direction, types, first, ends, projection })
      .load(c.id);
  },
  neighbors: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const types = relationTypes(graph, args.scope, boundedList('types', args.types));
    const only = kinds(graph, boundedList('kinds', args.kinds));
    const first = bounded('first', args.first, 1, LIMITS.nested, 50);
    const direction = args.direction ?? 'BOTH';
    const projection = conceptProjection(selectedFields(info));
    return ctx.loaders
      .neighborsOf(graph.id, { direction, types, kinds: only, first, projection })
      .load(c.id);
  },
};
