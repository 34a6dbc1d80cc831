// Graph.layout over HTTP on the shipped graph: the whole view laid out on the server with the
// explorer's own layout code, once per graph version and language. Every concept has a place (a
// node, or a section's box around its members), no two label boxes overlap, a second ask
// answers the same layout, and a new version of the graph gets a layout of its own.
import { describe, expect, it } from 'vitest';
import { loadSeedFile } from '../../graph/seed/index.js';
import { countOverlaps } from '../../web/src/graph-view/layout/overlap.js';
import { keserasianText, tempDir, writeSeed } from '../seed/support/files.js';
import { gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';

const shipped = useShippedGraph('api-server-layout');

interface LayoutNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parent: string | null;
}
interface Layout {
  name: string;
  lang: string;
  aspect: number;
  version: string | null;
  nodes: LayoutNode[];
}

const LAYOUT = `query($g: ID!, $lang: Lang, $aspect: Float, $name: String) {
  graph(id: $g) {
    contentHash
    concepts: conceptCount
    layout(name: $name, lang: $lang, aspect: $aspect) {
      name lang aspect version nodes { id x y width height parent }
    }
  }
}`;

async function layout(variables: Record<string, unknown> = {}) {
  const data = await gqlData<{
    graph: { contentHash: string; concepts: number; layout: Layout | null };
  }>(shipped.url, LAYOUT, { g: shipped.graph, ...variables });
  return data.graph;
}

async function conceptIds(): Promise<string[]> {
  const data = await gqlData<{ concepts: { nodes: { id: string }[] } }>(
    shipped.url,
    'query($g: ID) { concepts(graph: $g, first: 500) { nodes { id } } }',
    { g: shipped.graph },
  );
  return data.concepts.nodes.map((c) => c.id);
}

const boxes = (nodes: readonly LayoutNode[]) =>
  nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, w: n.width, h: n.height }));

describe('Graph.layout', () => {
  it.each(['ID', 'EN'])(
    'places every concept, without overlapping boxes, in %s',
    async (lang) => {
      const { layout: served } = await layout({ lang });
      expect(served).not.toBeNull();
      if (!served) return;
      expect(served.name).toBe('fcose');
      expect(served.lang).toBe(lang);
      const placed = new Set(served.nodes.map((n) => n.id));
      const boxesDrawn = new Set(served.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
      for (const id of await conceptIds()) expect(placed.has(id) || boxesDrawn.has(id)).toBe(true);
      for (const n of served.nodes) {
        expect(Number.isFinite(n.x + n.y)).toBe(true);
        expect(n.width).toBeGreaterThan(0);
        expect(n.height).toBeGreaterThan(0);
      }
      expect(countOverlaps(boxes(served.nodes))).toBe(0);
    },
    120_000,
  );

  it('answers the same layout when asked again, and fits it to the shape asked for', async () => {
    const first = await layout({ aspect: 1.6 });
    const again = await layout({ aspect: 1.6 });
    expect(again.layout).toEqual(first.layout);
    const tall = await layout({ aspect: 0.55 });
    expect(tall.layout?.aspect).toBe(0.55);
    expect(tall.layout?.nodes.map((n) => n.id).sort()).toEqual(
      first.layout?.nodes.map((n) => n.id).sort(),
    );
    const extent = (nodes: readonly LayoutNode[]) => {
      const xs = nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
      const ys = nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2]);
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    // A tall screen gets a taller drawing than a wide one.
    expect(extent(tall.layout?.nodes ?? [])).toBeLessThan(extent(first.layout?.nodes ?? []));
    expect(countOverlaps(boxes(tall.layout?.nodes ?? []))).toBe(0);
  }, 120_000);

  it('is null for the layouts the browser shapes to the screen itself', async () => {
    expect((await layout({ name: 'grouped' })).layout).toBeNull();
    expect((await layout({ name: 'no-such-layout' })).layout).toBeNull();
  });

  it('lays a new version of the graph out again', async () => {
    const before = await layout({ lang: 'EN' });
    // A new version whose English title of the topic is much longer: its box grows.
    const text = keserasianText(shipped.graph).replace(
      'label: { id: Keserasian Sosial, en: Social harmony }',
      'label: { id: Keserasian Sosial, en: Social harmony between every group of a society }',
    );
    await loadSeedFile(shipped.db, writeSeed(tempDir(), 'keserasian.yaml', text));
    const after = await layout({ lang: 'EN' });
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.layout?.version).not.toBe(before.layout?.version);
    const topic = (l: Layout | null) => l?.nodes.find((n) => n.id === 'keserasian-sosial');
    expect(topic(after.layout)?.width).toBeGreaterThan(topic(before.layout)?.width ?? Infinity);
    expect(countOverlaps(boxes(after.layout?.nodes ?? []))).toBe(0);
  }, 120_000);
});
