// Page-wide keys: `/` jumps to search, `t` opens or closes the text, Escape clears,
// Ctrl+Z / Ctrl+Shift+Z undo and redo.
// Keys typed into a field stay with the field.
import type { Controller } from './controller.js';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function installShortcuts(controller: Controller, searchInput: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (typing(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/' && !mod) {
      event.preventDefault();
      searchInput.focus();
      searchInput.select();
    } else if (event.key.toLowerCase() === 't' && !mod && !event.altKey) {
      event.preventDefault();
      controller.toggleText();
    } else if (event.key === 'Escape') {
      controller.select(null);
    } else if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) controller.redo();
      else controller.undo();
    } else if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      controller.redo();
    }
  });
}
