// The viewer inside a standalone HTML file: draws the view as SVG (each box sized for its label in
// the language shown, placement.ts), opens at a zoom where the labels can be read, pans, zooms,
// shows a concept's or relation's evidence on a click, opens the source text beside the drawing
// (its highlights select, a selection marks its quote), and switches between Indonesian and
// English. It is bundled into one script at build time (web/build/standalone-viewer-plugin.ts),
// which the export writes into the file; the view's data comes from the file's inert JSON block.
import { boldTextWidth, textWidth } from '../export/geometry.js';
import { rectOf, unionOf } from '../export/groups.js';
import { pick, t } from '../i18n/index.js';
import { attachCamera, type Camera } from './camera.js';
import { DATA_ELEMENT_ID, type StandaloneData } from './data.js';
import { renderDetails } from './details.js';
import { drawEdges, drawGroups, drawNodes } from './drawing.js';
import { el } from './dom.js';
import { renderLegend } from './legend.js';
import { buildPage } from './page.js';
import { placementIn, type Placement } from './placement.js';
import type { Selection, Viewer } from './state.js';
import { documentOf } from './text-data.js';
import { createTextPanel, labelTextToggle, textToggle, type TextPanel } from './text-panel.js';
import type { TextDocument } from '../text-view/document.js';
import type { UiLang } from '../state/view.js';

export function runStandaloneViewer(): void {
  const source = document.getElementById(DATA_ELEMENT_ID);
  const data = JSON.parse(source?.textContent ?? '{}') as StandaloneData;
  const page = buildPage(data, (lang) => {
    viewer.lang = lang;
    render();
  });
  const groups = data.groups ?? [];
  // Measured once per language (the page's fonts do not change while it is open).
  const placements = new Map<string, Placement>();
  const placementFor = (lang: UiLang): Placement => {
    let placed = placements.get(lang);
    if (!placed) placements.set(lang, (placed = placementIn(data.concepts, groups, lang)));
    return placed;
  };
  const opening: UiLang = data.lang === 'en' ? 'en' : 'id';
  const viewer: Viewer = {
    data,
    concepts: new Map(data.concepts.map((c) => [c.id, c])),
    // A file from before sections were drawn as groups has none.
    groups: new Map(groups.map((g) => [g.id, g])),
    widthOf: textWidth,
    boldWidthOf: boldTextWidth,
    lang: opening,
    placement: placementFor(opening),
    selected: null,
    choose(selection: Selection) {
      viewer.selected = selection;
      draw();
      renderDetails(viewer, page.details);
      text?.panel.showSelection();
      if (selection) reveal(selection);
    },
  };
  // A file from before the text was carried, or from a graph without one, has none.
  const doc = documentOf(data);
  const text = doc ? textParts(viewer, doc) : null;
  let camera: Camera | null = null;

  function textParts(v: Viewer, source: TextDocument) {
    const panel: TextPanel = createTextPanel(v, source);
    page.stage.append(panel.element);
    // The drawing's frame changes size when the text opens or closes: frame it all again.
    const toggle = textToggle(panel, () => {
      // The legend folds to make room for the drawing beside the text (it opens again on a click).
      if (!panel.element.hidden) page.legendBox.open = false;
      labelTextToggle(v, toggle, panel);
      camera?.fit();
    });
    page.tools.append(toggle);
    panel.onHint = (ids) => {
      for (const g of page.svg.querySelectorAll('.hinted')) g.classList.remove('hinted');
      for (const id of ids ?? [])
        for (const g of page.svg.querySelectorAll(`[data-id="${CSS.escape(id)}"]`))
          g.classList.add('hinted');
    };
    return { panel, toggle };
  }

  /** The concepts a selection stands on: a concept itself, a relation's two ends. */
  function endsOf(selection: NonNullable<Selection>): string[] {
    if (selection.kind === 'concept') return [selection.id];
    const relation = data.relations.find((r) => r.id === selection.id);
    return relation ? [relation.from, relation.to] : [];
  }

  /** Brings a selected concept, section or relation (both its ends) into the drawing's frame. */
  function reveal(selection: NonNullable<Selection>): void {
    const rects = endsOf(selection).flatMap((id) => {
      const c = viewer.placement.concepts.get(id);
      if (c) return [rectOf({ x: c.x, y: c.y, width: c.w, height: c.h })];
      const g = viewer.placement.groups.get(id);
      return g ? [g] : [];
    });
    if (rects.length) camera?.reveal(unionOf(rects));
  }

  function draw(): void {
    drawGroups(viewer, page.groups, page.groupLabels);
    drawEdges(viewer, page.edges);
    drawNodes(viewer, page.nodes);
  }

  /** What the drawing covers in the language shown. */
  function extent() {
    const { concepts, groups: boxes } = viewer.placement;
    return unionOf([
      ...[...concepts.values()].map((c) => rectOf({ x: c.x, y: c.y, width: c.w, height: c.h })),
      ...boxes.values(),
    ]);
  }

  function render(): void {
    const { lang } = viewer;
    viewer.placement = placementFor(lang);
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
    // The boxes stand elsewhere in the other language: a view the reader has not moved follows.
    camera?.redrawn();
    renderLegend(viewer, page.legend);
    renderDetails(viewer, page.details);
    if (text) {
      text.panel.render();
      labelTextToggle(viewer, text.toggle, text.panel);
    }
  }

  render();
  if (text && data.textOpen) text.toggle.click();
  camera = attachCamera(page.svg, extent, {
    ...page,
    onBackground: () => viewer.choose(null),
    cover: () => page.details,
  });
  // A concept, section or relation reached with the keyboard comes into view (the drawing may be
  // larger than its frame at a zoom where labels can be read).
  page.svg.addEventListener('focusin', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const g = target?.closest<SVGGElement>('g.node, g.group-label, g.edge');
    const id = g?.dataset.id ?? g?.dataset.group;
    if (g && id) reveal({ kind: g.classList.contains('edge') ? 'relation' : 'concept', id });
  });
  if (data.selected) viewer.choose(data.selected);
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') viewer.choose(null);
    // T opens and closes the text, as in the explorer.
    else if ((e.key === 't' || e.key === 'T') && !e.ctrlKey && !e.metaKey && !e.altKey)
      text?.toggle.click();
  });
  // Tests (and anyone scripting the file) wait for this before looking.
  document.documentElement.dataset.ready = '1';
}
