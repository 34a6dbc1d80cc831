// Checks a whole seed file before anything touches the database, and reports every problem at
// once, each with file, line, column, field path and what is wrong.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { checkKinds, checkRelationTypes, duplicateIds } from './check-declarations.js';
import {
  checkConcepts,
  checkRelations,
  checkReplaces,
  type ReferenceContext,
} from './check-references.js';
import { buildDocument } from './document.js';
import { isRecord, usableEntries, withId, type Indexed } from './entries.js';
import { SEED_LIMITS } from './limits.js';
import { relationIdOf, type SeedGraph } from './model.js';
import { parseSeedText, type ParsedText } from './parse.js';
import type { SeedProblem, UnplacedProblem } from './problems.js';
import { TextLocator } from './quotes.js';
import * as schema from './schema.js';
import { readSourceText, readTextFile } from './source-text.js';
import { brokenFields, issuesToProblems, type BrokenFields } from './zod-problems.js';

export type ValidationResult =
  { ok: true; seed: SeedGraph } | { ok: false; problems: SeedProblem[] };

const atStart = { line: 1, column: 1 };

export async function validateSeedFile(file: string): Promise<ValidationResult> {
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size > SEED_LIMITS.fileBytes) {
    const message = `the file is ${size} bytes, over the limit of ${SEED_LIMITS.fileBytes} (see seeds/README.md)`;
    return { ok: false, problems: [{ file, path: [], message, ...atStart }] };
  }
  const read = await readTextFile(file, SEED_LIMITS.fileBytes);
  if (!read.ok)
    return { ok: false, problems: [{ file, path: [], message: read.message, ...atStart }] };
  return validateSeedText(read.text, file, read.bytes);
}

/** Validation of text already read; `file` names it in messages and anchors `sourceText`. */
export async function validateSeedText(
  text: string,
  file: string,
  bytes: Buffer = Buffer.from(text),
): Promise<ValidationResult> {
  const parsed = parseSeedText(text, file);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => ({
      file,
      path: p.path,
      message: p.message,
      ...(p.at ?? atStart),
    }));
    return { ok: false, problems };
  }
  const result = schema.seedFileSchema.safeParse(parsed.parsed.value);
  const problems = result.success ? [] : issuesToProblems(result.error.issues);
  const broken: BrokenFields = result.success
    ? new Map<string, never>()
    : brokenFields(result.error.issues);
  const root = isRecord(parsed.parsed.value) ? parsed.parsed.value : {};
  const source = await loadQuotes(root, file, problems);
  problems.push(...crossCheck(root, broken, source?.quotes ?? null));

  if (!result.success || problems.length > 0 || !source) {
    return { ok: false, problems: place(problems, file, parsed.parsed) };
  }
  const data = result.data;
  const relations = (data.relations ?? []).map((r) => ({ ...r, id: relationIdOf(r) }));
  const document = buildDocument(
    { ...data.graph, concepts: data.concepts, relations },
    source.quotes,
  );
  const seed: SeedGraph = {
    file,
    graph: data.graph,
    kinds: data.kinds,
    relationTypes: data.relationTypes,
    sources: data.sources ?? [],
    concepts: data.concepts,
    relations,
    document,
    contentHash: contentHash(bytes, source.bytes),
  };
  return { ok: true, seed };
}

function crossCheck(
  root: Record<string, unknown>,
  broken: BrokenFields,
  quotes: TextLocator | null,
): UnplacedProblem[] {
  const kinds = withId(usableEntries<schema.KindDeclaration>(root, 'kinds', broken));
  const types = withId(
    usableEntries<schema.RelationTypeDeclaration>(root, 'relationTypes', broken),
  );
  const sources = withId(usableEntries<schema.SourceEntry>(root, 'sources', broken));
  const concepts = usableEntries<schema.ConceptEntry>(root, 'concepts', broken);
  const relations = usableEntries<schema.RelationEntry>(root, 'relations', broken);
  const relationIds: Indexed<{ id: string }>[] = relations.flatMap(({ index, entry: r }) => {
    const derivable = r.from !== undefined && r.type !== undefined && r.to !== undefined;
    const id =
      r.id ??
      (derivable
        ? relationIdOf({ from: r.from ?? '', type: r.type ?? '', to: r.to ?? '' })
        : undefined);
    return id === undefined ? [] : [{ index, entry: { id } }];
  });
  const ctx: ReferenceContext = {
    kindIds: new Set(kinds.map((k) => k.entry.id)),
    types: new Map(types.map((t) => [t.entry.id, t.entry])),
    sourceIds: new Set(sources.map((s) => s.entry.id)),
    conceptKinds: new Map(withId(concepts).map((c) => [c.entry.id, c.entry.kind])),
    quotes,
  };
  return [
    ...checkKinds(kinds),
    ...checkRelationTypes(types, ctx.kindIds),
    ...duplicateIds('sources', sources),
    ...duplicateIds('concepts', withId(concepts)),
    // A derived id repeats when the same two concepts are linked twice by the same type.
    ...duplicateIds('relations', relationIds, 'type').map((p) => ({
      ...p,
      message: `${p.message}: the same relation twice`,
    })),
    ...checkConcepts(concepts, ctx),
    ...checkRelations(relations, ctx),
    ...checkReplaces('concepts', concepts, new Set(ctx.conceptKinds.keys())),
    ...checkReplaces('relations', relations, new Set(relationIds.map((r) => r.entry.id))),
  ];
}

async function loadQuotes(
  root: Record<string, unknown>,
  file: string,
  problems: UnplacedProblem[],
) {
  const relative = isRecord(root.graph) ? root.graph.sourceText : undefined;
  if (typeof relative !== 'string') return null; // zod has reported it already
  const read = await readSourceText(file, relative);
  if (!read.ok) {
    problems.push({
      path: ['graph', 'sourceText'],
      message: `the source text cannot be used: ${read.message}`,
    });
    return null;
  }
  return { quotes: new TextLocator(read.text), bytes: read.bytes };
}

function place(problems: UnplacedProblem[], file: string, parsed: ParsedText): SeedProblem[] {
  const positions = parsed.locate(problems.map((p) => p.path));
  return problems
    .map((p, i) => ({ file, path: p.path, message: p.message, ...(positions[i] ?? atStart) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** SHA-256 over the seed file and its source text, each length-prefixed. */
function contentHash(seedBytes: Buffer, sourceBytes: Buffer): string {
  const hash = createHash('sha256');
  for (const part of [seedBytes, sourceBytes]) hash.update(`${part.length}:`).update(part);
  return `sha256:${hash.digest('hex')}`;
}
