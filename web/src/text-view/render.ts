// The source text as DOM: one paragraph per line of the text, each passage a focusable mark
// coloured by the kind it evidences, uncovered sentences wrapped so they can be told and found,
// the selection's places marked. No network and no canvas: the explorer, the embed and the
// standalone file all call this and wire the events themselves (data-* attributes say what an
// element stands for).
import { pick, t } from '../i18n/index.js';
import { h } from '../panels/dom.js';
import type { UiLang } from '../state/view.js';
import type { TextDocument, TextSpan } from './document.js';
import {
  conceptSpread,
  conceptsOf,
  evidenceDescription,
  passageLook,
  relationPhrase,
  relationsOf,
  type NameContext,
} from './look.js';
import { nestRanges, type NestedNode, type RankedRange } from './nest.js';

export interface PlaceMarks {
  /** The places where the text says the selection (its evidence), quote first. */
  spans: readonly TextSpan[];
  /** Index into `spans` of the place the reader stepped to. */
  current: number;
}

export interface RenderOptions {
  lang: UiLang;
  /** A kind's colour, as the canvas draws it (a CSS colour). */
  kindColor: (kind: string) => string;
  /** A kind's name in the interface language. */
  kindLabel: (kind: string) => string;
  /** A relation type's name in the interface language (default: the type itself). */
  relationLabel?: (type: string) => string;
  marks?: PlaceMarks | null;
  /** What the marks are evidence of, for the gloss beside the current place. */
  selection?: { type: 'concept' | 'relation'; id: string } | null;
  /** Only the sentences that evidence nothing, paragraph by paragraph. */
  uncoveredOnly?: boolean;
  /**
   * The English label and definition of the selection beside its marked quote, so a reader of
   * the English interface knows what the Indonesian words are evidence for. Default: in English.
   */
  gloss?: boolean;
}

type Piece =
  | { kind: 'place'; index: number }
  | { kind: 'passage'; index: number }
  | { kind: 'sentence'; index: number };

const RANK = { place: 3, passage: 2, sentence: 1 } as const;

/** The text as a reader sees it: runs of spaces and non-breaking spaces read as one space. */
export const readable = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

export function nameContext(doc: TextDocument, options: RenderOptions): NameContext {
  const concepts = conceptsOf(doc);
  return {
    lang: options.lang,
    kindLabel: options.kindLabel,
    relationLabel: options.relationLabel ?? ((type) => type),
    conceptLabel: (id) => {
      const concept = concepts.get(id);
      return (concept && pick(concept.labels, options.lang)) || id;
    },
  };
}

function rangesOf(doc: TextDocument, marks: PlaceMarks | null): RankedRange<Piece>[] {
  const ranges: RankedRange<Piece>[] = [];
  marks?.spans.forEach((s, index) =>
    ranges.push({ start: s.start, end: s.end, rank: RANK.place, value: { kind: 'place', index } }),
  );
  doc.passages.forEach((p, index) =>
    ranges.push({
      start: p.start,
      end: p.end,
      rank: RANK.passage,
      value: { kind: 'passage', index },
    }),
  );
  doc.sentences.forEach((s, index) =>
    ranges.push({
      start: s.start,
      end: s.end,
      rank: RANK.sentence,
      value: { kind: 'sentence', index },
    }),
  );
  return ranges;
}

/** What every element of one render needs. */
interface Render {
  doc: TextDocument;
  options: RenderOptions;
  names: NameContext;
  spread: ReadonlyMap<string, number>;
}

function passageElement({ doc, options, names, spread }: Render, index: number, part: number) {
  const passage = doc.passages[index];
  if (!passage) return h('span');
  const look = passageLook(passage, spread);
  const classes = ['passage'];
  if (look.kind) classes.push('kind-fill');
  if (look.underline) classes.push(`line-${look.underline}`);
  if (part > 0) classes.push('passage-more');
  const description = evidenceDescription(passage, names);
  const first = part === 0;
  const mark = h('mark', {
    class: classes.join(' '),
    title: description,
    attrs: {
      'data-passage': index,
      'data-concepts': passage.concepts.map((c) => c.id).join(' '),
      'data-relations': passage.relations.map((r) => r.id).join(' '),
      'data-start': passage.start,
      'data-key': first ? `passage-${index}` : null,
      // The first piece is the control; a piece after a cut is only more of its words.
      role: first ? 'button' : null,
      tabindex: first ? 0 : null,
      'aria-label': first
        ? `${readable(doc.text.slice(passage.start, passage.end)).trim()} — ${description}`
        : null,
    },
  });
  // Through the CSSOM: the page's CSP forbids style attributes.
  if (look.kind) mark.style.setProperty('--kind', options.kindColor(look.kind));
  return mark;
}

