// The look-ahead a page's planner reads before any nested resolver runs (nested-plan.ts) must see
// what the executor will hand those resolvers: the same field groups and the same arguments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getArgumentValues,
  getVariableValues,
  Kind,
  parse,
  type FieldNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { argumentValues, subfieldGroups } from './selection.js';

const schema = buildSchema(readFileSync(join(import.meta.dirname, 'schema.graphql'), 'utf8'));
const concept = schema.getType('Concept') as GraphQLObjectType;

/** The concept fields under `concepts { nodes }` of `query`, with the variables it was given. */
function conceptFields(query: string, given: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], given);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const info = { fragments: {}, variableValues: coerced.coerced, schema };
  const root = operation.selectionSet.selections[0] as FieldNode;
  const nodes = subfieldGroups([root], info).get('nodes') ?? [];
  return { info, groups: subfieldGroups(nodes, info) };
}

describe('argumentValues', () => {
  it("agrees with graphql's own coercion for literals, variables, defaults and left-out variables", () => {
    const { info, groups } = conceptFields(
      `query($n: Int, $types: [String!], $left: Basis, $order: RelationOrder) {
        concepts { nodes {
          plain: relations { id }
          literal: relations(first: 3, scope: MEANING, direction: OUT, types: "SUPPORTS", basis: STATED, orderBy: {}) { id }
          variables: relations(first: $n, types: $types, basis: $left, orderBy: $order) { id }
          neighbors(kinds: ["Goal"], excludeRelationTypes: ["HAS_MEMBER"], sources: ["w"]) { id }
          degree(direction: IN, types: ["A", "B"])
          relationsConnection(first: 0, after: "YXJyYXljb25uZWN0aW9uOjI=") { totalCount }
        } }
      }`,
      { n: 7, types: 'SERVES', order: { field: 'PAGE' } },
    );
    expect(groups.size).toBe(6);
    for (const [key, [node]] of groups) {
      if (!node) throw new Error(key);
      const field = concept.getFields()[node.name.value];
      if (!field) throw new Error(node.name.value);
      expect([key, argumentValues(field, node, info)]).toEqual([
        key,
        { ...getArgumentValues(field, node, info.variableValues) },
      ]);
    }
  });
});

describe('subfieldGroups', () => {
  it('groups by response key through fragments, and leaves out what @skip and @include drop', () => {
    const { groups } = conceptFields(
      `query($yes: Boolean!, $no: Boolean!) {
        concepts { nodes {
          id
          relations { id }
          ... on Concept { relations { type } }
          other: relations(first: 2) { id }
          gone: neighbors @skip(if: $yes) { id }
          kept: neighbors @include(if: $yes) { id }
          dropped: degree @include(if: $no)
        } }
      }`,
      { yes: true, no: false },
    );
    expect([...groups.keys()]).toEqual(['id', 'relations', 'other', 'kept']);
    expect(groups.get('relations')).toHaveLength(2);
  });
});
