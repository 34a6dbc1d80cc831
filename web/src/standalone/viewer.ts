// The viewer inside a standalone HTML file: draws the view as SVG, pans, zooms, shows a concept's
// or relation's evidence on a click, and switches between Indonesian and English.
//
// The export inlines this function's source (`runStandaloneViewer.toString()`), so it must be
// self-contained: no imports at run time, no module-level values, only browser globals. Type
// imports are erased and therefore fine. Every string from the data goes in as text
// (textContent or createTextNode), never as markup, because labels may hold `<script>`.
import type {
  Legend,
  Provenance,
  StandaloneConcept,
  StandaloneData,
  StandaloneRelation,
} from './data.js';

export function runStandaloneViewer(): void {
  const SVG = 'http://www.w3.org/2000/svg';
  const FONT = '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif';
  const UI = {
    id: {
      fit: 'Paskan',
      zoomIn: 'Perbesar',
      zoomOut: 'Perkecil',
      hint: 'Klik konsep atau relasi untuk melihat kutipan dan sumbernya. Seret untuk menggeser, roda tetikus untuk zoom.',
      stated: 'Dinyatakan dalam teks',
      inferred: 'Disimpulkan',
      noQuote: 'Tidak ada kutipan.',
      page: 'hlm.',
      rationale: 'Mengapa disimpulkan',
      definition: 'Definisi',
      kinds: 'Jenis',
      types: 'Relasi',
      online: 'Tampilan ini di penjelajah daring:',
      language: 'Bahasa',
      close: 'Tutup',
    },
    en: {
      fit: 'Fit',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      hint: 'Click a concept or relation for its quote and source. Drag to pan, wheel to zoom.',
      stated: 'Stated in the text',
      inferred: 'Inferred',
      noQuote: 'No quote recorded.',
      page: 'p.',
      rationale: 'Why it is inferred',
      definition: 'Definition',
      kinds: 'Kinds',
      types: 'Relations',
      online: 'This view in the online explorer:',
      language: 'Language',
      close: 'Close',
    },
  };
  type Lang = 'id' | 'en';
  type Text = { id: string | null; en: string | null };

  const source = document.getElementById('ks-data');
  const data = JSON.parse(source?.textContent ?? '{}') as StandaloneData;
  let lang: Lang = data.lang === 'en' ? 'en' : 'id';
  let selected: string | null = null;
  const byId = new Map<string, StandaloneConcept>(data.concepts.map((c) => [c.id, c]));

  const pick = (t: Text | null | undefined): string =>
    (t ? (lang === 'en' ? (t.en ?? t.id) : (t.id ?? t.en)) : null) ?? '';
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const svgEl = (tag: string, attrs: Record<string, string | number>): SVGElement => {
    const node: SVGElement = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };

  // Page skeleton: header (title, language, zoom), the drawing, and the details panel.
  const root = document.documentElement;
  root.style.setProperty('--bg', data.theme.background);
  root.style.setProperty('--fg', data.theme.text);
  root.style.setProperty('--muted', data.theme.muted);
  root.style.setProperty('--panel', data.theme.panel);
  root.style.setProperty('--accent', data.theme.accent);
  const header = el('header', 'bar');
  const title = el('h1', 'title');
  const tools = el('div', 'tools');
  const langButtons = (['id', 'en'] as const).map((code) => {
    const b = el('button', 'lang', code.toUpperCase());
    b.type = 'button';
    b.dataset.lang = code;
    b.addEventListener('click', () => {
      lang = code;
      render();
    });
    return b;
  });
  const zoomOut = el('button', 'zoom', '−');
  const zoomIn = el('button', 'zoom', '+');
  const fit = el('button', 'zoom', '');
  for (const b of [zoomOut, zoomIn, fit]) b.type = 'button';
  const langGroup = el('div', 'lang-group');
  langGroup.setAttribute('role', 'group');
  langGroup.append(...langButtons);
  tools.append(langGroup, zoomOut, zoomIn, fit);
  header.append(title, tools);
  const main = el('main', 'stage');
  const svg = svgEl('svg', { class: 'graph', role: 'img' }) as SVGSVGElement;
  const edgeLayer = svgEl('g', { class: 'edges' });
  const nodeLayer = svgEl('g', { class: 'nodes' });
  svg.append(edgeLayer, nodeLayer);
  const side = el('aside', 'details');
  side.setAttribute('aria-live', 'polite');
  const legend = el('section', 'legend');
  main.append(svg, legend, side);
  const footer = el('footer', 'foot');
  document.body.append(header, main, footer);

  // Labels are wrapped to the node's box with real text metrics (the box sizes come from the
  // explorer, measured for the language it showed; the other language may need a smaller font).
  const measure = document.createElement('canvas').getContext('2d');
  function wrap(text: string, width: number, size: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    const widthOf = (s: string) => {
      if (!measure) return s.length * size * 0.56;
      measure.font = `${size}px ${FONT}`;
      return measure.measureText(s).width;
    };
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && widthOf(next) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Where the segment from the box's centre towards (tx, ty) leaves the box. */
  function borderPoint(c: StandaloneConcept, tx: number, ty: number): [number, number] {
    const dx = tx - c.x;
    const dy = ty - c.y;
    if (dx === 0 && dy === 0) return [c.x, c.y];
    const sx = dx === 0 ? Infinity : c.w / 2 / Math.abs(dx);
    const sy = dy === 0 ? Infinity : c.h / 2 / Math.abs(dy);
    const s = Math.min(sx, sy);
    return [c.x + dx * s, c.y + dy * s];
  }

  function drawEdges(): void {
    edgeLayer.replaceChildren();
    for (const r of data.relations) {
      const a = byId.get(r.from);
      const b = byId.get(r.to);
      if (!a || !b) continue;
      const [x1, y1] = borderPoint(a, b.x, b.y);
      const [x2, y2] = borderPoint(b, a.x, a.y);
      const g = svgEl('g', { class: 'edge', 'data-id': r.id, tabindex: 0 });
      const on = selected === `r:${r.id}`;
      const line = svgEl('line', {
        x1,
        y1,
        x2,
        y2,
        stroke: r.color,
        'stroke-width': on ? 3.5 : 1.6,
        'stroke-opacity': on ? 1 : 0.8,
      });
      if (r.inferred) line.setAttribute('stroke-dasharray', '6 4');
      // A wide invisible line makes the thin relation easy to click.
      const hit = svgEl('line', { x1, y1, x2, y2, class: 'hit', 'stroke-width': 12 });
      g.append(line, hit);
      if (r.arrow) {
        // Along the centres' direction: right even when the two boxes touch or overlap.
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const ux = (b.x - a.x) / len;
        const uy = (b.y - a.y) / len;
        const size = 9;
        const bx = x2 - ux * size;
        const by = y2 - uy * size;
        const points = [
          [x2, y2],
          [bx - uy * size * 0.55, by + ux * size * 0.55],
          [bx + uy * size * 0.55, by - ux * size * 0.55],
        ];
        g.append(
          svgEl('polygon', { points: points.map((p) => p.join(',')).join(' '), fill: r.color }),
        );
      }
      const tip = svgEl('title', {});
      tip.textContent = `${pick(a.labels)} → ${typeLabel(r.type)} → ${pick(b.labels)}`;
      g.append(tip);
      g.addEventListener('click', () => choose(`r:${r.id}`));
      edgeLayer.append(g);
    }
  }

  function drawNodes(): void {
    nodeLayer.replaceChildren();
    for (const c of data.concepts) {
      const on = selected === `c:${c.id}`;
      const g = svgEl('g', { class: 'node', 'data-id': c.id, tabindex: 0, role: 'button' });
      g.append(
        svgEl('rect', {
          x: c.x - c.w / 2,
          y: c.y - c.h / 2,
          width: c.w,
          height: c.h,
          rx: 6,
          fill: c.fill,
          stroke: on ? data.theme.accent : c.border,
          'stroke-width': on ? 4 : 2,
        }),
      );
      const label = pick(c.labels);
      let size = c.fontSize;
      let lines = wrap(label, c.w - 10, size);
      while (size > 8 && lines.length * size * 1.25 > c.h - 4) {
        size -= 1;
        lines = wrap(label, c.w - 10, size);
      }
      const text = svgEl('text', {
        'font-size': size,
        'font-family': FONT,
        fill: data.theme.text,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
      });
      const top = c.y - ((lines.length - 1) * size * 1.25) / 2;
      lines.forEach((line, i) => {
        const span = svgEl('tspan', { x: c.x, y: top + i * size * 1.25 });
        span.textContent = line;
        text.append(span);
      });
      g.append(text);
      g.setAttribute('aria-label', label);
      g.addEventListener('click', () => choose(`c:${c.id}`));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') choose(`c:${c.id}`);
      });
      nodeLayer.append(g);
    }
  }

  const kindLabel = (id: string) => pick(data.kinds.find((k) => k.id === id)?.labels) || id;
  const typeLabel = (id: string) => pick(data.types.find((k) => k.id === id)?.labels) || id;

  function evidence(p: Provenance): HTMLElement {
    const box = el('figure', 'evidence');
    if (!p.quote) {
      box.append(el('p', 'muted', UI[lang].noQuote));
      return box;
    }
    const quote = el('blockquote', 'quote', p.quote);
    quote.lang = 'id';
    box.append(quote);
    const s = p.source;
    const parts = [
      s ? `${s.author ?? s.title ?? s.id} (${s.year ?? '?'})` : '',
      p.page ? `${UI[lang].page} ${p.page}` : '',
    ].filter(Boolean);
    if (s?.title && s.author) parts.push(s.title);
    if (parts.length) box.append(el('figcaption', 'citation', `— ${parts.join(', ')}`));
    return box;
  }

  function renderDetails(): void {
    side.replaceChildren();
    if (!selected) {
      side.hidden = true;
      return;
    }
    side.hidden = false;
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', UI[lang].close);
    close.addEventListener('click', () => choose(null));
    side.append(close);
    const id = selected.slice(2);
    if (selected.startsWith('c:')) {
      const c = byId.get(id);
      if (!c) return;
      side.append(el('p', 'kind', kindLabel(c.kind)), el('h2', 'name', pick(c.labels)));
      const definition = pick(c.definitions);
      if (definition)
        side.append(el('h3', '', UI[lang].definition), el('p', 'definition', definition));
      side.append(evidence(c));
    } else {
      const r: StandaloneRelation | undefined = data.relations.find((x) => x.id === id);
      if (!r) return;
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      side.append(
        el('h2', 'name', `${pick(from?.labels)} → ${typeLabel(r.type)} → ${pick(to?.labels)}`),
        el(
          'p',
          `basis ${r.inferred ? 'inferred' : 'stated'}`,
          UI[lang][r.inferred ? 'inferred' : 'stated'],
        ),
        evidence(r),
      );
      const why = pick(r.rationales);
      if (why) side.append(el('h3', '', UI[lang].rationale), el('p', 'rationale', why));
    }
  }

  function renderLegend(): void {
    legend.replaceChildren();
    const list = (heading: string, items: Legend[], line: boolean) => {
      if (!items.length) return;
      legend.append(el('h2', '', heading));
      const ul = el('ul', '');
      for (const item of items) {
        const li = el('li', '');
        const chip = el('span', line ? 'chip line' : 'chip');
        if (line) chip.style.borderTopColor = item.color;
        else chip.style.backgroundColor = item.color;
        li.append(chip, el('span', '', pick(item.labels) || item.id));
        ul.append(li);
      }
      legend.append(ul);
    };
    list(UI[lang].kinds, data.kinds, false);
    list(UI[lang].types, data.types, true);
  }

  function render(): void {
    root.lang = lang;
    document.title = pick(data.title);
    title.textContent = pick(data.title);
    for (const b of langButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    langGroup.setAttribute('aria-label', UI[lang].language);
    zoomIn.title = UI[lang].zoomIn;
    zoomOut.title = UI[lang].zoomOut;
    fit.textContent = UI[lang].fit;
    svg.setAttribute('aria-label', pick(data.title));
    footer.replaceChildren(
      el('span', '', UI[lang].hint),
      el('span', 'link', `${UI[lang].online} ${data.link}`),
    );
    drawEdges();
    drawNodes();
    renderLegend();
    renderDetails();
  }

  function choose(key: string | null): void {
    selected = key;
    drawEdges();
    drawNodes();
    renderDetails();
  }

  // Pan and zoom move the SVG's viewBox; the drawing itself never changes.
  const xs = data.concepts.flatMap((c) => [c.x - c.w / 2, c.x + c.w / 2]);
  const ys = data.concepts.flatMap((c) => [c.y - c.h / 2, c.y + c.h / 2]);
  const home = {
    x: Math.min(...xs, 0) - 30,
    y: Math.min(...ys, 0) - 30,
    w: Math.max(Math.max(...xs, 1) - Math.min(...xs, 0) + 60, 100),
    h: Math.max(Math.max(...ys, 1) - Math.min(...ys, 0) + 60, 100),
  };
  /** The whole drawing, but never magnified past 1.25× (a small view would fill the screen). */
  function fitted(): typeof home {
    const r = svg.getBoundingClientRect();
    const k = Math.max(1, Math.min(r.width / home.w, r.height / home.h) / 1.25);
    const w = home.w * k;
    const h = home.h * k;
    return { x: home.x - (w - home.w) / 2, y: home.y - (h - home.h) / 2, w, h };
  }
  let box = { ...home };
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  function zoomAt(factor: number, cx = box.x + box.w / 2, cy = box.y + box.h / 2): void {
    const w = Math.min(Math.max(box.w / factor, home.w / 20), home.w * 10);
    const k = w / box.w;
    box = { x: cx - (cx - box.x) * k, y: cy - (cy - box.y) * k, w, h: box.h * k };
    apply();
  }
  /** The drawing's coordinates under a pointer (the SVG keeps its aspect ratio, centred). */
  function toGraph(clientX: number, clientY: number): [number, number] {
    const r = svg.getBoundingClientRect();
    const scale = Math.max(box.w / r.width, box.h / r.height);
    const ox = box.x + box.w / 2 - (r.width * scale) / 2;
    const oy = box.y + box.h / 2 - (r.height * scale) / 2;
    return [ox + (clientX - r.left) * scale, oy + (clientY - r.top) * scale];
  }
  zoomIn.addEventListener('click', () => zoomAt(1.25));
  zoomOut.addEventListener('click', () => zoomAt(0.8));
  fit.addEventListener('click', () => {
    box = fitted();
    apply();
  });
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const [gx, gy] = toGraph(e.clientX, e.clientY);
      zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, gx, gy);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; moved: boolean } | null = null;
  svg.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, moved: false };
  });
  window.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const [ax, ay] = toGraph(drag.x, drag.y);
    const [bx, by] = toGraph(e.clientX, e.clientY);
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
    if (!drag.moved) return;
    box = { ...box, x: box.x - (bx - ax), y: box.y - (by - ay) };
    drag = { ...drag, x: e.clientX, y: e.clientY };
    svg.classList.add('panning');
    apply();
  });
  let panned = false;
  window.addEventListener('pointerup', () => {
    panned = drag?.moved ?? false;
    drag = null;
    svg.classList.remove('panning');
  });
  // The click that ends a drag is not a choice; a click on the empty background clears it.
  svg.addEventListener(
    'click',
    (e) => {
      if (panned) e.stopPropagation();
      else if (e.target === svg) choose(null);
      panned = false;
    },
    true,
  );
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') choose(null);
    else if (e.key === '+' || e.key === '=') zoomAt(1.25);
    else if (e.key === '-') zoomAt(0.8);
  });

  render();
  box = fitted();
  apply();
  root.dataset.ready = '1';
}
