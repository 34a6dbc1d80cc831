// Text to plain data, keeping the way back from a field path to a line and column.
// YAML goes through the `yaml` document model (with a LineCounter); JSON through JSON.parse,
// which is much faster for big generated files, with positions found only when needed.
import {
  LineCounter,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
} from 'yaml';
import { key, locateJsonPaths } from './json-locate.js';
import type { PathSegment, Position, UnplacedProblem } from './problems.js';

export interface ParsedText {
  value: unknown;
  /** Positions of the given paths: the deepest part of each path that exists in the text. */
  locate(paths: readonly PathSegment[][]): Position[];
}

export type ParseOutcome =
  { ok: true; parsed: ParsedText } | { ok: false; problems: UnplacedProblem[] };

export function isJsonFile(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

export function parseSeedText(text: string, file: string): ParseOutcome {
  return isJsonFile(file) ? parseJson(text) : parseYaml(text);
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJson(text: string): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    return {
      ok: false,
      problems: [{ path: [], message: `not valid JSON: ${message}`, at: positionOf(text, offset) }],
    };
  }
  const locate = (paths: readonly PathSegment[][]) => {
    const offsets = locateJsonPaths(text, paths);
    return paths.map((path) => {
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(key(path.slice(0, n)));
        if (offset !== undefined) return positionOf(text, offset);
      }
      return { line: 1, column: 1 };
    });
  };
  return { ok: true, parsed: { value, locate } };
}

function parseYaml(text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      path: [],
      message: `not valid YAML: ${e.message.split('\n')[0] ?? e.code}`,
      at: at(e.pos[0]),
    }));
    return { ok: false, problems };
  }
  let value: unknown;
  try {
    // Aliases are capped so that a "billion laughs" file cannot blow up in memory.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: [], message: `not usable YAML: ${message}`, at: { line: 1, column: 1 } }],
    };
  }
  return {
    ok: true,
    parsed: { value, locate: (paths) => paths.map((p) => at(yamlOffset(doc, p))) },
  };
}

/** Start offset of the deepest node on the path (a missing field points at its parent). */
function yamlOffset(doc: Document, path: readonly PathSegment[]): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const segment of path) {
    let next: unknown;
    let keyOffset: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      next = pair?.value;
      keyOffset = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    const nextOffset = isNode(next) ? next.range?.[0] : undefined;
    if (nextOffset === undefined && keyOffset === undefined) break;
    offset = nextOffset ?? keyOffset ?? offset;
    node = next;
  }
  return offset;
}
