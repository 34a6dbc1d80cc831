// The standalone page's skeleton: a header (title, language, zoom), the drawing with its legend
// and details panel (the source text joins them when the file carries one), and a footer. The legend stands beside the drawing (below it on a phone,
// folded), never over it: what the view is about fills its own frame. The theme's colours reach the stylesheet as CSS variables.
import type { UiLang } from '../state/view.js';
import type { StandaloneData } from './data.js';
import { el, svgEl } from './dom.js';

export interface Page {
  title: HTMLHeadingElement;
  /** The header's buttons (language, zoom, fit; the text's toggle when the file has a text). */
  tools: HTMLDivElement;
  /** What stands below the header: the legend, the drawing with its details, the text. */
  stage: HTMLElement;
  langGroup: HTMLDivElement;
  langButtons: HTMLButtonElement[];
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  svg: SVGSVGElement;
  /** Sections as boxes, behind the relations and concepts. */
  groups: SVGGElement;
  edges: SVGGElement;
  /** Sections' titles, over the relations that cross them. */
  groupLabels: SVGGElement;
  nodes: SVGGElement;
  /** The legend's fold (open from the start where the screen has room) and its title. */
  legendBox: HTMLDetailsElement;
  legendTitle: HTMLElement;
  /** The legend's lists. */
  legend: HTMLElement;
  details: HTMLElement;
  footer: HTMLElement;
}

/** From this width the legend is a column beside the drawing (styles.ts says the same). */
const WIDE_SCREEN = 701;

function toolButton(text: string): HTMLButtonElement {
  const button = el('button', 'zoom', text);
  button.type = 'button';
  return button;
}

export function buildPage(data: StandaloneData, onLanguage: (lang: UiLang) => void): Page {
  const root = document.documentElement;
  root.style.setProperty('--bg', data.theme.background);
  root.style.setProperty('--fg', data.theme.text);
  root.style.setProperty('--muted', data.theme.muted);
  root.style.setProperty('--panel', data.theme.panel);
  root.style.setProperty('--accent', data.theme.accent);

  const langButtons = (['id', 'en'] as const).map((code) => {
    const button = el('button', 'lang', code.toUpperCase());
    button.type = 'button';
    button.dataset.lang = code;
    button.addEventListener('click', () => onLanguage(code));
    return button;
  });
  const langGroup = el('div', 'lang-group');
  langGroup.setAttribute('role', 'group');
  langGroup.append(...langButtons);
  const page: Page = {
    title: el('h1', 'title'),
    tools: el('div', 'tools'),
    stage: el('main', 'stage'),
    langGroup,
    langButtons,
    zoomOut: toolButton('−'),
    zoomIn: toolButton('+'),
    fit: toolButton(''),
    // A group, not a picture: its concepts and relations are controls of their own (a picture's
    // parts are presentational, and focusable ones inside it confuse assistive technology).
    svg: svgEl('svg', { class: 'graph', role: 'group' }),
    groups: svgEl('g', { class: 'groups' }),
    edges: svgEl('g', { class: 'edges' }),
    groupLabels: svgEl('g', { class: 'group-labels' }),
    nodes: svgEl('g', { class: 'nodes' }),
    legendBox: el('details', 'legend'),
    legendTitle: el('summary', ''),
    legend: el('div', 'legend-body'),
    details: el('aside', 'details'),
    footer: el('footer', 'foot'),
  };
  page.details.setAttribute('aria-live', 'polite');
  page.svg.append(page.groups, page.edges, page.groupLabels, page.nodes);
  page.legendBox.append(page.legendTitle, page.legend);
  page.legendBox.open = window.matchMedia(`(min-width: ${WIDE_SCREEN}px)`).matches;

  page.tools.append(langGroup, page.zoomOut, page.zoomIn, page.fit);
  const header = el('header', 'bar');
  header.append(page.title, page.tools);
  // The details open over the drawing only, never over the text beside it.
  const canvas = el('div', 'canvas');
  canvas.append(page.svg, page.details);
  page.stage.append(page.legendBox, canvas);
  document.body.append(header, page.stage, page.footer);
  return page;
}
