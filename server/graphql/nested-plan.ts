// A page of concepts with its nested lists in one statement. When `Query.concepts` is asked for
// nodes with relations, relation pages, neighbours or degrees, the query says so before any of
// them resolves: the page statement reads them too (graph/queries/nested-page.ts), and each
// list is primed into the loader its resolver then loads from, under the very key the resolver
// computes (nested-args.ts), so the resolvers answer from memory. Whatever the planner does not
// take (a nested field below the page's own concepts, arguments it cannot read, a level the row
// cap refuses) goes to its loader as before: the answer is the same either way, only the number
// of statements differs.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import {
  degree,
  neighborList,
  nestedRead,
  relationList,
  relationPage,
  type NestedRead,
} from '../../graph/queries/nested-page.js';
import { LIMITS } from '../../common/limits.js';
import type { Loaders } from './loaders.js';
import { degreeArgs, neighborsArgs, relationPageArgs, relationsArgs } from './nested-args.js';
import { argumentValues, subfieldGroups, type Declared, type FieldSelection } from './selection.js';

/**
 * The nested lists to read with a page of at most `limit` concepts of `graph`, from the selection
 * of the connection field `info` resolves (its `nodes` and `edges { node }`).
 */
export function planNestedLists(
  info: GraphQLResolveInfo,
  loaders: Loaders,
  graph: GraphRecord,
  limit: number,
): NestedRead[] {
  // Duck-typed, not isObjectType: see argumentValues on the two copies of graphql.
  const concept = info.schema.getType('Concept');
  if (limit === 0 || !concept || !('getFields' in concept)) return [];
  const fields = concept.getFields() as Record<string, ConceptField | undefined>;
  const planned = new Map<string, NestedRead>();
  for (const level of conceptLevels(info)) {
    for (const group of subfieldGroups(level, info).values()) {
      const [node] = group;
      const field = node && fields[node.name.value];
      if (!node || !field) continue;
      const selection: FieldSelection = { fieldNodes: group, fragments: info.fragments };
      const read = plan(field, node, selection, { info, loaders, graph, limit });
      if (read) planned.set(read.key, read.read);
    }
  }
  return [...planned.values()];
}

/** The field groups whose resolvers run once per concept of the page. */
function conceptLevels(info: GraphQLResolveInfo): FieldNode[][] {
  const levels: FieldNode[][] = [];
  for (const group of subfieldGroups(info.fieldNodes, info).values()) {
    const name = group[0]?.name.value;
    if (name === 'nodes') levels.push(group);
    if (name !== 'edges') continue;
    for (const inner of subfieldGroups(group, info).values())
      if (inner[0]?.name.value === 'node') levels.push(inner);
  }
  return levels;
}

/** A field of Concept as the schema declares it (read by shape, see argumentValues). */
interface ConceptField {
  name: string;
  args: readonly Declared[];
}

interface Page {
  info: GraphQLResolveInfo;
  loaders: Loaders;
  graph: GraphRecord;
  limit: number;
}

/**
 * One nested field as a read with the page, keyed like its loader, or null to leave it to the
 * loader: a field the planner does not know, arguments its resolver would refuse (the resolver
 * then says why), or a level that could pass the row cap (the loader refuses it, or reads it when
 * the page turns out shorter than asked).
 */
function plan(
  field: ConceptField,
  node: FieldNode,
  selection: FieldSelection,
  { info, loaders, graph, limit }: Page,
): { key: string; read: NestedRead } | null {
  const fits = (first: number) => limit * first <= LIMITS.nestedRows;
  const keyed = (args: unknown, read: NestedRead) => ({
    key: `${field.name}|${JSON.stringify(args)}`,
    read,
  });
  try {
    const raw = argumentValues(field, node, info);
    switch (field.name) {
      case 'relations': {
        const args = relationsArgs(graph, raw, selection);
        if (!fits(args.first)) return null;
        const loader = loaders.relationsOf(graph.id, args);
        return keyed(
          args,
          nestedRead(relationList({ graph: graph.id, ...args }), (id, v) => loader.prime(id, v)),
        );
      }
      case 'relationsConnection': {
        const args = relationPageArgs(graph, raw, selection);
        if (!fits(args.first)) return null;
        const loader = loaders.relationPagesOf(graph.id, args);
        return keyed(
          args,
          nestedRead(relationPage({ graph: graph.id, ...args }), (id, v) => loader.prime(id, v)),
        );
      }
      case 'neighbors': {
        const args = neighborsArgs(graph, raw, selection);
        if (!fits(args.first)) return null;
        const loader = loaders.neighborsOf(graph.id, args);
        return keyed(
          args,
          nestedRead(neighborList({ graph: graph.id, ...args }), (id, v) => loader.prime(id, v)),
        );
      }
      case 'degree': {
        const args = degreeArgs(graph, raw);
        const loader = loaders.degree(graph.id, args);
        return keyed(
          args,
          nestedRead(degree({ graph: graph.id, ...args }), (id, v) => loader.prime(id, v)),
        );
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}
