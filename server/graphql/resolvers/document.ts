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
  paragraphs: (d) => d.paragraphs.map((p) => ({ ...p, document: d })),
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
};

export const Sentence: SentenceResolvers = {
  text: (s) => s.document.text.slice(s.start, s.end),
};

export const Passage: PassageResolvers = {
  text: (p) => p.document.text.slice(p.start, p.end),
  concepts: async (p, _args, ctx: Context) =>
    compact(await ctx.loaders.concept(p.document.graph).loadMany(p.concepts).then(onlyFound)),
  relations: async (p, _args, ctx: Context) => {
    const graph = await graphOf(ctx, p.document.graph);
    return compact(await ctx.loaders.relation(graph).loadMany(p.relations).then(onlyFound));
  },
};

/** A concept or relation a passage names is there (the load wrote both); errors surface. */
function onlyFound<T>(values: (T | null | Error)[]): (T | null)[] {
  return values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}
