// The keys that move through an embedded story, as presenters press them and presentation remotes
// send them: → / Page Down / Space forward, ← / Page Up / Shift+Space back, Home / End to the
// first / last step.
export type StepMove = 'next' | 'prev' | 'first' | 'last';

export interface StepKeyEvent {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The key lands on a button or link, where Space means "press it". */
  onControl?: boolean;
}

export function stepMoveOf(event: StepKeyEvent): StepMove | null {
  // With a modifier the key belongs to the browser (Alt+← goes back) or the system.
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
      if (event.onControl) return null;
      return event.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The step a move leads to (the player keeps it within the story). */
export function stepAfter(move: StepMove, current: number, count: number): number {
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  return current + (move === 'next' ? 1 : -1);
}
