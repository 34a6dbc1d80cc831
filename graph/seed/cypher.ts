// Every statement the seed loader sends, all fixed text with parameters.

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

// Parameters arrive from JavaScript as floats; integer properties are stored as integers
// (toInteger(null) is null, and a null property is not stored).

// Deleting in slices inside the one transaction keeps each statement's working set small.
export const DELETE_CONCEPTS_SLICE = `
MATCH (c:Concept {graph: $graph})
WITH c LIMIT toInteger($limit)
DETACH DELETE c
RETURN count(*) AS deleted`;

export const DELETE_SOURCES = `
MATCH (s:Source {graph: $graph})
DETACH DELETE s`;

// A reload of unchanged content keeps loadedAt: "twice is once" holds for the Graph node too.
export const WRITE_GRAPH = `
MERGE (g:Graph {id: $graph})
WITH g, CASE WHEN g.contentHash = $props.contentHash THEN g.loadedAt ELSE $now END AS loadedAt
SET g = $props, g.loadedAt = loadedAt,
  g.conceptCount = toInteger($props.conceptCount), g.relationCount = toInteger($props.relationCount),
  g.format = toInteger($props.format)`;

export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source {graph: $graph, id: row.id, author: row.author, year: toInteger(row.year), title: row.title})`;

// Kinds and relation types are parameters too: Neo4j 5.26's dynamic labels and types, `$(...)`,
// take them as values, so no Cypher text is ever built from a file. The validator has already
// held each to the file's declarations and to identifier shapes (schema.ts KIND_ID and
// RELATION_TYPE_ID). One fixed statement per step also lets Neo4j plan it once.
// Properties are written in CREATE itself: `SET c = row` would make Neo4j plan Eager operators
// (read/set conflicts) that hold whole batches in memory. Null values are simply not stored.
export const CREATE_CONCEPTS = `
UNWIND $rows AS row
CREATE (c:Concept:$(row.kind) {
  graph: $graph, id: row.id, kind: row.kind,
  labelId: row.labelId, labelEn: row.labelEn, definitionId: row.definitionId, definitionEn: row.definitionEn,
  quote: row.quote, source: row.source, page: toInteger(row.page), section: row.section,
  order: toInteger(row.order)
})`;

export const LINK_SOURCES = `
UNWIND $rows AS row
MATCH (c:Concept {graph: $graph, id: row.id})
MATCH (s:Source {graph: $graph, id: row.source})
CREATE (c)-[:FROM_SOURCE {graph: $graph, page: toInteger(row.page)}]->(s)`;

export const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Concept {graph: $graph, id: row.from})
MATCH (b:Concept {graph: $graph, id: row.to})
CREATE (a)-[:$(row.type) {
  graph: $graph, id: row.id, basis: row.basis, quote: row.quote,
  rationaleId: row.rationaleId, rationaleEn: row.rationaleEn, source: row.source, page: toInteger(row.page)
}]->(b)`;

export const LOADED_HASH = `
MATCH (g:Graph {id: $graph})
RETURN g.contentHash AS contentHash`;
