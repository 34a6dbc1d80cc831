// Plays a story inside the embed view: `?story=…&step=N`, the keys of a presenter or a remote
// (web/src/story/keys.ts), and postMessage commands from the embedding page (messages.ts); every
// step change is posted back as `ks:step`. docs/embed.md documents both for deck authors.
import type { Controller } from '../app/controller.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { decodeStory } from './codec.js';
import { stepAfter, stepMoveOf } from './keys.js';
import { parseCommand, type StepEvent } from './messages.js';
import { stepView } from './steps.js';

export function installStoryPlayer(store: Store<AppState>, controller: Controller): void {
  const q = new URLSearchParams(window.location.search);
  const encoded = q.get('story');
  if (!encoded) return;
  const story = decodeStory(encoded);
  if (!story) return;
  const count = story.steps.length;
  let current = -1;

  function go(index: number): void {
    const next = Math.min(Math.max(index, 0), count - 1);
    const step = story?.steps[next];
    if (!step || next === current) return;
    current = next;
    // A step is a whole view: what its query leaves out is the default, not the last step's.
    controller.commit(stepView(step.query, store.get().view), { history: 'none' });
    document.documentElement.dataset.storyStep = String(next);
    const event: StepEvent = { type: 'ks:step', step: next, count, name: step.name };
    if (window.parent !== window) window.parent.postMessage(event, '*');
  }

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const command = parseCommand(event.data);
    if (!command) return;
    if (command.type === 'ks:goto') go(command.step);
    else go(current + (command.type === 'ks:next' ? 1 : -1));
  });
  // Capture phase: in a story the arrows mean steps, not the graph view's neighbour cursor.
  window.addEventListener(
    'keydown',
    (event) => {
      const onControl =
        event.target instanceof Element && event.target.closest('a, button, summary') !== null;
      const move = stepMoveOf({
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        onControl,
      });
      if (!move) return;
      go(stepAfter(move, current, count));
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );
  const start = Number(q.get('step') ?? 0);
  go(Number.isInteger(start) ? start : 0);
}
