// Undo and redo of the steps that change what is in the view (expand, collapse, hide, focus,
// filters). Selection, zoom and language are not steps: undoing them would surprise users.
import type { StructuralView } from './view.js';

const LIMIT = 100;

export interface UndoHistory {
  /** Records the state before a step. */
  record(before: StructuralView): void;
  undo(current: StructuralView): StructuralView | null;
  redo(current: StructuralView): StructuralView | null;
  canUndo(): boolean;
  canRedo(): boolean;
}

export function createUndoHistory(): UndoHistory {
  const past: StructuralView[] = [];
  const future: StructuralView[] = [];
  return {
    record(before) {
      past.push(before);
      if (past.length > LIMIT) past.shift();
      future.length = 0;
    },
    undo(current) {
      const previous = past.pop();
      if (!previous) return null;
      future.push(current);
      return previous;
    },
    redo(current) {
      const next = future.pop();
      if (!next) return null;
      past.push(current);
      return next;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
