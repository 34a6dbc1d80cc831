import { describe, expect, it } from 'vitest';
import type { ConceptSummary, RelationSummary } from '../api/model.js';
import { sectionBoxes } from './sections.js';

const concept = (id: string, section: string | null = null): ConceptSummary => ({
  id,
  kind: 'K',
  order: 0,
  section,
  labels: { id, en: id },
});
const relation = (id: string, from: string, to: string, structural: boolean): RelationSummary => ({
  id,
  type: structural ? 'HAS_MEMBER' : 'SUPPORTS',
  basis: 'STATED',
  structural,
  from: { id: from },
  to: { id: to },
});

describe('sections drawn as boxes', () => {
  const nodes = [
    concept('topic'),
    concept('sec-a'),
    concept('sec-b'),
    concept('x', 'sec-a'),
    concept('y', 'sec-a'),
    // Its section is not on the canvas: it stands on its own.
    concept('z', 'sec-gone'),
  ];
  const relations = [
    relation('topic-a', 'topic', 'sec-a', true),
    relation('topic-b', 'topic', 'sec-b', true),
    relation('a-x', 'sec-a', 'x', true),
    relation('a-y', 'sec-a', 'y', true),
    // A second section names x too: nothing else would show it, so it stays drawn.
    relation('b-x', 'sec-b', 'x', true),
    relation('x-y', 'x', 'y', false),
    relation('topic-x', 'topic', 'x', false),
  ];

  it('puts each concept in its section’s box and leaves out what the boxes say', () => {
    const boxes = sectionBoxes(nodes, relations, 'groups');
    expect([...boxes.parentOf]).toEqual([
      ['x', 'sec-a'],
      ['y', 'sec-a'],
    ]);
    // Into a box (the topic has this section), and a box holding its member.
    expect([...boxes.replaced].sort()).toEqual(['a-x', 'a-y', 'topic-a']);
  });

  it('draws every relation and no box when sections are drawn as edges', () => {
    const boxes = sectionBoxes(nodes, relations, 'edges');
    expect(boxes.parentOf.size).toBe(0);
    expect(boxes.replaced.size).toBe(0);
  });
});
