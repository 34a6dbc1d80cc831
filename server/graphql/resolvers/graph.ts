// Graph, Kind and RelationType: the legend. Counts come from one statement per graph.
import type {
  GraphResolvers,
  KindResolvers,
  RelationTypeResolvers,
} from '../../generated/graphql.js';
import { inLang } from './text.js';

/**
 * Graphs up to this size are laid out on the server. A layout runs on the server's one event
 * loop: 73 concepts take well under a second, but a 2,000-concept fcose held every other request
 * for a minute on a busy machine. Larger graphs get null, and the browser lays them out in its
 * layout worker, as before.
 */
export const SERVER_LAYOUT_MAX_CONCEPTS = 500;

export const Graph: GraphResolvers = {
  title: (g, { lang }) => inLang(lang, g.title.id, g.title.en) ?? g.id,
  titles: (g) => g.title,
  description: (g, { lang }) => inLang(lang, g.description.id, g.description.en),
  descriptions: (g) => g.description,
  kinds: (g) => g.kinds.map((kind) => ({ graph: g, kind })),
  relationTypes: (g) => g.relationTypes.map((type) => ({ graph: g, type })),
  sources: (g, _args, ctx) => ctx.loaders.sources(g.id),
  conceptCount: async (g, _args, ctx) => (await ctx.graphs.countsOf(g)).concepts,
  relationCount: async (g, _args, ctx) => (await ctx.graphs.countsOf(g)).relations,
  aliases: (g, _args, ctx) => ctx.loaders.aliases(g),
  document: (g, _args, ctx) => ctx.loaders.document(g.id),
  // Computed once per graph version and language (server/layout/server-layouts.ts).
  layout: async (g, { name, lang, aspect }, ctx) => {
    if ((await ctx.graphs.countsOf(g)).concepts > SERVER_LAYOUT_MAX_CONCEPTS) return null;
    const ui = lang === 'EN' ? 'en' : 'id';
    const ask = { graph: g.id, version: g.version ?? '', name, lang: ui, aspect } as const;
    const layout = await ctx.layouts.layout(ctx.self, ask);
    return layout && { ...layout, nodes: [...layout.nodes], lang };
  },
};

export const Kind: KindResolvers = {
  id: (k) => k.kind.id,
  label: (k, { lang }) => inLang(lang, k.kind.label.id, k.kind.label.en) ?? k.kind.id,
  labels: (k) => k.kind.label,
  color: (k) => k.kind.color,
  count: async (k, _args, ctx) => (await ctx.graphs.countsOf(k.graph)).byKind.get(k.kind.id) ?? 0,
};

export const RelationType: RelationTypeResolvers = {
  id: (t) => t.type.id,
  label: (t, { lang }) => inLang(lang, t.type.label.id, t.type.label.en) ?? t.type.id,
  labels: (t) => t.type.label,
  color: (t) => t.type.color,
  from: (t) => t.type.from,
  to: (t) => t.type.to,
  structural: (t) => t.type.structural,
  count: async (t, _args, ctx) => (await ctx.graphs.countsOf(t.graph)).byType.get(t.type.id) ?? 0,
};
