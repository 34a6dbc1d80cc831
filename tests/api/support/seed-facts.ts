// The shipped seed read straight from its YAML, without the loader or Neo4j: what tests compute
// expected answers from, independently of the queries they check.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SEED_FILE } from '../../seed/support/files.js';

export interface SeedConcept {
  id: string;
  kind: string;
  label: { id: string; en?: string };
  definition?: { id?: string; en?: string };
  quote?: string;
  source?: string;
  page?: number;
  section?: string;
}

export interface SeedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  basis: 'stated' | 'inferred';
  quote?: string;
  rationale?: { id?: string; en?: string };
  source?: string;
  page?: number;
}

export interface SeedFacts {
  concepts: SeedConcept[];
  relations: SeedRelation[];
  structural: Set<string>;
  kindOf: Map<string, string>;
}

interface SeedFile {
  relationTypes: { id: string; structural?: boolean }[];
  concepts: SeedConcept[];
  relations: (Omit<SeedRelation, 'id'> & { id?: string })[];
}

export function seedFacts(): SeedFacts {
  const seed = parse(readFileSync(SEED_FILE, 'utf8')) as SeedFile;
  const relations = seed.relations.map((r) => ({
    ...r,
    id: r.id ?? `${r.from}.${r.type}.${r.to}`,
  }));
  return {
    concepts: seed.concepts,
    relations,
    structural: new Set(seed.relationTypes.filter((t) => t.structural).map((t) => t.id)),
    kindOf: new Map(seed.concepts.map((c) => [c.id, c.kind])),
  };
}

export const sortedIds = (items: { id: string }[]): string[] => items.map((i) => i.id).sort();

/** Relations at a concept (either end) among `relations` (the seed has no loops). */
export function degreeOf(id: string, relations: SeedRelation[]): number {
  return relations.reduce((n, r) => n + (r.from === id ? 1 : 0) + (r.to === id ? 1 : 0), 0);
}
