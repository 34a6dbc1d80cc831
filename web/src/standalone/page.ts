// The standalone page's skeleton: a header (title, language, zoom), the drawing with its legend
// and details panel, and a footer. The theme's colours reach the stylesheet as CSS variables.
import type { UiLang } from '../state/view.js';
import type { StandaloneData } from './data.js';
import { el, svgEl } from './dom.js';

export interface Page {
  title: HTMLHeadingElement;
  langGroup: HTMLDivElement;
  langButtons: HTMLButtonElement[];
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  svg: SVGSVGElement;
  edges: SVGGElement;
  nodes: SVGGElement;
  legend: HTMLElement;
  details: HTMLElement;
  footer: HTMLElement;
}

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
    langGroup,
    langButtons,
    zoomOut: toolButton('−'),
    zoomIn: toolButton('+'),
    fit: toolButton(''),
    svg: svgEl('svg', { class: 'graph', role: 'img' }),
    edges: svgEl('g', { class: 'edges' }),
    nodes: svgEl('g', { class: 'nodes' }),
    legend: el('section', 'legend'),
    details: el('aside', 'details'),
    footer: el('footer', 'foot'),
  };
  page.details.setAttribute('aria-live', 'polite');
  page.svg.append(page.edges, page.nodes);

  const tools = el('div', 'tools');
  tools.append(langGroup, page.zoomOut, page.zoomIn, page.fit);
  const header = el('header', 'bar');
  header.append(page.title, tools);
  const main = el('main', 'stage');
  main.append(page.svg, page.legend, page.details);
  document.body.append(header, main, page.footer);
  return page;
}
