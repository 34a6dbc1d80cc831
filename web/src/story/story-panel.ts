// The explorer's story panel: save the current view as a named step, rename, reorder and delete
// steps, show one, present them, copy the story's links, download or load it as JSON. The story
// lives in this panel's memory and in the page's address (never on the server).
import type { Controller } from '../app/controller.js';
import { t } from '../i18n/index.js';
import { button, h, replaceKeepingFocus, watch } from '../panels/dom.js';
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
  storyFromAddress,
  writeStoryToAddress,
} from './links.js';
import { present } from './presenter.js';
import { addStep, EMPTY_STORY, moveStep, removeStep, renameStep, stepView } from './steps.js';
import './story.css';

export interface StoryPanel {
  toggle(): void;
}

function linkRow(label: string, value: string, testId: string, lang: UiLang): HTMLLabelElement {
  const input = h('input', {
    type: 'text',
    attrs: { readonly: true, value, 'data-testid': testId },
  });
  const copy = button(
    t(lang, 'copy'),
    () => void navigator.clipboard?.writeText(input.value).catch(() => undefined),
    { title: t(lang, 'copy'), attrs: { 'aria-label': `${t(lang, 'copy')}: ${label}` } },
  );
  return h('label', {}, h('span', {}, label), input, copy);
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
  story.subscribe((s) => writeStoryToAddress(s));

  const edit = (change: (s: Story) => Story) => story.update(change);
  /** A step keeps what the reader sees, not where the explorer's viewport happened to be. */
  const currentQuery = () =>
    queryFromView({ ...app.get().view, zoom: null, pan: null, listView: false });
  const show = (query: string) => controller.commit(stepView(query, app.get().view));

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

  const render = () => {
    const s = story.get();
    const { open, error } = ui.get();
    const lang = app.get().view.lang;
    root.hidden = !open;
    if (!open) return;
    const title = h('input', {
      type: 'text',
      attrs: {
        value: s.title,
        placeholder: t(lang, 'story.titlePlaceholder'),
        maxlength: 200,
        'data-testid': 'story-title',
      },
    });
    title.addEventListener('change', () => edit((x) => ({ ...x, title: title.value })));
    const steps = s.steps.map((step, i) => {
      const name = h('input', {
        type: 'text',
        attrs: {
          value: step.name,
          maxlength: 200,
          'aria-label': t(lang, 'story.nameLabel', { n: i + 1 }),
          'data-testid': 'story-step-name',
          'data-key': `name-${i}`,
        },
      });
      name.addEventListener('change', () => edit((x) => renameStep(x, i, name.value)));
      return h(
        'li',
        { class: 'story-step', attrs: { 'data-testid': 'story-step' } },
        h('span', {}, `${i + 1}.`),
        name,
        button(t(lang, 'story.show'), () => show(step.query), {
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
    const origin = window.location.origin;
    const has = s.steps.length > 0;
    replaceKeepingFocus(
      root,
      button('×', () => ui.update((u) => ({ ...u, open: false })), {
        class: 'story-close',
        attrs: { 'aria-label': t(lang, 'close'), 'data-testid': 'story-close' },
      }),
      h('h2', {}, t(lang, 'story.storyTitle')),
      h('label', { class: 'story-title' }, h('span', {}, t(lang, 'story.titleLabel')), title),
      has
        ? h('ol', { class: 'story-steps' }, ...steps)
        : h('p', { class: 'hint' }, t(lang, 'story.empty')),
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
        button(
          t(lang, 'story.present'),
          () =>
            present(story.get(), 0, app, controller, {
              fit: () => canvas.fit(),
              onLeave: () => undefined,
            }),
          { attrs: { disabled: !has, 'data-testid': 'story-present' } },
        ),
      ),
      has
        ? h(
            'div',
            { class: 'story-links' },
            linkRow(
              t(lang, 'story.embedLink'),
              embedStoryLink(origin, s),
              'story-embed-link',
              lang,
            ),
            linkRow(
              t(lang, 'story.explorerLink'),
              explorerStoryLink(origin, s),
              'story-explorer-link',
              lang,
            ),
          )
        : null,
      h(
        'div',
        { class: 'story-actions' },
        button(t(lang, 'story.download'), () => downloadStory(story.get()), {
          attrs: { disabled: !has, 'data-testid': 'story-download' },
        }),
        button(t(lang, 'story.load'), () => fileInput.click(), {
          attrs: { 'data-testid': 'story-load' },
        }),
        fileInput,
      ),
      error ? h('p', { class: 'story-error', attrs: { role: 'alert' } }, error) : null,
    );
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
