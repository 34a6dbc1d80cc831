import { describe, expect, it } from 'vitest';
import type { ConceptSummary, RelationSummary } from '../api/model.js';
import { merge } from './loader.js';

const concept = (id: string): ConceptSummary => ({
  id,
  kind: 'Value',
  labels: { id, en: id },
  order: 0,
  section: null,
});
const relation = (id: string, from: string, to: string): RelationSummary => ({
  id,
  type: 'SUPPORTS',
  basis: 'STATED',
  structural: false,
  from: { id: from },
  to: { id: to },
});

describe('merging the parts of a view', () => {
  it('unions concepts, drops hidden ones with their relations, and reuses known relations', () => {
    const pool = new Map<string, RelationSummary>();
    const a = {
      nodes: [concept('a'), concept('b')],
      relations: [relation('ab', 'a', 'b')],
      truncated: false,
    };
    const b = { nodes: [concept('c')], relations: [relation('bc', 'b', 'c')], truncated: true };
    const merged = merge([a, b], new Set(['a']), pool);
    expect(merged.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(merged.relations.map((r) => r.id)).toEqual(['bc']);
    expect(merged.truncated).toBe(true);
    // A later view with a and c but without the part that named bc still shows bc.
    const later = merge(
      [{ nodes: [concept('b'), concept('c')], relations: [], truncated: false }],
      new Set(),
      pool,
    );
    expect(later.relations.map((r) => r.id)).toEqual(['bc']);
  });
});
