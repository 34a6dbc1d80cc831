import { describe, expect, it } from 'vitest';
import type { Story } from './codec.js';
import { storyAddressWriter } from './links.js';

const story = (title: string): Story => ({ v: 1, title, steps: [{ name: 'a', query: 'g=x' }] });

describe('writing the story into the address', () => {
  it('writes every edit but typing at once, and typing when the field is left', () => {
    const written: string[] = [];
    const address = storyAddressWriter((s) => written.push(s.title));
    address.now(story('one'));
    expect(written).toEqual(['one']);
    // Keystrokes wait; leaving the field writes the last of them, once.
    address.later(story('t'));
    address.later(story('tw'));
    address.later(story('two'));
    expect(written).toEqual(['one']);
    address.flush();
    address.flush();
    expect(written).toEqual(['one', 'two']);
    // An edit that is not typing takes the pending keystrokes' place.
    address.later(story('thr'));
    address.now(story('three'));
    expect(written).toEqual(['one', 'two', 'three']);
  });
});
