// Finished layouts, remembered in the browser (localStorage) for the next visit. A layout that
// does not start from the current positions (every layout but an incremental fcose) is a pure
// function of its inputs: the layout's name, the screen's shape, the nodes in order with their
// measured boxes (so the language and the fonts), the edges, and the code that lays out (the
// script's own address carries the build's content hash). The same inputs give the same
// picture, so a returning visitor sees it at once instead of waiting for fcose again.
import type { Core, Position } from 'cytoscape';
import type { LayoutName } from './registry.js';

const STORAGE_KEY = 'keserasian-explorer.layouts';
/** The most recent layouts kept (the landing view, a few views and layouts around it). */
const MAX_ENTRIES = 8;
/** Larger graphs are not kept: their positions alone would crowd the storage out. */
export const MAX_CACHED_NODES = 2500;
/** Changes with every build: a new layout code never reads an old layout. */
const CODE = import.meta.url;

interface Entry {
  at: number;
  /** x and y of each node, in the order of the signature. */
  xy: number[];
}

type Stored = Record<string, Entry>;

/** Boxes (groups) wrap their members: only the members' positions are kept. */
const placed = (cy: Core) => cy.nodes().filter((n) => !n.isParent());

/** Two independent 32-bit FNV-1a hashes of the text: 64 bits, so unrelated views never collide. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** What the layout depends on, hashed; null when the graph is too large to keep. */
export function layoutSignature(cy: Core, name: LayoutName, aspect: number): string | null {
  const nodes = cy.nodes();
  if (nodes.length === 0 || nodes.length > MAX_CACHED_NODES) return null;
  const parts = [CODE, name, aspect.toFixed(3)];
  nodes.forEach((n) => {
    // A box's place in the drawing depends on what it holds, and a member's on its box.
    const parent = n.isChild() ? `<${n.parent().first().id()}` : '';
    parts.push(`${n.id()}:${n.data('w')}x${n.data('h')}${parent}`);
  });
  cy.edges().forEach((e) => void parts.push(`${e.source().id()}>${e.target().id()}`));
  return hash(parts.join('\n'));
}

function read(): Stored {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** The remembered positions for these nodes (in cy's order), or null. */
export function cachedLayout(cy: Core, signature: string): Map<string, Position> | null {
  const entry = read()[signature];
  const nodes = placed(cy);
  if (!entry || !Array.isArray(entry.xy) || entry.xy.length !== nodes.length * 2) return null;
  const positions = new Map<string, Position>();
  let ok = true;
  nodes.forEach((n, i) => {
    const x = entry.xy[2 * i];
    const y = entry.xy[2 * i + 1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) ok = false;
    else positions.set(n.id(), { x, y });
  });
  return ok ? positions : null;
}

export function rememberLayout(
  cy: Core,
  signature: string,
  positions: ReadonlyMap<string, Position>,
): void {
  const xy: number[] = [];
  for (const n of placed(cy)) {
    const p = positions.get(n.id());
    if (!p) return;
    xy.push(Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100);
  }
  const stored = read();
  stored[signature] = { at: Date.now(), xy };
  const kept = Object.entries(stored)
    .filter(([, e]) => typeof e?.at === 'number')
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_ENTRIES);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Full or refused (private browsing): the next visit lays out again.
  }
}
