// Type definitions for @neo4j/graphql equivalent to our schema over the same data: the concept's
// properties, one relationship field per declared relation type and direction (how a user of the
// library models typed relations), full-text search over `conceptText`, and @cypher fields for
// what the library cannot generate (shortest paths), running the same Cypher as ours.
import { MAX_PATH_LENGTH } from '../../graph/queries/paths.js';

/** Relation types come from the graph's declarations; checked, since they become SDL and Cypher. */
export function checkedTypes(types: readonly string[]): string[] {
  for (const type of types) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new Error(`Unexpected relation type name: ${type}`);
  }
  return [...types];
}

/** `HAS_PART` → `hasPart`, the field name stem of that type's relationship fields. */
export function fieldStem(type: string): string {
  return type.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const CONCEPT_FIELDS = `
  graph: String!
  id: ID!
  kind: String!
  labelId: String
  labelEn: String
  definitionId: String
  definitionEn: String
  quote: String
  source: String
  page: Int
  section: String
  order: Int`;

const RELATION_FIELDS = `
  graph: String
  id: ID!
  basis: String
  quote: String
  rationaleId: String
  rationaleEn: String
  page: Int`;

// The same search for a path as graph/queries/paths.ts (shortestPath, declared types only).
const SHORTEST_PATH = `
MATCH (a:Concept {graph: $graph, id: $from}), (b:Concept {graph: $graph, id: $to})
MATCH p = shortestPath((a)-[*..${MAX_PATH_LENGTH}]-(b))
WHERE all(r IN relationships(p) WHERE r.graph = $graph AND type(r) IN $types)
WITH p WHERE length(p) <= $maxLength
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n {.*}],
  relations: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
} AS path`;

export function peerTypeDefs(relationTypes: readonly string[]): string {
  const relationships = checkedTypes(relationTypes)
    .map((type) => {
      const stem = fieldStem(type);
      const field = (direction: 'OUT' | 'IN') =>
        `  ${stem}${direction === 'OUT' ? 'Out' : 'In'}: [Concept!]! @relationship(type: "${type}", direction: ${direction}, properties: "RelationProps")`;
      return `${field('OUT')}\n${field('IN')}`;
    })
    .join('\n');
  return `
type Concept
  @node
  @fulltext(indexes: [{ indexName: "conceptText", queryName: "searchConcepts", fields: ["labelId", "labelEn", "definitionId", "definitionEn"] }]) {
${CONCEPT_FIELDS}
${relationships}
}

type RelationProps @relationshipProperties {
${RELATION_FIELDS}
}

type ConceptData {
${CONCEPT_FIELDS}
}

type RelationData {
  type: String!
  from: ID!
  to: ID!
${RELATION_FIELDS}
}

type PathData {
  length: Int!
  nodes: [ConceptData!]!
  relations: [RelationData!]!
}

type Query {
  shortestPath(graph: String!, from: ID!, to: ID!, maxLength: Int!, types: [String!]!): [PathData!]!
    @cypher(statement: """${SHORTEST_PATH}""", columnName: "path")
}
`;
}
