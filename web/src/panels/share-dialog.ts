// "Share / Embed": the link to the current view, the embed link and its <iframe> snippet, and
// the downloads (PNG 1×/2×/4×, SVG, JSON). Everything comes from the state and the drawn view.
import { embedQuery, type EmbedPane } from '../embed/params.js';
import { t, type StringKey } from '../i18n/index.js';
import { createApi } from '../api/client.js';
import { exportJson, exportPng, exportSvg } from '../export/exports.js';
import { exportStandalone } from '../export/standalone.js';
import type { DrawnView } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import { queryFromView } from '../state/url.js';
import type { UiLang } from '../state/view.js';
import { copyButton, copyStatus } from './copy-button.js';
import { button, h } from './dom.js';
import './share-dialog.css';

function check(
  label: string,
  testId: string,
  onChange: () => void,
): [HTMLLabelElement, HTMLInputElement] {
  const input = h('input', {
    type: 'checkbox',
    attrs: { 'data-testid': testId },
    on: { change: onChange },
  });
  return [h('label', { class: 'share-check' }, input, h('span', {}, label)), input];
}

function field(
  label: string,
  testId: string,
  multiline: boolean,
  lang: UiLang,
  status: HTMLElement,
) {
  const id = `${testId}-field`;
  const input = multiline
    ? h('textarea', { id, attrs: { readonly: true, rows: 3, 'data-testid': testId } })
    : h('input', { id, type: 'text', attrs: { readonly: true, 'data-testid': testId } });
  // A word, not a symbol: Debian's fonts have no glyph for the usual copy symbols. The button
  // stands beside the <label>, not in it, so the field's name is its label alone.
  const copy = copyButton(lang, input, label, status, `${testId}-copy`);
  const name = h('label', { attrs: { for: id } }, label);
  return { row: h('div', { class: 'share-field' }, name, input, copy), input };
}

const PANES = [
  ['graph', 'embed.paneGraph'],
  ['text', 'embed.paneText'],
  ['split', 'embed.paneSplit'],
] as const satisfies readonly (readonly [EmbedPane, StringKey])[];

const isPane = (value: string): value is EmbedPane => PANES.some(([pane]) => pane === value);

export function openShareDialog(store: Store<AppState>, view: DrawnView): HTMLDialogElement {
  document.getElementById('share-dialog')?.remove();
  const state = store.get();
  const lang = state.view.lang;
  const origin = window.location.origin;
  const defaultPane: EmbedPane = state.view.text ? 'split' : 'graph';
  // Every copy is announced here (inside the dialog: a modal dialog makes the rest inert).
  const copied = copyStatus('share-copy-status');
  const link = field(t(lang, 'embed.link'), 'share-link', false, lang, copied);
  const embed = field(t(lang, 'embed.embedLink'), 'embed-link', false, lang, copied);
  const snippet = field(t(lang, 'embed.iframe'), 'embed-snippet', true, lang, copied);
  const update = () => {
    const query = embedQuery(store.get().view, {
      // Named only when it differs from what the link implies (the text open: both).
      ...(isPane(pane.value) && pane.value !== defaultPane ? { pane: pane.value } : {}),
      transparent: transparent.checked,
      interactive: !still.checked,
      legend: legend.checked,
    });
    link.input.value = `${origin}/?${queryFromView(store.get().view)}`;
    embed.input.value = `${origin}/embed?${query}`;
    const title = store.get().graph?.titles.en ?? 'Knowledge graph';
    snippet.input.value = `<iframe src="${embed.input.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="800" height="450" style="border:0" title="${title.replace(/[<>&"]/g, '')}" loading="lazy"></iframe>`;
  };
  // The graph, the source text (view=text) or both side by side; by default what the view shows.
  const pane = h(
    'select',
    { attrs: { 'data-testid': 'opt-pane' }, on: { change: () => update() } },
    ...PANES.map(([value, label]) =>
      h('option', { attrs: { value, selected: value === defaultPane } }, t(lang, label)),
    ),
  );
  const paneRow = h(
    'label',
    { class: 'share-check' },
    h('span', {}, t(lang, 'embed.pane')),
    ' ',
    pane,
  );
  const [transparentRow, transparent] = check(
    t(lang, 'embed.transparent'),
    'opt-transparent',
    update,
  );
  const [stillRow, still] = check(t(lang, 'embed.staticView'), 'opt-static', update);
  const [legendRow, legend] = check(t(lang, 'embed.legend'), 'opt-legend', update);
  const [pngLegendRow, pngLegend] = check(
    t(lang, 'embed.pngLegend'),
    'opt-png-legend',
    () => undefined,
  );
  const o = () => ({ transparent: transparent.checked, legend: pngLegend.checked });
  // The standalone file fetches the evidence of the view first: the button says it is busy.
  const standalone = button(
    t(lang, 'embed.exportHtml'),
    () => {
      standalone.disabled = true;
      standalone.textContent = t(lang, 'embed.exportHtmlBusy');
      exportStandalone(view, store.get(), createApi())
        .then(() => (standalone.textContent = t(lang, 'embed.exportHtml')))
        .catch(() => (standalone.textContent = t(lang, 'embed.exportHtmlFailed')))
        .finally(() => (standalone.disabled = false));
    },
    { title: t(lang, 'embed.exportHtmlHint'), attrs: { 'data-testid': 'export-html' } },
  );
  const exports = h(
    'div',
    { class: 'share-exports' },
    h('span', {}, t(lang, 'embed.exports')),
    pngLegendRow,
    ...[1, 2, 4].map((scale) =>
      button(`PNG ${scale}×`, () => void exportPng(view, store.get(), scale, o()), {
        attrs: { 'data-testid': `export-png-${scale}` },
      }),
    ),
    button(t(lang, 'embed.exportSvg'), () => exportSvg(view, store.get(), o()), {
      attrs: { 'data-testid': 'export-svg' },
    }),
    button(t(lang, 'embed.exportJson'), () => exportJson(view, store.get()), {
      attrs: { 'data-testid': 'export-json' },
    }),
    standalone,
  );
  const dialog = h(
    'dialog',
    {
      id: 'share-dialog',
      class: 'share-dialog panel',
      attrs: { 'aria-label': t(lang, 'embed.shareTitle') },
    },
    h('h2', {}, t(lang, 'embed.shareTitle')),
    link.row,
    embed.row,
    snippet.row,
    copied,
    paneRow,
    transparentRow,
    stillRow,
    legendRow,
    exports,
    button(t(lang, 'close'), () => dialog.close(), { attrs: { 'data-testid': 'share-close' } }),
  );
  // Closed by its button or Escape (the browser's own for a modal dialog): the focus goes back to
  // the toolbar's Share button, found again since the toolbar may have been rebuilt meanwhile.
  dialog.addEventListener('close', () => {
    dialog.remove();
    const active = document.activeElement;
    if (!active || active === document.body)
      document.querySelector<HTMLElement>('[data-testid="share-open"]')?.focus();
  });
  document.body.append(dialog);
  update();
  dialog.showModal();
  return dialog;
}
