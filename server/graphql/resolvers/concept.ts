// Concept fields. Nested lists go through the request's loaders: one statement per field and
// argument set for a whole page of concepts, never one per concept.
import type { GraphQLResolveInfo } from 'graphql';
import type { ConceptResolvers, RelationOrder } from '../../generated/graphql.js';
import type { RelationOrderRequest } from '../../../graph/queries/adjacent-order.js';
import type { RelationProjection } from '../../../graph/queries/model.js';
import type { Context } from '../context.js';
import { startAfter } from '../cursor.js';
import { notFound } from '../errors.js';
import { kinds } from '../graph-scope.js';
import { traversalFilter } from '../traversal-filter.js';
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
  degree: async (c, args, ctx) => {
    const graph = await graphOf(ctx, c.graph);
    const { types, basis } = traversalFilter(graph, args);
    const direction = args.direction ?? 'BOTH';
    return ctx.loaders.degree(graph.id, { direction, types, basis, sources: null }).load(c.id);
  },
  relations: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const followed = traversalFilter(graph, args);
    const first = bounded('first', args.first, 1, LIMITS.nested, 50);
    const shown = relationSelection(info, [[]]);
    return ctx.loaders
      .relationsOf(graph.id, {
        ...followed,
        direction: args.direction ?? 'BOTH',
        first,
        ...shown,
        order: orderOf(args.orderBy),
      })
      .load(c.id);
  },
  relationsConnection: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const followed = traversalFilter(graph, args);
    const first = bounded('first', args.first, 0, LIMITS.nested, 50);
    const offset = startAfter(args.after);
    const shown = relationSelection(info, [['nodes'], ['edges', 'node']]);
    const page = await ctx.loaders
      .relationPagesOf(graph.id, {
        ...followed,
        direction: args.direction ?? 'BOTH',
        first,
        skip: offset,
        ...shown,
        order: orderOf(args.orderBy),
      })
      .load(c.id);
    return { total: page.total, items: page.items, offset };
  },
  neighbors: async (c, args, ctx, info) => {
    const graph = await graphOf(ctx, c.graph);
    const followed = traversalFilter(graph, args);
    const only = kinds(graph, boundedList('kinds', args.kinds));
    const first = bounded('first', args.first, 1, LIMITS.nested, 50);
    const direction = args.direction ?? 'BOTH';
    const projection = conceptProjection(selectedFields(info));
    return ctx.loaders
      .neighborsOf(graph.id, { ...followed, direction, kinds: only, first, projection })
      .load(c.id);
  },
};

/** A relation order from the API (`orderBy`), or null for the field's default. */
function orderOf(orderBy: RelationOrder | null | undefined): RelationOrderRequest | null {
  if (!orderBy) return null;
  return { field: orderBy.field, direction: orderBy.direction ?? 'ASC' };
}

/**
 * What a relation list's statement must return, from the relation fields selected at `paths`
 * below the field: the end concepts come along only when the query shows more of them than
 * their ids, and the relations' own properties only when a field needs more than the brief ones.
 */
function relationSelection(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): { ends: boolean; projection: RelationProjection } {
  const at = (path: readonly string[]) => selectedFields(info, path);
  const ends = !paths.every(
    (path) => onlyIdentity(at([...path, 'from'])) && onlyIdentity(at([...path, 'to'])),
  );
  const fields = new Set(paths.flatMap((path) => [...at(path)]));
  return { ends, projection: relationProjection(fields) };
}
