// "Download data" in the toolbar: the server's exports (GraphML, CSV of concepts and of
// relations, JSON) of the whole graph and of the view on screen, as plain download links, so the
// browser saves them under the server's file names and a reader can also copy an address.
// A popover: light dismiss, Escape closes it and gives focus back, no focus trap.
import { pick, t, type StringKey } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import {
  DATA_FORMATS,
  exportHref,
  langQuery,
  viewBeyondExports,
  viewExport,
  type DataFormat,
} from './data-links.js';
import { button, h, replaceKeepingFocus, watch } from './dom.js';
import './download-data.css';

export const DOWNLOAD_DATA_ID = 'download-data';

const FORMAT_LABELS: Record<DataFormat, [StringKey, StringKey]> = {
  graphml: ['data.graphml', 'data.graphmlHint'],
  'concepts.csv': ['data.conceptsCsv', 'data.csvHint'],
  'relations.csv': ['data.relationsCsv', 'data.csvHint'],
  json: ['data.json', 'data.jsonHint'],
};

/** One list of the four formats; `part` ("whole graph") ends each link's accessible name. */
function formatLinks(
  s: AppState,
  graph: string,
  query: URLSearchParams,
  part: string,
  testId: string,
) {
  const lang = s.view.lang;
  return h(
    'ul',
    { class: 'data-links' },
    ...DATA_FORMATS.map((format) => {
      const [label, hint] = FORMAT_LABELS[format];
      return h(
        'li',
        {},
        h(
          'a',
          {
            attrs: {
              href: exportHref(graph, format, query),
              // Empty: the server's Content-Disposition names the file (graph, focus, filters).
              download: true,
              'aria-label': `${t(lang, label)}, ${part}`,
              'data-testid': `${testId}-${format.replace('.', '-')}`,
            },
          },
          t(lang, label),
        ),
        h('span', { class: 'hint' }, t(lang, hint)),
      );
    }),
  );
}

function viewSummary(
  s: AppState,
  narrowed: Extract<ReturnType<typeof viewExport>, { kind: 'narrowed' }>,
) {
  const lang = s.view.lang;
  const parts: string[] = [];
  if (narrowed.focus) {
    const node = s.elements.nodes.find((n) => n.id === narrowed.focus?.id);
    const label = node ? pick(node.labels, lang) : narrowed.focus.id;
    parts.push(t(lang, 'data.viewFocus', { label, depth: narrowed.focus.depth }));
  }
  if (narrowed.kinds) parts.push(t(lang, 'data.viewKinds', narrowed.kinds));
  if (narrowed.types) parts.push(t(lang, 'data.viewTypes', narrowed.types));
  if (narrowed.basis) {
    const basis = t(lang, narrowed.basis === 'stated' ? 'statedShort' : 'inferredShort');
    parts.push(t(lang, 'data.viewBasis', { basis }));
  }
  return parts.join(' · ');
}

function render(root: HTMLElement, s: AppState): void {
  const graph = s.graph;
  const lang = s.view.lang;
  if (!graph) {
    root.replaceChildren();
    return;
  }
  const whole = t(lang, 'data.whole');
  const view = t(lang, 'data.view');
  const asked = viewExport(s.view, graph);
  const viewPart =
    asked.kind === 'narrowed'
      ? [
          h(
            'p',
            { class: 'hint', attrs: { 'data-testid': 'data-view-summary' } },
            viewSummary(s, asked),
          ),
          formatLinks(s, graph.id, asked.query, view.toLowerCase(), 'data-view'),
          viewBeyondExports(s.view) ? h('p', { class: 'hint' }, t(lang, 'data.viewBeyond')) : null,
        ]
      : [
          h(
            'p',
            { class: 'hint' },
            t(lang, asked.kind === 'empty' ? 'data.viewEmpty' : 'data.viewWhole'),
          ),
        ];
  replaceKeepingFocus(
    root,
    // Escape and a click outside close the menu too; this is the way a pointer sees.
    button('×', () => root.hidePopover(), {
      class: 'close-button',
      title: t(lang, 'closeData'),
      attrs: { 'aria-label': t(lang, 'closeData'), 'data-testid': 'data-close' },
    }),
    h('h2', { id: `${DOWNLOAD_DATA_ID}-title` }, t(lang, 'data.open')),
    h('p', { class: 'hint' }, t(lang, 'data.intro')),
    h(
      'section',
      {},
      h('h3', {}, whole),
      h(
        'p',
        { class: 'hint' },
        `${pick(graph.titles, lang)}: ${t(lang, 'data.wholeCounts', {
          concepts: graph.conceptCount,
          relations: graph.relationCount,
        })}`,
      ),
      formatLinks(s, graph.id, langQuery(s.view), whole.toLowerCase(), 'data-whole'),
    ),
    h('section', {}, h('h3', {}, view), ...viewPart),
    h(
      'p',
      { class: 'data-guide' },
      h(
        'a',
        { attrs: { href: '/docs/api.md', target: '_blank', rel: 'noopener' } },
        t(lang, 'data.guide'),
      ),
    ),
  );
}

/** The popover's width (less on a phone), set with its place before it shows: it never jumps. */
const WIDTH = 420;
const MARGIN = 8;

/** Puts the popover under the toolbar's button, inside the window (on a phone, across it). */
function place(root: HTMLElement, invoker: Element | null): void {
  if (!invoker) return;
  const box = invoker.getBoundingClientRect();
  const width = Math.min(WIDTH, window.innerWidth - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
  // The element's style through the CSSOM: the page's policy forbids style attributes, not this.
  root.style.width = `${width}px`;
  root.style.left = `${left}px`;
  root.style.top = `${box.bottom + 4}px`;
  root.style.maxHeight = `${window.innerHeight - box.bottom - 4 - MARGIN}px`;
}

/** The popover, once per page; the toolbar's button opens it (`popovertarget`). */
export function mountDownloadData(store: Store<AppState>): HTMLElement {
  const root = h('div', {
    id: DOWNLOAD_DATA_ID,
    class: 'download-data panel',
    attrs: {
      popover: 'auto',
      role: 'region',
      'aria-labelledby': `${DOWNLOAD_DATA_ID}-title`,
      'data-testid': 'download-data',
    },
  });
  document.body.append(root);
  const open = () => root.matches(':popover-open');
  root.addEventListener('beforetoggle', (event) => {
    if (event.newState !== 'open') return;
    render(root, store.get());
    place(root, document.querySelector(`[popovertarget="${DOWNLOAD_DATA_ID}"]`));
  });
  // Closed with the focus inside (its close button, Escape): the focus goes back to the toolbar's
  // button, looked up again since the toolbar is rebuilt on every change.
  root.addEventListener('toggle', (event) => {
    if (event.newState !== 'closed') return;
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    document.querySelector<HTMLElement>(`[popovertarget="${DOWNLOAD_DATA_ID}"]`)?.focus();
  });
  watch(
    store,
    (s) => [s.graph, s.view, s.elements],
    (s) => {
      if (open()) render(root, s);
    },
  );
  return root;
}
