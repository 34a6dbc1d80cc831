// Positions inside a JSON text, found by one scan that builds nothing: JSON.parse keeps big seed
// files fast, and only when a problem is reported do we pay for finding its line.
import type { PathSegment } from './problems.js';

/** Offsets of the given paths (and every prefix of them) in a JSON text. */
export function locateJsonPaths(
  text: string,
  paths: readonly PathSegment[][],
): Map<string, number> {
  const wanted = new Set<string>();
  for (const path of paths)
    for (let i = 0; i <= path.length; i++) wanted.add(key(path.slice(0, i)));
  const found = new Map<string, number>();
  let at = 0;

  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  };
  const skipString = () => {
    const start = at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (path: PathSegment[]): void => {
    skipSpace();
    const here = key(path);
    if (wanted.has(here)) found.set(here, at);
    const c = text[at];
    if (c === '{') {
      at++;
      skipSpace();
      while (at < text.length && text[at] !== '}') {
        skipSpace();
        const name = skipString();
        skipSpace();
        at++; // ':'
        value([...path, name]);
        skipSpace();
        if (text[at] === ',') at++;
        skipSpace();
      }
      at++;
    } else if (c === '[') {
      at++;
      let index = 0;
      skipSpace();
      while (at < text.length && text[at] !== ']') {
        value([...path, index++]);
        skipSpace();
        if (text[at] === ',') at++;
        skipSpace();
      }
      at++;
    } else if (c === '"') {
      skipString();
    } else {
      while (at < text.length && !/[\s,}\]]/.test(text[at] ?? '')) at++;
    }
  };
  // Only ever called on text that JSON.parse accepted, so the scan can trust its shape.
  value([]);
  return found;
}

export function key(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}
