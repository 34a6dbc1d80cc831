// A "Copy" button for a read-only field, with feedback a user can see and hear: the button says
// "Copied" for a moment and a polite live region names what was copied. When the browser refuses
// the clipboard (permission, an address that is not secure, a page without focus) it says so and
// selects the field's text, so Ctrl+C copies it by hand.
import { t } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import { h } from './dom.js';
import './copy-button.css';

/** How long the button says "Copied" before it reads "Copy" again. */
const FEEDBACK_MS = 2500;

/**
 * The live region a dialog or panel announces its copies in. It has to be inside a modal
 * dialog: what lies outside one is inert, and screen readers do not hear it.
 */
export function copyStatus(testId: string): HTMLParagraphElement {
  return h('p', { class: 'copy-status', attrs: { role: 'status', 'data-testid': testId } });
}

function announce(status: HTMLElement, message: string): void {
  // Emptied first, so the same message twice in a row is announced twice.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 100);
}

async function writeClipboard(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('No clipboard in this context');
  await navigator.clipboard.writeText(text);
}

/** `what` names the field ("Link to this view"): the button's accessible name ends with it. */
export function copyButton(
  lang: UiLang,
  field: HTMLInputElement | HTMLTextAreaElement,
  what: string,
  status: HTMLElement,
  testId?: string,
): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'copy-button',
    attrs: { 'data-testid': testId },
  });
  let shown = 0;
  const show = (state: 'done' | 'failed' | null) => {
    const turn = ++shown;
    const word = t(lang, state === 'done' ? 'copied' : state ? 'copyFailedShort' : 'copy');
    // The word is what shows; the name also says what it copies (three buttons, three names).
    button.textContent = word;
    button.setAttribute('aria-label', `${word}: ${what}`);
    if (state) button.dataset.copy = state;
    else delete button.dataset.copy;
    if (state) window.setTimeout(() => turn === shown && show(null), FEEDBACK_MS);
  };
  show(null);
  button.addEventListener('click', () => {
    void writeClipboard(field.value).then(
      () => {
        show('done');
        announce(status, t(lang, 'copiedWhat', { what }));
      },
      () => {
        show('failed');
        field.focus();
        field.select();
        announce(status, t(lang, 'copyFailed', { what }));
      },
    );
  });
  return button;
}
