// Cross-checks of concepts and relations: declared kinds and types, existing ends and sources,
// ends of the kinds a type allows, a rationale for every inferred relation, quotes in the text.
// Entries arrive without the fields zod already reported, so every check tolerates absence.
import type { Indexed } from './entries.js';
import { SEED_LIMITS } from './limits.js';
import type { PathSegment, UnplacedProblem } from './problems.js';
import type { TextLocator } from './quotes.js';
import type { ConceptEntry, RelationEntry, RelationTypeDeclaration } from './schema.js';

export interface ReferenceContext {
  kindIds: ReadonlySet<string>;
  types: ReadonlyMap<string, Partial<RelationTypeDeclaration>>;
  sourceIds: ReadonlySet<string>;
  /** Kind of every concept id in the file (undefined when its kind is not usable). */
  conceptKinds: ReadonlyMap<string, string | undefined>;
  /** Null when the source text could not be read (reported on its own). */
  quotes: TextLocator | null;
}

function checkQuote(
  path: PathSegment[],
  quote: string | undefined,
  quotes: TextLocator | null,
): UnplacedProblem[] {
  if (quote === undefined) return [];
  if (quote.replace(/\s+/gu, '').length < SEED_LIMITS.quoteMin) {
    return [
      { path, message: `is shorter than ${SEED_LIMITS.quoteMin} characters, too short to trace` },
    ];
  }
  if (quotes && !quotes.contains(quote)) {
    const shown = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
    return [
      {
        path,
        message: `is not in the source text (compared after folding white space): "${shown}"`,
      },
    ];
  }
  return [];
}

function checkSource(
  path: PathSegment[],
  source: string | undefined,
  ctx: ReferenceContext,
): UnplacedProblem[] {
  if (source === undefined || ctx.sourceIds.has(source)) return [];
  return [{ path, message: `unknown source "${source}" (not in sources)` }];
}

export function checkConcepts(
  concepts: readonly Indexed<Partial<ConceptEntry>>[],
  ctx: ReferenceContext,
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  for (const { index, entry } of concepts) {
    const at = (field: string) => ['concepts', index, field];
    if (entry.kind !== undefined && !ctx.kindIds.has(entry.kind)) {
      problems.push({ path: at('kind'), message: `unknown kind "${entry.kind}" (not in kinds)` });
    }
    if (entry.section !== undefined && !ctx.conceptKinds.has(entry.section)) {
      problems.push({
        path: at('section'),
        message: `unknown section "${entry.section}" (no concept has that id)`,
      });
    }
    problems.push(
      ...checkSource(at('source'), entry.source, ctx),
      ...checkQuote(at('quote'), entry.quote, ctx.quotes),
      ...checkQuote(['concepts', index, 'numbering', 'quote'], entry.numbering?.quote, ctx.quotes),
    );
  }
  return problems;
}

/**
 * Old ids in `replaces` must be unambiguous: not an id the file uses now (that entry would shadow
 * the alias) and not claimed by two entries (an old link could not know which one it meant).
 */
export function checkReplaces(
  list: 'concepts' | 'relations',
  entries: readonly Indexed<{ replaces?: string[] | undefined }>[],
  currentIds: ReadonlySet<string>,
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  const claimed = new Map<string, number>();
  for (const { index, entry } of entries) {
    (entry.replaces ?? []).forEach((old, i) => {
      const path = [list, index, 'replaces', i];
      if (currentIds.has(old)) {
        problems.push({
          path,
          message: `"${old}" is still an id in ${list}; it cannot be an old one`,
        });
      } else if (claimed.has(old)) {
        const message = `"${old}" is already replaced by ${list}[${claimed.get(old)}]`;
        problems.push({ path, message });
      } else claimed.set(old, index);
    });
  }
  return problems;
}

function checkEnd(
  relation: Partial<RelationEntry>,
  end: 'from' | 'to',
  path: PathSegment[],
  ctx: ReferenceContext,
): UnplacedProblem[] {
  const id = relation[end];
  if (id === undefined) return [];
  if (!ctx.conceptKinds.has(id)) return [{ path, message: `no concept has the id "${id}"` }];
  const kind = ctx.conceptKinds.get(id);
  const allowed = relation.type === undefined ? undefined : ctx.types.get(relation.type)?.[end];
  // An unknown kind is reported on the concept itself; repeating it here would only be noise.
  if (!allowed || kind === undefined || !ctx.kindIds.has(kind) || allowed.includes(kind)) return [];
  const verb = end === 'from' ? 'start at' : 'end at';
  const message = `${relation.type} may not ${verb} "${id}", a ${kind} (declared ${end}: ${allowed.join(', ')})`;
  return [{ path, message }];
}

export function checkRelations(
  relations: readonly Indexed<Partial<RelationEntry>>[],
  ctx: ReferenceContext,
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  for (const { index, entry, broken } of relations) {
    const at = (field: string) => ['relations', index, field];
    if (entry.type !== undefined && !ctx.types.has(entry.type)) {
      problems.push({
        path: at('type'),
        message: `unknown relation type "${entry.type}" (not in relationTypes)`,
      });
    }
    problems.push(
      ...checkEnd(entry, 'from', at('from'), ctx),
      ...checkEnd(entry, 'to', at('to'), ctx),
    );
    if (entry.basis === 'inferred' && entry.rationale === undefined && !broken?.has('rationale')) {
      const message = 'an inferred relation needs a rationale, in Indonesian (id) and English (en)';
      problems.push({ path: at('rationale'), message });
    }
    problems.push(
      ...checkSource(at('source'), entry.source, ctx),
      ...checkQuote(at('quote'), entry.quote, ctx.quotes),
    );
  }
  return problems;
}
