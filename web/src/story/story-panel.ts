// The explorer's story panel: save the current view as a named step, rename, reorder and delete
// steps, show one, present them, copy the story's links, download or load it as JSON. The story
// lives in this panel's memory and in the page's address (never on the server).
//
// The fields a reader types in are never rebuilt while they type. Each keystroke goes into the
// story at once (`input`), and a render writes a field only when the story holds another value.
// The panel used to be rebuilt whole on every `change`: a title's `change` fires as the pointer
// goes down on a step's name, the rebuild replaced that name field before it took focus, and the
// name typed next went to the page instead (twice out of two tries).
import type { Controller } from '../app/controller.js';
import { t } from '../i18n/index.js';
import { copyButton, copyStatus } from '../panels/copy-button.js';
import { button, h, replaceKeepingFocus, watch } from '../panels/dom.js';
import { closeOnEscape, focusReturn } from '../panels/focus-return.js';
import { aliasMap } from '../state/aliases.js';
import type { AppState } from '../state/app-state.js';
import { createStore, type Store } from '../state/store.js';
import { queryFromView } from '../state/url.js';
import type { UiLang } from '../state/view.js';
import { resolveStory } from './aliases.js';
import type { Story } from './codec.js';
import { downloadStory, readStoryFile } from './file.js';
import {
  embedStoryLink,
  explorerStoryLink,
  storyAddressWriter,
  storyFromAddress,
} from './links.js';
import { present } from './presenter.js';
import { addStep, EMPTY_STORY, moveStep, removeStep, renameStep, stepView } from './steps.js';
import './story.css';

export interface StoryPanel {
  toggle(): void;
}

/** Sets a field's value only when it differs: setting it anyway would move the caret. */
function sync(field: HTMLInputElement, value: string): void {
  if (field.value !== value) field.value = value;
}

function linkRow(label: string, testId: string, lang: UiLang, status: HTMLElement) {
  const id = `${testId}-field`;
  const input = h('input', { id, type: 'text', attrs: { readonly: true, 'data-testid': testId } });
  const copy = copyButton(lang, input, label, status, `${testId}-copy`);
  const name = h('label', { attrs: { for: id } }, label);
  return { row: h('div', { class: 'story-link' }, name, input, copy), input };
}