function elementFor(render: Render, node: Extract<NestedNode<Piece>, { type: 'range' }>) {
  const piece = node.range.value;
  if (piece.kind === 'passage') return passageElement(render, piece.index, node.part);
  if (piece.kind === 'place') {
    const current = piece.index === render.options.marks?.current;
    return h('mark', {
      class: current ? 'place current' : 'place',
      attrs: {
        'data-place': piece.index,
        'data-part': node.part,
        'data-testid': current && node.part === 0 ? 'text-current-place' : null,
      },
    });
  }
  const sentence = render.doc.sentences[piece.index];
  return h('span', {
    class: sentence?.covered === false ? 'sentence uncovered' : 'sentence',
    attrs: {
      'data-sentence': piece.index,
      'data-start': node.part === 0 ? sentence?.start : null,
    },
  });
}

function build(render: Render, nodes: NestedNode<Piece>[]): Node[] {
  return nodes.map((node) => {
    if (node.type === 'text')
      return document.createTextNode(readable(render.doc.text.slice(node.start, node.end)));
    const element = elementFor(render, node);
    element.append(...build(render, node.children));
    return element;
  });
}

/** The label and definition (or a relation's ends and basis) of what is marked. */
function gloss({ doc, options, names }: Render): HTMLElement | null {
  const selection = options.selection;
  if (!selection) return null;
  const lang = options.lang;
  const body: HTMLElement[] = [];
  if (selection.type === 'concept') {
    const concept = conceptsOf(doc).get(selection.id);
    if (!concept) return null;
    body.push(
      h(
        'p',
        { class: 'gloss-title' },
        h('strong', {}, pick(concept.labels, lang) || concept.id),
        h('span', { class: 'muted' }, ` · ${options.kindLabel(concept.kind)}`),
      ),
    );
    const definition = pick(concept.definitions, lang);
    if (definition) body.push(h('p', { class: 'gloss-definition' }, definition));
  } else {
    const relation = relationsOf(doc).get(selection.id);
    if (!relation) return null;
    body.push(h('p', { class: 'gloss-title' }, relationPhrase(relation, names)));
  }
  return h(
    'div',
    { class: 'gloss', attrs: { role: 'note', 'data-testid': 'text-gloss' } },
    h('p', { class: 'gloss-heading' }, t(lang, 'text.evidenceFor')),
    ...body,
  );
}

function paragraphElement(span: TextSpan, children: Node[]): HTMLParagraphElement {
  const p = h('p', {
    class: 'text-para',
    attrs: { 'data-start': span.start, 'data-end': span.end, 'data-line': span.line },
  });
  p.append(...children);
  return p;
}

/** The whole document, or only its uncovered sentences, as an <article>. */
export function renderDocument(doc: TextDocument, options: RenderOptions): HTMLElement {
  const marks = options.marks?.spans.length ? options.marks : null;
  const ranges = rangesOf(doc, marks);
  const render: Render = {
    doc,
    options,
    names: nameContext(doc, options),
    spread: conceptSpread(doc),
  };
  const parts = new Map<RankedRange<Piece>, number>();
  const nested = (start: number, end: number) =>
    build(render, nestRanges(start, end, ranges, parts));
  const article = h('article', {
    class: options.uncoveredOnly ? 'text-doc only-uncovered' : 'text-doc',
    // The text keeps its own language whatever the interface's.
    attrs: { lang: doc.language === 'und' ? null : doc.language, 'data-testid': 'text-doc' },
  });
  const current = marks?.spans[marks.current] ?? null;
  let glossWanted = (options.gloss ?? options.lang === 'en') && current !== null;

  for (const paragraph of doc.paragraphs) {
    let children: Node[];
    if (options.uncoveredOnly) {
      const inside = doc.sentences.filter(
        (s) => !s.covered && s.start >= paragraph.start && s.end <= paragraph.end,
      );
      if (!inside.length) continue;
      children = inside.flatMap((s, i) => [
        ...(i > 0 ? [h('span', { class: 'gap', attrs: { 'aria-hidden': 'true' } }, ' … ')] : []),
        ...nested(s.start, s.end),
      ]);
    } else {
      children = nested(paragraph.start, paragraph.end);
    }
    article.append(paragraphElement(paragraph, children));
    // Beside the marked quote: right after the paragraph it starts in.
    if (glossWanted && current && current.start < paragraph.end && current.end > paragraph.start) {
      const note = gloss(render);
      if (note) article.append(note);
      glossWanted = false;
    }
  }
  if (options.uncoveredOnly && !article.childElementCount)
    article.append(h('p', { class: 'muted' }, t(options.lang, 'text.noneUncovered')));
  return article;
}
