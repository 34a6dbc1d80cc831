// Every statement the seed loader sends: fixed text, all values as parameters. Kinds and relation
// types travel as values too (dynamic labels and types, `$(...)`), after the validator has held
// them to the file's declarations and to identifier shapes (schema.ts KIND_ID, RELATION_TYPE_ID).
// Parameters arrive from JavaScript as floats; integer properties go through toInteger (which
// leaves null as null, and a null property is not stored). See load.ts for the order of steps.

/** Schema statements, each idempotent; run before a load, outside its transactions. */
export const SCHEMA_STATEMENTS = [
  // The ids of a version are held unique by Neo4j while it is written (staged). A uniqueness
  // constraint on :Concept itself would make the switch quadratic (see load.ts), so :Concept
  // has a plain index on the same pair; only the switch makes concepts, from staged ones.
  // Scoped by load, not by graph: two loads of one graph staging at once never collide; the
  // claim decides which of them switches its version in.
  'DROP CONSTRAINT stagedConceptGraphId IF EXISTS',
  'CREATE CONSTRAINT stagedConceptLoadId IF NOT EXISTS FOR (c:StagedConcept) REQUIRE (c.load, c.id) IS UNIQUE',
  'DROP CONSTRAINT conceptGraphId IF EXISTS', // an early version of this loader made it
  'CREATE INDEX conceptGraphAndId IF NOT EXISTS FOR (c:Concept) ON (c.graph, c.id)',
  'CREATE INDEX conceptGraph IF NOT EXISTS FOR (c:Concept) ON (c.graph)',
  'CREATE CONSTRAINT sourceGraphId IF NOT EXISTS FOR (s:Source) REQUIRE (s.graph, s.id) IS UNIQUE',
  'CREATE CONSTRAINT graphId IF NOT EXISTS FOR (g:Graph) REQUIRE g.id IS UNIQUE',
  'CREATE CONSTRAINT documentGraph IF NOT EXISTS FOR (d:Document) REQUIRE d.graph IS UNIQUE',
  'CREATE CONSTRAINT seedLoadGraph IF NOT EXISTS FOR (l:SeedLoad) REQUIRE l.graph IS UNIQUE',
  // standard-folding: "kesetaraan" finds "Kesetaraän"; labels and definitions in both languages.
  'CREATE FULLTEXT INDEX conceptText IF NOT EXISTS FOR (n:Concept) ' +
    'ON EACH [n.labelId, n.labelEn, n.definitionId, n.definitionEn] ' +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
];

/** The latest load of a graph to start is the one allowed to switch its version in. */
export const CLAIM = `
MERGE (l:SeedLoad {graph: $graph})
SET l.loadId = $loadId, l.startedAt = $now`;

/**
 * Leftovers of loads that died (staged) or of a version switched out (retired), in slices. The
 * staging of the load holding the claim is spared: a slow load that has already lost the claim
 * must not delete the winner's work.
 */
export const DELETE_LEFTOVERS_SLICE = `
OPTIONAL MATCH (l:SeedLoad {graph: $graph})
WITH coalesce(l.loadId, '') AS holder
MATCH (c) WHERE (c:RetiredConcept OR (c:StagedConcept AND c.load <> holder)) AND c.graph = $graph
WITH c LIMIT toInteger($limit)
DETACH DELETE c
RETURN count(*) AS deleted`;

export const DELETE_RETIRED_SLICE = `
MATCH (c:RetiredConcept) WHERE c.graph = $graph
WITH c LIMIT toInteger($limit)
DETACH DELETE c
RETURN count(*) AS deleted`;

export const STAGE_CONCEPTS = `
UNWIND $rows AS row
CREATE (c:StagedConcept {
  graph: $graph, load: $loadId, id: row.id, kind: row.kind,
  labelId: row.labelId, labelEn: row.labelEn, definitionId: row.definitionId, definitionEn: row.definitionEn,
  quote: row.quote, source: row.source, page: toInteger(row.page), section: row.section,
  order: toInteger(row.order), numberLabel: row.numberLabel, numberQuote: row.numberQuote,
  replaces: row.replaces, evidence: [n IN row.evidence | toInteger(n)],
  inDegree: toInteger(row.inDegree), outDegree: toInteger(row.outDegree),
  betweenness: row.betweenness, pageRank: row.pageRank
})`;

