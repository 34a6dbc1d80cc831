import { describe, expect, it } from 'vitest';
import { stepAfter, stepMoveOf, type StepKeyEvent } from './keys.js';

const press = (key: string, extra: Partial<StepKeyEvent> = {}): StepKeyEvent => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe('story keys', () => {
  it('reads the keys of a keyboard and of a presentation remote', () => {
    expect(stepMoveOf(press('ArrowRight'))).toBe('next');
    expect(stepMoveOf(press('PageDown'))).toBe('next');
    expect(stepMoveOf(press(' '))).toBe('next');
    expect(stepMoveOf(press('ArrowLeft'))).toBe('prev');
    expect(stepMoveOf(press('PageUp'))).toBe('prev');
    expect(stepMoveOf(press(' ', { shiftKey: true }))).toBe('prev');
    expect(stepMoveOf(press('Home'))).toBe('first');
    expect(stepMoveOf(press('End'))).toBe('last');
  });

  it('leaves other keys, modified keys and Space on a button alone', () => {
    expect(stepMoveOf(press('ArrowUp'))).toBeNull();
    expect(stepMoveOf(press('Enter'))).toBeNull();
    expect(stepMoveOf(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(stepMoveOf(press('End', { ctrlKey: true }))).toBeNull();
    expect(stepMoveOf(press('ArrowRight', { metaKey: true }))).toBeNull();
    expect(stepMoveOf(press(' ', { onControl: true }))).toBeNull();
    expect(stepMoveOf(press('ArrowRight', { onControl: true }))).toBe('next');
  });

  it('moves one step, or to either end', () => {
    expect(stepAfter('next', 1, 3)).toBe(2);
    expect(stepAfter('prev', 1, 3)).toBe(0);
    expect(stepAfter('first', 2, 3)).toBe(0);
    expect(stepAfter('last', 0, 3)).toBe(2);
  });
});
