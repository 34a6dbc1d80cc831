// Which graphs a query's answer depends on, read from the document alone (before it runs, so a
// cached answer can be found without running anything):
//   - a top-level field given a graph (`concept(graph: "g" …)`, `graph(id: "g")`) reads that graph;
//   - a top-level field given no graph, or without such an argument (`graphs`), depends on the
//     whole catalog (which graphs exist: "the only graph" when one is left out);
//   - introspection (`__typename`, `__schema`) depends on no graph.
// Nested fields always stay inside the graph of their top-level field.
import { createHash } from 'node:crypto';
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { LIMITS } from '../../../common/limits.js';

/** Where one top-level field takes its graph from. */
type GraphSource =
  | { from: 'literal'; graph: string }
  | { from: 'variable'; name: string; fallback: string | null }
  | { from: 'catalog' };

export interface ParsedQuery {
  /** Hash of the printed document: the same query however it is spaced or commented. */
  documentHash: string;
  /** Per operation name ('' for an anonymous or the only one); null when none is chosen. */
  sources(operationName: string | null | undefined): GraphSource[] | null;
}

/** The graphs an answer depends on: these ids, or every graph ('catalog'). */
export type Scope = { kind: 'graphs'; ids: string[] } | { kind: 'catalog' };

/** The argument that names the graph: `graph` everywhere but on `Query.graph` itself. */
function graphArgument(field: FieldNode): string {
  return field.name.value === 'graph' ? 'id' : 'graph';
}

function sourceOf(field: FieldNode, operation: OperationDefinitionNode): GraphSource {
  const name = graphArgument(field);
  const value: ValueNode | undefined = field.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.STRING) return { from: 'literal', graph: value.value };
  if (value?.kind === Kind.VARIABLE) {
    const declared = operation.variableDefinitions?.find(
      (d) => d.variable.name.value === value.name.value,
    );
    const fallback = declared?.defaultValue;
    return {
      from: 'variable',
      name: value.name.value,
      fallback: fallback?.kind === Kind.STRING ? fallback.value : null,
    };
  }
  // Left out, null, or not a string (a validation error, never cached).
  return { from: 'catalog' };
}

/** The top-level fields of an operation, through fragments, each fragment once. */
function topLevelFields(document: DocumentNode, selections: SelectionSetNode): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(fragment.selectionSet);
      }
    }
  };
  walk(selections);
  return fields;
}

function analyse(document: DocumentNode, operation: OperationDefinitionNode): GraphSource[] {
  return topLevelFields(document, operation.selectionSet)
    .filter((field) => !field.name.value.startsWith('__'))
    .map((field) => sourceOf(field, operation));
}

function parsed(query: string): ParsedQuery | null {
  let document: DocumentNode;
  try {
    // The same token bound as armor's (a hostile document costs no more here than there).
    document = parse(query, { maxTokens: LIMITS.tokens });
  } catch {
    return null; // answered with an error, never cached
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const byName = new Map<string, GraphSource[]>();
  for (const operation of operations) {
    byName.set(operation.name?.value ?? '', analyse(document, operation));
  }
  const only = operations.length === 1 && operations[0] ? (operations[0].name?.value ?? '') : null;
  return {
    documentHash: createHash('sha256').update(print(document)).digest('base64url'),
    sources: (name) => byName.get(name ?? only ?? '') ?? null,
  };
}

// Parsed once per distinct query text: what is kept is small (a hash and the graph sources), and
// the texts themselves are bounded in bytes.
const memo = new LRUCache<string, { query: ParsedQuery | null }>({
  max: 2_000,
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (_value, query) => query.length + 256,
});

export function parseQuery(query: string): ParsedQuery | null {
  let entry = memo.get(query);
  if (!entry) {
    entry = { query: parsed(query) };
    memo.set(query, entry);
  }
  return entry.query;
}

/** The graphs this operation, with these variables, reads; null: it cannot run (not cached). */
export function scopeOf(
  query: ParsedQuery,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): Scope | null {
  const sources = query.sources(operationName);
  if (!sources) return null;
  const ids = new Set<string>();
  for (const source of sources) {
    let graph: unknown = null;
    if (source.from === 'literal') graph = source.graph;
    else if (source.from === 'variable') {
      // A variable given as null overrides its default: the graph is then left out.
      graph =
        variables && Object.hasOwn(variables, source.name)
          ? variables[source.name]
          : source.fallback;
    }
    if (typeof graph !== 'string') return { kind: 'catalog' };
    ids.add(graph);
  }
  return { kind: 'graphs', ids: [...ids].sort() };
}
