import { describe, expect, it } from 'vitest';
import { aliasMap } from '../state/aliases.js';
import { resolveStory } from './aliases.js';

describe('a saved story after a correction of the graph', () => {
  const aliases = aliasMap([
    { old: 'old-concept', current: 'concept', target: 'CONCEPT' },
    { old: 'old-relation', current: 'relation', target: 'RELATION' },
  ]);

  it('names the current ids in its steps, and is left alone when it names none', () => {
    const story = {
      v: 1 as const,
      title: 'T',
      steps: [
        { name: 'one', query: 'g=g&focus=old-concept' },
        { name: 'two', query: 'g=g&sel=r%3Aold-relation' },
        { name: 'three', query: 'g=g&focus=other' },
      ],
    };
    const resolved = resolveStory(story, aliases);
    expect(resolved.steps.map((s) => new URLSearchParams(s.query).get('focus'))).toEqual([
      'concept',
      null,
      'other',
    ]);
    expect(new URLSearchParams(resolved.steps[1]?.query).get('sel')).toBe('r:relation');
    expect(resolved.steps[2]).toBe(story.steps[2]);
    expect(resolveStory(resolved, aliases)).toBe(resolved);
  });
});
