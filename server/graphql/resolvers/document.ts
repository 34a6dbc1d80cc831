// The document view: a graph's source text, its paragraphs and sentences, and the passages where
// concepts and relations take their quotes. The document is read once per request (loaders.ts);
// a passage's concepts and relations load by id in one statement for all passages.
import type {
  DocumentResolvers,
  ParagraphResolvers,
  PassageResolvers,
  SentenceResolvers,
} from '../../generated/graphql.js';
import type { DocumentRecord } from '../../../graph/queries/document.js';
import type { SpanRecord } from '../../../graph/queries/model.js';
import { compact } from '../../../graph/queries/model.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { foldWhitespace } from '../../../graph/seed/quotes.js';
import { graphOf } from './concept.js';

const overlaps = (a: SpanRecord, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;

function passagesOf(doc: DocumentRecord, within?: { start: number; end: number } | null) {
  const all = doc.passages.map((p) => ({ ...p, document: doc }));
  return within ? all.filter((p) => overlaps(p, within)) : all;
}

function sentencesOf(doc: DocumentRecord) {
  return doc.sentences.map((s) => ({ ...s, document: doc }));
}

export const Document: DocumentResolvers = {
  paragraphs: (d, { containing }) => {
    const all = d.paragraphs.map((p) => ({ ...p, document: d }));
    if (containing === null || containing === undefined) return all;
    if (containing.length > 200) throw badInput('`containing` is longer than 200 characters.');
    const words = folded(containing);
    return all.filter((p) => folded(d.text.slice(p.start, p.end)).includes(words));
  },
  passages: (d, { within }) => {
    if (within && (within.start < 0 || within.end < within.start)) {
      throw badInput('`within` needs 0 <= start <= end.');
    }
    return passagesOf(d, within);
  },
  sentences: (d) => sentencesOf(d),
  uncovered: (d) => sentencesOf(d).filter((s) => !s.covered),
};

export const Paragraph: ParagraphResolvers = {
  text: (p) => p.document.text.slice(p.start, p.end),
  passages: (p) => passagesOf(p.document, p),
  sentences: (p) => sentencesOf(p.document).filter((s) => overlaps(s, p)),
  concepts: (p, _args, ctx) =>
    conceptsOf(ctx, p.document, [...new Set(passagesOf(p.document, p).flatMap((x) => x.concepts))]),
  relations: (p, _args, ctx) =>
    relationsOf(ctx, p.document, [
      ...new Set(passagesOf(p.document, p).flatMap((x) => x.relations)),
    ]),
};

export const Sentence: SentenceResolvers = {
  text: (s) => s.document.text.slice(s.start, s.end),
};

export const Passage: PassageResolvers = {
  text: (p) => p.document.text.slice(p.start, p.end),
  concepts: (p, _args, ctx) => conceptsOf(ctx, p.document, p.concepts),
  relations: (p, _args, ctx) => relationsOf(ctx, p.document, p.relations),
};

async function conceptsOf(ctx: Context, doc: DocumentRecord, ids: string[]) {
  return compact(await ctx.loaders.concept(doc.graph).loadMany(ids).then(onlyFound));
}

async function relationsOf(ctx: Context, doc: DocumentRecord, ids: string[]) {
  const graph = await graphOf(ctx, doc.graph);
  return compact(await ctx.loaders.relation(graph).loadMany(ids).then(onlyFound));
}

/** Case and runs of white space do not matter when looking for words in the text. */
function folded(text: string): string {
  return foldWhitespace(text).toLocaleLowerCase('id');
}

/** A concept or relation a passage names is there (the load wrote both); errors surface. */
function onlyFound<T>(values: (T | null | Error)[]): (T | null)[] {
  return values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}
