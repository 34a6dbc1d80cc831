// Connectivity figures of a graph: degrees of all concepts, summarised in one statement.
import type { Database } from '../db.js';
import { isObject, toConcept, type ConceptRecord } from './model.js';

export interface DegreeSummary {
  min: number;
  max: number;
  mean: number;
  median: number;
  isolated: number;
  byBasis: { stated: number; inferred: number };
  mostConnected: { concept: ConceptRecord; degree: number }[];
}

export const DEGREE_SUMMARY = `
MATCH (c:Concept {graph: $graph})
WITH c, COUNT { (c)-[r]-(o) WHERE r.graph = $graph AND type(r) IN $types AND o:Concept AND o.graph = $graph } AS degree
ORDER BY degree DESC, coalesce(c.order, 0) ASC, c.id ASC
WITH collect({concept: c, degree: degree})[..toInteger($first)] AS top,
  min(degree) AS min, max(degree) AS max, avg(degree) AS mean,
  percentileCont(degree, 0.5) AS median, sum(CASE degree WHEN 0 THEN 1 ELSE 0 END) AS isolated
CALL {
  MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types
  RETURN sum(CASE r.basis WHEN 'inferred' THEN 1 ELSE 0 END) AS inferred, count(r) AS relations
}
RETURN min, max, mean, median, isolated, inferred, relations - inferred AS stated, top`;

export async function readDegreeSummary(
  db: Database,
  graph: string,
  types: string[],
  first: number,
): Promise<DegreeSummary> {
  const [row] = await db.readRows(DEGREE_SUMMARY, { graph, types, first });
  const top = Array.isArray(row?.top) ? row.top : [];
  return {
    min: Number(row?.min ?? 0),
    max: Number(row?.max ?? 0),
    mean: Number(row?.mean ?? 0),
    median: Number(row?.median ?? 0),
    isolated: Number(row?.isolated ?? 0),
    byBasis: { stated: Number(row?.stated ?? 0), inferred: Number(row?.inferred ?? 0) },
    mostConnected: top.flatMap((entry) => {
      const concept = isObject(entry) ? toConcept(entry.concept) : null;
      return concept && isObject(entry) ? [{ concept, degree: Number(entry.degree ?? 0) }] : [];
    }),
  };
}
