// Presents a story in the explorer: full screen without the explorer's chrome, one step at a
// time, arrow keys (and Page Up / Page Down, Space) to move, Escape to leave. Each step is
// committed as a view, so the graph view animates the concepts from one step's places to the
// next; the caption fades in with the step's name.
import type { Controller } from '../app/controller.js';
import { requestReframe } from '../app/reframe.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import type { Story } from './codec.js';
import { stepView } from './steps.js';

export interface PresentOptions {
  /** Frames the graph on the canvas (which grows or shrinks as full screen comes and goes). */
  fit(): void;
  onLeave(): void;
}

export function present(
  story: Story,
  start: number,
  store: Store<AppState>,
  controller: Controller,
  options: PresentOptions,
): void {
  const count = story.steps.length;
  if (count === 0) return;
  const root = document.documentElement;
  const lang = store.get().view.lang;
  const caption = document.createElement('div');
  caption.className = 'story-caption';
  caption.setAttribute('role', 'status');
  caption.dataset.testid = 'story-caption';
  const name = document.createElement('strong');
  const position = document.createElement('span');
  const keys = document.createElement('span');
  keys.className = 'story-keys';
  keys.textContent = t(lang, 'story.keys');
  caption.append(position, name, keys);
  document.body.append(caption);
  root.dataset.presenting = '1';
  let current = -1;

  function go(index: number): void {
    const next = Math.min(Math.max(index, 0), count - 1);
    const step = story.steps[next];
    if (!step || next === current) return;
    current = next;
    // The presenter's language stays; the step decides what is shown and how.
    const base = store.get().view;
    const view = stepView(step.query, base);
    controller.commit({ ...view, lang: base.lang, theme: base.theme }, { history: 'replace' });
    root.dataset.storyStep = String(next);
    position.textContent = t(lang, 'story.caption', { n: next + 1, count });
    name.textContent = step.name;
    // Each step is framed anew once its layout is done, clear of the caption (now holding the
    // step's name, so its size is final).
    requestReframe();
    // Restart the fade: drop the class, let the browser see it gone, add it again.
    caption.classList.remove('story-caption-in');
    caption.getBoundingClientRect();
    caption.classList.add('story-caption-in');
  }

  function onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ')
      go(current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(current - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(count - 1);
    else if (event.key === 'Escape') leave();
    else return;
    // Capture phase: while presenting, these keys mean steps, not the graph's neighbour cursor.
    event.preventDefault();
    event.stopPropagation();
  }

  let wasFullscreen = false;
  function onFullscreen(): void {
    if (document.fullscreenElement) wasFullscreen = true;
    // The browser's own Escape leaves full screen without a key event reaching the page.
    else if (wasFullscreen) leave();
    requestAnimationFrame(() => options.fit());
  }

  function leave(): void {
    window.removeEventListener('keydown', onKey, true);
    document.removeEventListener('fullscreenchange', onFullscreen);
    caption.remove();
    delete root.dataset.presenting;
    delete root.dataset.storyStep;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    requestAnimationFrame(() => options.fit());
    options.onLeave();
  }

  window.addEventListener('keydown', onKey, true);
  document.addEventListener('fullscreenchange', onFullscreen);
  // Full screen needs the click that started this; without it the page still fills the window.
  void root.requestFullscreen?.().catch(() => undefined);
  go(start);
}
