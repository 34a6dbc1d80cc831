// How central each concept is, computed once per graph version at load and stored on its node.
// Only relations that carry meaning count (document structure says where the text puts a thing,
// not how ideas link). Betweenness and PageRank follow networkx 3.6 to the float, so that a
// researcher who rebuilds the graph there (docs/examples/python) gets the same numbers:
// - betweenness: `betweenness_centrality(G)` with G undirected and simple (directions and parallel
//   relations collapsed, self-loops dropped), normalized, endpoints excluded. Over EXACT_LIMIT
//   concepts it is estimated from SAMPLES sources, rescaled as networkx rescales with `k`.
// - pageRank: `pagerank(D, alpha=0.85)` with D directed and simple (parallel relations collapsed,
//   self-loops dropped), dangling concepts spreading their rank evenly, networkx's stopping rule
//   (L1 change below n·1e-6, at most 100 rounds).
// Typed arrays and a compressed adjacency keep the 100,000-concept synthetic graph (300,000
// relations) to about 9 s on a 2-core machine, nearly all of it the 500 sampled searches.
import { seededRandom } from '../../common/random.js';

export interface Centrality {
  inDegree: number;
  outDegree: number;
  betweenness: number;
  pageRank: number;
}

export interface CentralityInput {
  concepts: readonly { id: string }[];
  relations: readonly { from: string; to: string; type: string }[];
  relationTypes: readonly { id: string; structural?: boolean | undefined }[];
}

/** Above this many concepts betweenness is estimated (SDL: type Centrality). */
export const EXACT_LIMIT = 5_000;
export const SAMPLES = 500;
const SAMPLE_SEED = 15;
const ALPHA = 0.85;
const TOLERANCE = 1e-6;
const MAX_ROUNDS = 100;

/** Compressed adjacency: the neighbours of node i are `targets[start[i] .. start[i + 1])`. */
interface Adjacency {
  start: Int32Array;
  targets: Int32Array;
}

/** Per concept id, in the order of `input.concepts`. */
export function computeCentrality(input: CentralityInput): Map<string, Centrality> {
  const index = new Map(input.concepts.map((c, i) => [c.id, i]));
  const n = input.concepts.length;
  const structural = new Set(input.relationTypes.filter((t) => t.structural).map((t) => t.id));
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const arcs = new Set<number>(); // from * n + to, once per pair: the simple directed graph
  for (const r of input.relations) {
    if (structural.has(r.type)) continue;
    const from = index.get(r.from);
    const to = index.get(r.to);
    if (from === undefined || to === undefined) continue;
    bump(outDegree, from);
    bump(inDegree, to);
    if (from !== to) arcs.add(from * n + to);
  }
  const directed = adjacency(n, arcs, false);
  const undirected = adjacency(n, arcs, true);
  const between = betweenness(undirected, n);
  const rank = pageRank(directed, n);
  const out = new Map<string, Centrality>();
  input.concepts.forEach((c, i) => {
    out.set(c.id, {
      inDegree: inDegree[i] ?? 0,
      outDegree: outDegree[i] ?? 0,
      betweenness: between[i] ?? 0,
      pageRank: rank[i] ?? 0,
    });
  });
  return out;
}

/** Each pair once; undirected pairs are keyed lower end first, so a reciprocal pair is one edge. */
function adjacency(n: number, arcs: ReadonlySet<number>, undirected: boolean): Adjacency {
  const edges = undirected ? unordered(arcs, n) : arcs;
  const start = new Int32Array(n + 1);
  const ends = (edge: number) => {
    const from = Math.floor(edge / n);
    return [from, edge - from * n] as const;
  };
  for (const edge of edges) {
    const [from, to] = ends(edge);
    bump(start, from + 1);
    if (undirected) bump(start, to + 1);
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, n);
  const targets = new Int32Array(start[n] ?? 0);
  for (const edge of edges) {
    const [from, to] = ends(edge);
    targets[bump(fill, from)] = to;
    if (undirected) targets[bump(fill, to)] = from;
  }
  return { start, targets };
}

/** Adds one to `counts[i]`; returns its value before. */
function bump(counts: Int32Array, i: number): number {
  const before = counts[i] ?? 0;
  counts[i] = before + 1;
  return before;
}

function unordered(arcs: ReadonlySet<number>, n: number): Set<number> {
  const edges = new Set<number>();
  for (const arc of arcs) {
    const from = Math.floor(arc / n);
    const to = arc - from * n;
    edges.add(Math.min(from, to) * n + Math.max(from, to));
  }
  return edges;
}

/** Brandes on an unweighted undirected graph, networkx's rescaling (endpoints excluded). */
function betweenness(graph: Adjacency, n: number): Float64Array {
  const work: Work = {
    ...graph,
    raw: new Float64Array(n),
    sigma: new Float64Array(n),
    coeff: new Float64Array(n),
    level: new Uint8Array(n),
    order: new Int32Array(n),
    segment: new Int32Array(n + 1),
    successors: new Int32Array(graph.targets.length),
  };
  const sources = n > EXACT_LIMIT ? sample(n, SAMPLES) : null;
  if (sources) for (const s of sources) accumulate(work, s);
  else for (let s = 0; s < n; s++) accumulate(work, s);
  rescale(work.raw, n, sources);
  return work.raw;
}