// The index hints matter: on a fresh database the statistics say "no staged concepts", and the
// planner would otherwise scan the label instead of seeking.
export const STAGE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:StagedConcept {load: $loadId, id: row.from}) USING INDEX a:StagedConcept(load, id)
MATCH (b:StagedConcept {load: $loadId, id: row.to}) USING INDEX b:StagedConcept(load, id)
CREATE (a)-[:$(row.type) {
  graph: $graph, id: row.id, basis: row.basis, quote: row.quote,
  rationaleId: row.rationaleId, rationaleEn: row.rationaleEn, source: row.source, page: toInteger(row.page),
  replaces: row.replaces, evidence: [n IN row.evidence | toInteger(n)]
}]->(b)
RETURN count(*) AS created`;

// ── The switch: one transaction ────────────────────────────────────────────────────────────
// Writing to the claim takes its lock: a load that starts during this switch waits to claim until
// the switch has committed, so it cannot be lost between our check and our release.
export const CLAIM_HOLDER = `
OPTIONAL MATCH (l:SeedLoad {graph: $graph})
SET l.switching = $loadId
RETURN l.loadId AS loadId`;

export const STAGED_COUNTS = `
MATCH (c:StagedConcept) WHERE c.graph = $graph AND c.load = $loadId
RETURN count(c) AS concepts, sum(COUNT { (c)-[r]->(:StagedConcept) WHERE r.graph = $graph }) AS relations`;

export const RETIRE_SLICE = `
MATCH (c:Concept {graph: $graph})
WITH c LIMIT toInteger($limit)
REMOVE c:$(labels(c))
SET c:RetiredConcept
RETURN count(*) AS retired`;

export const ACTIVATE_SLICE = `
MATCH (c:StagedConcept) WHERE c.graph = $graph AND c.load = $loadId
WITH c LIMIT toInteger($limit)
REMOVE c:StagedConcept, c.load
SET c:Concept:$(c.kind)
RETURN count(*) AS activated`;

export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {graph: $graph, id: row.id})
SET s = {graph: $graph, id: row.id, author: row.author, year: toInteger(row.year), title: row.title}`;

export const DELETE_STALE_SOURCES = `
MATCH (s:Source {graph: $graph})
WHERE NOT s.id IN $keep
DETACH DELETE s`;

// Reloading unchanged content keeps loadedAt: "twice is once" holds for the Graph node too.
// `version` is the id of the load that wrote this content: every switch of other content gets a
// new one, so a cache keyed on it (server/graph-versions.ts) never mixes what two loads wrote,
// while reloading the same content keeps it (and so keeps what is cached: the answers are equal).
export const WRITE_GRAPH = `
MERGE (g:Graph {id: $graph})
WITH g, g.contentHash = $props.contentHash AND g.loader = $props.loader AS same
WITH g, CASE WHEN same THEN g.loadedAt ELSE $now END AS loadedAt,
  CASE WHEN same THEN coalesce(g.version, $version) ELSE $version END AS version
SET g = $props, g.loadedAt = loadedAt, g.version = version,
  g.conceptCount = toInteger($props.conceptCount), g.relationCount = toInteger($props.relationCount),
  g.format = toInteger($props.format), g.loader = toInteger($props.loader)
RETURN g.version AS version`;

// The document of a graph version: written in the switch, so readers see the text and the
// concepts that quote it change together.
export const WRITE_DOCUMENT = `
MERGE (d:Document {graph: $graph})
SET d = $props, d.graph = $graph, d.lineCount = toInteger($props.lineCount)`;

export const RELEASE_CLAIM = `
MATCH (l:SeedLoad {graph: $graph, loadId: $loadId})
DELETE l`;

/** Concepts of the retired version whose ids the new version no longer has. */
export const COUNT_REMOVED = `
MATCH (r:RetiredConcept) WHERE r.graph = $graph
  AND NOT EXISTS { MATCH (c:Concept {graph: $graph, id: r.id}) }
RETURN count(r) AS removed`;

/** After a failed load: its own staged concepts, a slice per transaction. */
export const DELETE_OWN_STAGED_SLICE = `
MATCH (c:StagedConcept) WHERE c.graph = $graph AND c.load = $loadId
WITH c LIMIT toInteger($limit)
DETACH DELETE c
RETURN count(*) AS deleted`;

export const LOADED_HASH = `
MATCH (g:Graph {id: $graph})
RETURN g.contentHash AS contentHash, g.loader AS loader`;

/** Whether a load of the graph is under way (or died holding its claim). */
export const CLAIM_HOLDER_READ = `
OPTIONAL MATCH (l:SeedLoad {graph: $graph})
RETURN l IS NOT NULL AS claimed`;
