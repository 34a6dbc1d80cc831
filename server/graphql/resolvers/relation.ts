// Relation fields. Ends usually come with the relation's own row; otherwise they are batch-loaded.
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationResolvers } from '../../generated/graphql.js';
import { identityConcept, type ConceptRecord } from '../../../graph/queries/model.js';
import type { Context } from '../context.js';
import { isStructural } from '../relation-scope.js';
import { onlyIdentity, selectedFields } from '../selection.js';
import { graphOf } from './concept.js';
import { inLang } from './text.js';

async function end(
  ctx: Context,
  graph: string,
  id: string,
  known: ConceptRecord | null,
  info: GraphQLResolveInfo,
): Promise<ConceptRecord> {
  // A query that asks an end for its id alone needs no read (the relation row has the id).
  if (!known && onlyIdentity(selectedFields(info))) return identityConcept(graph, id);
  const concept = known ?? (await ctx.loaders.concept(graph).load(id));
  if (!concept) throw new Error(`Relation end ${id} is missing from graph ${graph}`);
  return concept;
}

export const Relation: RelationResolvers = {
  label: async (r, { lang }, ctx) => {
    const graph = await graphOf(ctx, r.graph);
    const declared = graph.relationTypes.find((t) => t.id === r.type);
    return (declared && inLang(lang, declared.label.id, declared.label.en)) ?? r.type;
  },
  from: (r, _args, ctx, info) => end(ctx, r.graph, r.fromId, r.from, info),
  to: (r, _args, ctx, info) => end(ctx, r.graph, r.toId, r.to, info),
  basis: (r) => (r.basis === 'inferred' ? 'INFERRED' : 'STATED'),
  rationale: (r, { lang }) => inLang(lang, r.rationaleId, r.rationaleEn),
  rationales: (r) => ({ id: r.rationaleId, en: r.rationaleEn }),
  source: (r, _args, ctx) => (r.source ? ctx.loaders.source(r.graph).load(r.source) : null),
  structural: async (r, _args, ctx) => isStructural(await graphOf(ctx, r.graph), r.type),
};