interface Work extends Adjacency {
  raw: Float64Array;
  /** Shortest paths from the source to each node. */
  sigma: Float64Array;
  /** (1 + dependency) / sigma of each node, once its dependency is complete. */
  coeff: Float64Array;
  /**
   * Distance from the source, mod 3, plus 1 (0: not reached). A neighbour of a node at distance d
   * lies at d-1, d or d+1, which mod 3 tell apart; one byte a node keeps the array in cache.
   */
  level: Uint8Array;
  /** Nodes in the order the search reached them. */
  order: Int32Array;
  /** The successors of `order[i]` on shortest paths: `successors[segment[i] .. segment[i + 1])`. */
  segment: Int32Array;
  successors: Int32Array;
}

/**
 * One source: a breadth-first search counting shortest paths, then dependencies in reverse order
 * (networkx's `_accumulate_basic`, summed per node over its successors). The successor lists are
 * written in search order and read back in reverse, so both passes stream through memory: on
 * 100,000 concepts the time goes to cache misses, not arithmetic.
 */
function accumulate(work: Work, s: number): void {
  const { start, targets, raw, sigma, coeff, level, order, segment, successors } = work;
  let head = 0;
  let tail = 0;
  let written = 0;
  sigma[s] = 1;
  level[s] = 1;
  order[tail++] = s;
  while (head < tail) {
    const v = order[head] ?? 0;
    segment[head++] = written;
    const next = ((level[v] ?? 0) % 3) + 1;
    const sv = sigma[v] ?? 0;
    for (let e = start[v] ?? 0, end = start[v + 1] ?? 0; e < end; e++) {
      const w = targets[e] ?? 0;
      const lw = level[w] ?? 0;
      if (lw === 0) {
        level[w] = next;
        order[tail++] = w;
      } else if (lw !== next) continue;
      sigma[w] = (sigma[w] ?? 0) + sv;
      successors[written++] = w;
    }
  }
  segment[tail] = written;
  // Reverse search order: every successor's coefficient is final before its predecessors read it.
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i] ?? 0;
    let sum = 0;
    for (let e = segment[i] ?? 0, end = segment[i + 1] ?? 0; e < end; e++)
      sum += coeff[successors[e] ?? 0] ?? 0;
    const sv = sigma[v] ?? 1;
    const dependency = sv * sum;
    coeff[v] = (1 + dependency) / sv;
    if (v !== s) raw[v] = (raw[v] ?? 0) + dependency;
  }
  // Whole arrays are cleared faster than scattered entries once the search reached many nodes.
  if (tail * 8 > order.length) {
    sigma.fill(0);
    level.fill(0);
    return;
  }
  for (let i = 0; i < tail; i++) {
    const v = order[i] ?? 0;
    sigma[v] = 0;
    level[v] = 0;
  }
}

/**
 * networkx `_rescale` with normalized=True, endpoints=False: ordered (s, t) pairs are counted,
 * so the divisor is (n-1)(n-2); with k sampled sources a source's own count comes from k-1 others.
 */
function rescale(raw: Float64Array, n: number, sources: Int32Array | null): void {
  if (n - 1 < 2) return;
  if (!sources) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) raw[v] = (raw[v] ?? 0) * scale;
    return;
  }
  const k = sources.length;
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  const source = k > 1 ? 1 / ((k - 1) * (n - 2)) : 0;
  const other = 1 / (k * (n - 2));
  for (let v = 0; v < n; v++) raw[v] = (raw[v] ?? 0) * (isSource[v] ? source : other);
}

/** `k` distinct nodes by a partial Fisher–Yates shuffle with the project's seeded PRNG. */
export function sample(n: number, k: number): Int32Array {
  const random = seededRandom(SAMPLE_SEED);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const count = Math.min(k, n);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i] ?? 0;
    pool[i] = pool[j] ?? 0;
    pool[j] = t;
  }
  return pool.slice(0, count);
}

/** networkx `_pagerank_scipy` with uniform personalization and dangling weights. */
function pageRank(graph: Adjacency, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const { start, targets } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let dangling = 0;
    next.fill(0);
    for (let v = 0; v < n; v++) {
      const from = start[v] ?? 0;
      const to = start[v + 1] ?? 0;
      if (from === to) {
        dangling += x[v] ?? 0;
        continue;
      }
      const share = (x[v] ?? 0) * (1 / (to - from)); // as networkx: x times the row-normalized 1/deg
      for (let e = from; e < to; e++) {
        const w = targets[e] ?? 0;
        next[w] = (next[w] ?? 0) + share;
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = ALPHA * ((next[v] ?? 0) + dangling / n) + (1 - ALPHA) / n;
      change += Math.abs(value - (x[v] ?? 0));
      next[v] = value;
    }
    [x, next] = [next, x];
    if (change < n * TOLERANCE) break;
  }
  // Past MAX_ROUNDS networkx raises; a load keeps the last round (already within a hair of it).
  return x;
}
