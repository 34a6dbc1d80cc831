// Result types of the exploring queries: subgraphs, paths, search hits and statistics.
import type {
  GraphStatsResolvers,
  PathResolvers,
  SearchHitResolvers,
  SearchField,
} from '../../generated/graphql.js';
import type { TextField } from '../../../graph/queries/search-text.js';
import { LIMITS } from '../../../common/limits.js';
import { bounded } from '../limits.js';

const FIELD: Record<TextField, SearchField> = {
  labelId: 'LABEL_ID',
  labelEn: 'LABEL_EN',
  definitionId: 'DEFINITION_ID',
  definitionEn: 'DEFINITION_EN',
};

export const Path: PathResolvers = {
  length: (p) => p.relations.length,
};

export const SearchHit: SearchHitResolvers = {
  field: (hit) => FIELD[hit.field],
};

export const GraphStats: GraphStatsResolvers = {
  conceptCount: async (s, _args, ctx) => (await ctx.graphs.countsOf(s.graph)).concepts,
  relationCount: async (s, _args, ctx) => {
    const { byType } = await ctx.graphs.countsOf(s.graph);
    return s.types.reduce((sum, type) => sum + (byType.get(type) ?? 0), 0);
  },
  byKind: async (s, _args, ctx) => {
    const counts = await ctx.graphs.countsOf(s.graph);
    return s.graph.kinds.map((kind) => ({
      kind: { graph: s.graph, kind },
      count: counts.byKind.get(kind.id) ?? 0,
    }));
  },
  // Only the types in the scope: the others have no relations in it.
  byRelationType: async (s, _args, ctx) => {
    const counts = await ctx.graphs.countsOf(s.graph);
    return s.graph.relationTypes
      .filter((type) => s.types.includes(type.id))
      .map((type) => ({ type: { graph: s.graph, type }, count: counts.byType.get(type.id) ?? 0 }));
  },
  byBasis: async (s, _args, ctx) => {
    const { byBasis } = await ctx.loaders.degreeSummary(s.graph.id, s.types);
    return [
      { basis: 'STATED', count: byBasis.stated },
      { basis: 'INFERRED', count: byBasis.inferred },
    ];
  },
  degree: async (s, _args, ctx) => {
    const { min, max, mean, median, isolated } = await ctx.loaders.degreeSummary(
      s.graph.id,
      s.types,
    );
    return { min, max, mean, median, isolated };
  },
  mostConnected: async (s, args, ctx) => {
    const first = bounded('first', args.first, 1, LIMITS.mostConnected, 10);
    return (await ctx.loaders.degreeSummary(s.graph.id, s.types)).mostConnected.slice(0, first);
  },
};