export function mountStoryPanel(
  app: Store<AppState>,
  controller: Controller,
  canvas: { fit(): void },
): StoryPanel {
  const fromAddress = storyFromAddress(window.location.search);
  const story: Store<Story> = createStore(fromAddress ?? EMPTY_STORY);
  const ui = createStore({ open: fromAddress !== null, error: '' });
  const root = h('aside', {
    id: 'story-panel',
    class: 'story-panel',
    attrs: { 'data-testid': 'story-panel' },
  });
  document.body.append(root);
  // Escape closes the panel; the focus goes back to the toolbar's Story button.
  const close = () => ui.update((u) => ({ ...u, open: false }));
  closeOnEscape(root, close);
  const opener = focusReturn(root, {
    fallback: () => document.querySelector<HTMLElement>('[data-testid="story-open"]'),
  });

  // Typing writes the address once it pauses (browsers cap how often a page may rewrite it);
  // every other edit writes it at once, as leaving a field does.
  const address = storyAddressWriter();
  let typing = false;
  story.subscribe((s) => (typing ? address.later(s) : address.now(s)));
  const edit = (change: (s: Story) => Story) => story.update(change);
  const type = (change: (s: Story) => Story) => {
    typing = true;
    try {
      story.update(change);
    } finally {
      typing = false;
    }
  };

  /** A step keeps what the reader sees, not where the explorer's viewport happened to be. */
  const currentQuery = () =>
    queryFromView({ ...app.get().view, zoom: null, pan: null, listView: false });
  const show = (index: number) => {
    const step = story.get().steps[index];
    if (step) controller.commit(stepView(step.query, app.get().view));
  };

  const fileInput = h('input', {
    type: 'file',
    hidden: true,
    attrs: { accept: 'application/json,.json', 'data-testid': 'story-file' },
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void readStoryFile(file).then((loaded) => {
      if (loaded) story.set(loaded);
      ui.update((u) => ({ ...u, error: loaded ? '' : t(app.get().view.lang, 'story.badFile') }));
    });
  });

  /** The panel's parts in one language; built again only when the language changes. */
  const build = (lang: UiLang) => {
    const title = h('input', {
      type: 'text',
      attrs: {
        placeholder: t(lang, 'story.titlePlaceholder'),
        maxlength: 200,
        'data-testid': 'story-title',
      },
    });
    title.addEventListener('input', () => type((x) => ({ ...x, title: title.value })));
    title.addEventListener('change', () => address.flush());
    const copied = copyStatus('story-copy-status');
    const embed = linkRow(t(lang, 'story.embedLink'), 'story-embed-link', lang, copied);
    const explorer = linkRow(t(lang, 'story.explorerLink'), 'story-explorer-link', lang, copied);
    const presentButton = button(
      t(lang, 'story.present'),
      () =>
        present(story.get(), 0, app, controller, {
          fit: () => canvas.fit(),
          onLeave: () => undefined,
        }),
      { attrs: { 'data-testid': 'story-present' } },
    );
    const download = button(t(lang, 'story.download'), () => downloadStory(story.get()), {
      attrs: { 'data-testid': 'story-download' },
    });
    const error = h('p', { class: 'story-error', attrs: { role: 'alert' } });
    return {
      lang,
      title,
      steps: h('div', { class: 'story-steps-box' }),
      stepsKey: '',
      names: [] as HTMLInputElement[],
      links: h('div', { class: 'story-links' }, embed.row, explorer.row, copied),
      embed: embed.input,
      explorer: explorer.input,
      present: presentButton,
      download,
      error,
    };
  };
  type Parts = ReturnType<typeof build>;
  let parts: Parts | null = null;

  const stepRows = (lang: UiLang, s: Story, names: HTMLInputElement[]) =>
    s.steps.map((step, i) => {
      const name = h('input', {
        type: 'text',
        attrs: {
          maxlength: 200,
          'aria-label': t(lang, 'story.nameLabel', { n: i + 1 }),
          'data-testid': 'story-step-name',
          'data-key': `name-${i}`,
        },
      });
      name.value = step.name;
      name.addEventListener('input', () => type((x) => renameStep(x, i, name.value)));
      name.addEventListener('change', () => address.flush());
      names.push(name);
      return h(
        'li',
        { class: 'story-step', attrs: { 'data-testid': 'story-step' } },
        h('span', {}, `${i + 1}.`),
        name,
        button(t(lang, 'story.show'), () => show(i), {
          title: t(lang, 'story.show'),
          attrs: { 'aria-label': t(lang, 'story.show'), 'data-key': `show-${i}` },
        }),
        button('↑', () => edit((x) => moveStep(x, i, -1)), {
          title: t(lang, 'story.up'),
          attrs: {
            'aria-label': t(lang, 'story.up'),
            disabled: i === 0,
            'data-testid': `story-up-${i}`,
          },
        }),
        button('↓', () => edit((x) => moveStep(x, i, 1)), {
          title: t(lang, 'story.down'),
          attrs: {
            'aria-label': t(lang, 'story.down'),
            disabled: i === s.steps.length - 1,
            'data-testid': `story-down-${i}`,
          },
        }),
        button('✕', () => edit((x) => removeStep(x, i)), {
          title: t(lang, 'story.remove'),
          attrs: { 'aria-label': t(lang, 'story.remove'), 'data-testid': `story-remove-${i}` },
        }),
      );
    });

  /**
   * The list of steps is rebuilt only when steps come, go or change place; a renamed step keeps
   * its field (its name is written into it when it differs).
   */
  const renderSteps = (p: Parts, s: Story) => {
    const key = JSON.stringify(s.steps.map((step) => step.query));
    if (key !== p.stepsKey) {
      p.stepsKey = key;
      p.names = [];
      replaceKeepingFocus(
        p.steps,
        s.steps.length
          ? h('ol', { class: 'story-steps' }, ...stepRows(p.lang, s, p.names))
          : h('p', { class: 'hint' }, t(p.lang, 'story.empty')),
      );
    }
    s.steps.forEach((step, i) => {
      const name = p.names[i];
      if (name) sync(name, step.name);
    });
  };

  const render = () => {
    const s = story.get();
    const { open, error } = ui.get();
    const lang = app.get().view.lang;
    root.hidden = !open;
    opener.shown(open);
    if (!open) return;
    if (parts?.lang !== lang) {
      parts = build(lang);
      const p = parts;
      replaceKeepingFocus(
        root,
        button('×', close, {
          class: 'story-close',
          title: t(lang, 'story.close'),
          attrs: { 'aria-label': t(lang, 'story.close'), 'data-testid': 'story-close' },
        }),
        h('h2', {}, t(lang, 'story.storyTitle')),
        h('label', { class: 'story-title' }, h('span', {}, t(lang, 'story.titleLabel')), p.title),
        p.steps,
        h(
          'div',
          { class: 'story-actions' },
          button(
            t(lang, 'story.addStep'),
            () =>
              edit((x) =>
                addStep(x, t(lang, 'story.stepName', { n: x.steps.length + 1 }), currentQuery()),
              ),
            { attrs: { 'data-testid': 'story-add' } },
          ),
          p.present,
        ),
        p.links,
        h(
          'div',
          { class: 'story-actions' },
          p.download,
          button(t(lang, 'story.load'), () => fileInput.click(), {
            attrs: { 'data-testid': 'story-load' },
          }),
          fileInput,
        ),
        p.error,
      );
    }
    const p = parts;
    const has = s.steps.length > 0;
    sync(p.title, s.title);
    renderSteps(p, s);
    p.present.disabled = !has;
    p.download.disabled = !has;
    p.links.hidden = !has;
    const origin = window.location.origin;
    sync(p.embed, has ? embedStoryLink(origin, s) : '');
    sync(p.explorer, has ? explorerStoryLink(origin, s) : '');
    p.error.hidden = !error;
    if (p.error.textContent !== error) p.error.textContent = error;
  };
  story.subscribe(render);
  ui.subscribe(render);
  watch(app, (s) => [s.view.lang], render);
  // A story saved before a correction of the graph names old ids: its steps take the current
  // ones, whether it came from the address or a file, or the graph arrived after it.
  const resolve = () => story.update((x) => resolveStory(x, aliasMap(app.get().graph?.aliases)));
  story.subscribe(resolve);
  watch(app, (s) => [s.graph], resolve);
  return { toggle: () => ui.update((u) => ({ ...u, open: !u.open, error: '' })) };
}
