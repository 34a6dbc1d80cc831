// The viewer inside a standalone HTML file: draws the view as SVG, pans, zooms, shows a concept's
// or relation's evidence on a click, and switches between Indonesian and English. It is bundled
// into one script at build time (web/build/standalone-viewer-plugin.ts), which the export writes
// into the file; the view's data comes from the file's inert JSON block.
import { boldTextWidth, textWidth } from '../export/geometry.js';
import { pick, t } from '../i18n/index.js';
import { attachCamera } from './camera.js';
import { DATA_ELEMENT_ID, type StandaloneData } from './data.js';
import { renderDetails } from './details.js';
import { drawEdges, drawGroups, drawNodes } from './drawing.js';
import { el } from './dom.js';
import { renderLegend } from './legend.js';
import { buildPage } from './page.js';
import type { Selection, Viewer } from './state.js';

export function runStandaloneViewer(): void {
  const source = document.getElementById(DATA_ELEMENT_ID);
  const data = JSON.parse(source?.textContent ?? '{}') as StandaloneData;
  const page = buildPage(data, (lang) => {
    viewer.lang = lang;
    render();
  });
  const viewer: Viewer = {
    data,
    concepts: new Map(data.concepts.map((c) => [c.id, c])),
    // A file from before sections were drawn as groups has none.
    groups: new Map((data.groups ?? []).map((g) => [g.id, g])),
    widthOf: textWidth,
    boldWidthOf: boldTextWidth,
    lang: data.lang === 'en' ? 'en' : 'id',
    selected: null,
    choose(selection: Selection) {
      viewer.selected = selection;
      draw();
      renderDetails(viewer, page.details);
    },
  };

  function draw(): void {
    drawGroups(viewer, page.groups, page.groupLabels);
    drawEdges(viewer, page.edges);
    drawNodes(viewer, page.nodes);
  }

  function render(): void {
    const { lang } = viewer;
    const title = pick(data.title, lang);
    document.documentElement.lang = lang;
    document.title = title;
    page.title.textContent = title;
    for (const b of page.langButtons)
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    page.langGroup.setAttribute('aria-label', t(lang, 'language'));
    page.zoomIn.title = t(lang, 'viewer.zoomIn');
    page.zoomOut.title = t(lang, 'viewer.zoomOut');
    page.fit.textContent = t(lang, 'fit');
    page.legendTitle.textContent = t(lang, 'legend');
    page.svg.setAttribute('aria-label', title);
    page.footer.replaceChildren(
      el('span', '', t(lang, 'viewer.hint')),
      el('span', 'link', `${t(lang, 'viewer.online')} ${data.link}`),
    );
    draw();
    renderLegend(viewer, page.legend);
    renderDetails(viewer, page.details);
  }

  render();
  attachCamera(page.svg, data.concepts, [...viewer.groups.values()], {
    ...page,
    onBackground: () => viewer.choose(null),
  });
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') viewer.choose(null);
  });
  // Tests (and anyone scripting the file) wait for this before looking.
  document.documentElement.dataset.ready = '1';
}
