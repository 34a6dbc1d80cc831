// Every statement the seed loader sends: fixed text, all values as parameters.
//
// Why the load is an upsert and not "delete the graph, then create it": inside one transaction,
// Neo4j 5.26 checks a uniqueness constraint more slowly for every node already deleted in that
// transaction, so delete-then-create grows quadratically (20,000 concepts: 2 s became 50 s).
// So the loader first deletes only relationships (no node index is touched), then MERGEs each
// concept by (graph, id) and overwrites it, and deletes the concepts the file no longer has
// last, by element id, when no index lookup follows.
//
// Kinds and relation types are parameters too: dynamic labels and types, `$(...)`, take them as
// values, so no Cypher text is ever built from a file; the validator has already held them to the
// file's declarations and to identifier shapes (schema.ts KIND_ID and RELATION_TYPE_ID).
// Parameters arrive from JavaScript as floats; integer properties go through toInteger (which
// leaves null as null, and a null property is not stored).

/** Schema statements, each idempotent; run before a load, outside its transaction. */
export const SCHEMA_STATEMENTS = [
  // Community edition has no node keys, but a uniqueness constraint may span two properties.
  'CREATE CONSTRAINT conceptGraphId IF NOT EXISTS FOR (c:Concept) REQUIRE (c.graph, c.id) IS UNIQUE',
  'CREATE CONSTRAINT sourceGraphId IF NOT EXISTS FOR (s:Source) REQUIRE (s.graph, s.id) IS UNIQUE',
  'CREATE CONSTRAINT graphId IF NOT EXISTS FOR (g:Graph) REQUIRE g.id IS UNIQUE',
  'CREATE INDEX conceptGraph IF NOT EXISTS FOR (c:Concept) ON (c.graph)',
  // standard-folding: "kesetaraan" finds "Kesetaraän"; labels and definitions in both languages.
  'CREATE FULLTEXT INDEX conceptText IF NOT EXISTS FOR (n:Concept) ' +
    'ON EACH [n.labelId, n.labelEn, n.definitionId, n.definitionEn] ' +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
];

/** The concepts already there, with how many relations start at each. */
export const EXISTING_CONCEPTS = `
MATCH (c:Concept {graph: $graph})
RETURN c.id AS id, elementId(c) AS element, COUNT { (c)-->() } AS degree`;

// Every relation of a graph starts at one of its concepts (declared types and FROM_SOURCE alike).
export const DELETE_RELATIONS_FROM = `
UNWIND $elements AS element
MATCH (c:Concept) WHERE elementId(c) = element
MATCH (c)-[r]->()
DELETE r`;

// A reload of unchanged content keeps loadedAt: "twice is once" holds for the Graph node too.
export const WRITE_GRAPH = `
MERGE (g:Graph {id: $graph})
WITH g, CASE WHEN g.contentHash = $props.contentHash THEN g.loadedAt ELSE $now END AS loadedAt
SET g = $props, g.loadedAt = loadedAt,
  g.conceptCount = toInteger($props.conceptCount), g.relationCount = toInteger($props.relationCount),
  g.format = toInteger($props.format)`;

export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {graph: $graph, id: row.id})
SET s = {graph: $graph, id: row.id, author: row.author, year: toInteger(row.year), title: row.title}`;

/** Overwrites every property and the kind label, so nothing of the previous version lingers. */
export const UPSERT_CONCEPTS = `
UNWIND $rows AS row
MERGE (c:Concept {graph: $graph, id: row.id})
SET c = {
  graph: $graph, id: row.id, kind: row.kind,
  labelId: row.labelId, labelEn: row.labelEn, definitionId: row.definitionId, definitionEn: row.definitionEn,
  quote: row.quote, source: row.source, page: toInteger(row.page), section: row.section,
  order: toInteger(row.order)
}
WITH c, row, [label IN labels(c) WHERE label <> 'Concept' AND label <> row.kind] AS stale
REMOVE c:$(stale)
SET c:$(row.kind)`;

// Index hints: on a fresh database the statistics say "no concepts", and the planner would
// otherwise scan the label, which grows with every batch this transaction has written.
export const LINK_SOURCES = `
UNWIND $rows AS row
MATCH (c:Concept {graph: $graph, id: row.id}) USING INDEX c:Concept(graph, id)
MATCH (s:Source {graph: $graph, id: row.source}) USING INDEX s:Source(graph, id)
CREATE (c)-[:FROM_SOURCE {graph: $graph, page: toInteger(row.page)}]->(s)`;

export const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Concept {graph: $graph, id: row.from}) USING INDEX a:Concept(graph, id)
MATCH (b:Concept {graph: $graph, id: row.to}) USING INDEX b:Concept(graph, id)
CREATE (a)-[:$(row.type) {
  graph: $graph, id: row.id, basis: row.basis, quote: row.quote,
  rationaleId: row.rationaleId, rationaleEn: row.rationaleEn, source: row.source, page: toInteger(row.page)
}]->(b)`;

export const DELETE_CONCEPTS = `
UNWIND $elements AS element
MATCH (c:Concept) WHERE elementId(c) = element
DETACH DELETE c`;

export const DELETE_STALE_SOURCES = `
MATCH (s:Source {graph: $graph})
WHERE NOT s.id IN $keep
DETACH DELETE s`;

export const LOADED_HASH = `
MATCH (g:Graph {id: $graph})
RETURN g.contentHash AS contentHash`;
