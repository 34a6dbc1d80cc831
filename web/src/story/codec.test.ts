import { describe, expect, it } from 'vitest';
import { decodeStory, encodeStory, parseStory } from './codec.js';
import { parseCommand } from './messages.js';

describe('story links and messages', () => {
  it('round-trips a story with non-ASCII text through its link', () => {
    const story = {
      v: 1 as const,
      title: 'Keserasian — “uji”',
      steps: [{ name: 'Langkah 1 </script>', query: 'g=x&focus=y' }],
    };
    expect(decodeStory(encodeStory(story))).toEqual(story);
  });
  it('refuses malformed stories and commands', () => {
    expect(decodeStory('%%%')).toBeNull();
    expect(parseStory({ v: 2, steps: [] })).toBeNull();
    expect(parseStory({ v: 1, title: 't', steps: [{ name: 1, query: '' }] })).toBeNull();
    expect(parseCommand({ type: 'ks:goto', step: '2' })).toBeNull();
    expect(parseCommand({ type: 'ks:goto', step: 1.5 })).toBeNull();
    expect(parseCommand('ks:next')).toBeNull();
    expect(parseCommand({ type: 'ks:next' })).toEqual({ type: 'ks:next' });
  });
});
