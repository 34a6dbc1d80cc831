import { describe, expect, it } from 'vitest';
import { addStep, EMPTY_STORY, moveStep, removeStep, renameStep } from './steps.js';

describe('story step editing', () => {
  const three = ['a', 'b', 'c'].reduce((s, n) => addStep(s, n, `focus=${n}`), EMPTY_STORY);
  const names = (s: typeof three) => s.steps.map((step) => step.name);

  it('adds, renames, moves and removes steps without touching the original', () => {
    expect(names(three)).toEqual(['a', 'b', 'c']);
    expect(names(renameStep(three, 1, 'B'))).toEqual(['a', 'B', 'c']);
    expect(names(moveStep(three, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(names(moveStep(three, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(names(removeStep(three, 0))).toEqual(['b', 'c']);
    expect(names(three)).toEqual(['a', 'b', 'c']);
  });
  it('ignores moves past either end', () => {
    expect(moveStep(three, 0, -1)).toBe(three);
    expect(moveStep(three, 2, 1)).toBe(three);
  });
});

describe('a step as a view', () => {
  it('takes what its query leaves out from the defaults, not from the view before it', async () => {
    const { stepView } = await import('./steps.js');
    const { DEFAULT_VIEW } = await import('../state/view.js');
    const before = { ...DEFAULT_VIEW, graph: 'g', focus: 'x', focusDepth: 3, hidden: ['y'] };
    const view = stepView('g=g&focus=z', before);
    expect(view).toMatchObject({ focus: 'z', focusDepth: 1, hidden: [], zoom: null });
  });
});
