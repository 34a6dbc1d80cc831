// A small sectioned view for the export and standalone unit tests: a topic, two sections drawn
// as groups around their concepts, a meaning relation between sections' concepts, and the
// structural relations (topic to section, section to member) a grouped canvas snapshot carries.
import type { GraphInfo } from '../api/model.js';
import type {
  SnapshotEdge,
  SnapshotGroup,
  SnapshotNode,
  ViewSnapshot,
} from '../graph-view/snapshot.js';
import { initialAppState, type AppState } from '../state/app-state.js';
import { DEFAULT_VIEW } from '../state/view.js';

const both = (id: string, en: string) => ({ id, en });

/** A concept on the canvas: what a test gives, over plain defaults (100 × 40, black on white). */
export const snapshotNode = (
  n: Pick<SnapshotNode, 'id' | 'x' | 'y'> & Partial<SnapshotNode>,
): SnapshotNode => ({
  label: n.id,
  kind: 'K',
  width: 100,
  height: 40,
  fill: '#fff',
  border: '#000',
  textColor: '#111',
  fontSize: 12,
  fontWeight: 'normal',
  shape: 'round-rectangle',
  ...n,
});

/** A section's box: what a test gives, over plain defaults. */
export const snapshotGroup = (
  g: Pick<SnapshotGroup, 'id' | 'label' | 'x1' | 'x2'> & Partial<SnapshotGroup>,
): SnapshotGroup => ({
  y1: -80,
  y2: 60,
  fill: '#eef',
  border: '#99a',
  textColor: '#223',
  fontSize: 14,
  ...g,
});

export const node = (id: string, kind: string, x: number, y: number, parent?: string) =>
  snapshotNode({ id, kind, x, y, ...(parent ? { parent } : {}) });

export const group = (id: string, label: string, x1: number, x2: number) =>
  snapshotGroup({ id, label, x1, x2 });

const edge = (id: string, source: string, target: string, type: string): SnapshotEdge => ({
  id,
  source,
  target,
  type,
  color: '#c00',
  width: 1,
  dashed: false,
  arrow: true,
});

export const SECTIONED: ViewSnapshot = {
  nodes: [
    node('topic', 'Topic', -300, 0),
    node('x', 'Value', 0, 10, 'sec-a'),
    node('y', 'Goal', 300, 10, 'sec-b'),
  ],
  groups: [group('sec-a', 'a. Pengertian', -120, 120), group('sec-b', 'b. Tujuan', 200, 400)],
  edges: [
    edge('has-a', 'topic', 'sec-a', 'HAS_SECTION'),
    edge('m-x', 'sec-a', 'x', 'HAS_MEMBER'),
    edge('m-y', 'sec-b', 'y', 'HAS_MEMBER'),
    edge('x-y', 'x', 'y', 'SUPPORTS'),
  ],
  bounds: { x1: -350, y1: -80, x2: 400, y2: 60 },
  background: '#fff',
};

const relationTypes = [
  {
    id: 'SUPPORTS',
    labels: both('mendukung', 'supports'),
    color: '#c00',
    count: 1,
    structural: false,
  },
  {
    id: 'HAS_SECTION',
    labels: both('memiliki bagian', 'has section'),
    color: '#999',
    count: 1,
    structural: true,
  },
  {
    id: 'HAS_MEMBER',
    labels: both('memuat', 'contains'),
    color: '#ccc',
    count: 2,
    structural: true,
  },
];

const graph: GraphInfo = {
  id: 'g',
  conceptCount: 5,
  relationCount: 4,
  titles: both('Graf', 'Graph'),
  descriptions: both('', ''),
  kinds: ['Topic', 'Section', 'Value', 'Goal'].map((k) => ({
    id: k,
    labels: both(k, k),
    color: '#123456',
    count: 1,
  })),
  relationTypes,
  sources: [],
  aliases: [],
};

const summary = (
  id: string,
  kind: string,
  labelId: string,
  labelEn: string,
  section: string | null = null,
) => ({ id, kind, order: 0, labels: both(labelId, labelEn), section });

/** The explorer's state for SECTIONED, in a language. */
export function sectionedState(lang: 'id' | 'en'): AppState {
  return {
    ...initialAppState({ ...DEFAULT_VIEW, graph: 'g', lang }),
    graph,
    graphs: [graph],
    status: 'ready',
    elements: {
      nodes: [
        summary('topic', 'Topic', 'Topik', 'Topic'),
        summary('sec-a', 'Section', 'a. Pengertian', 'a. Definition'),
        summary('sec-b', 'Section', 'b. Tujuan', 'b. Goals'),
        summary('x', 'Value', 'Nilai', 'Value', 'sec-a'),
        summary('y', 'Goal', 'Tujuan', 'Goal', 'sec-b'),
      ],
      relations: [
        {
          id: 'has-a',
          type: 'HAS_SECTION',
          basis: 'STATED',
          structural: true,
          from: { id: 'topic' },
          to: { id: 'sec-a' },
        },
        {
          id: 'm-x',
          type: 'HAS_MEMBER',
          basis: 'STATED',
          structural: true,
          from: { id: 'sec-a' },
          to: { id: 'x' },
        },
        {
          id: 'm-y',
          type: 'HAS_MEMBER',
          basis: 'STATED',
          structural: true,
          from: { id: 'sec-b' },
          to: { id: 'y' },
        },
        {
          id: 'x-y',
          type: 'SUPPORTS',
          basis: 'INFERRED',
          structural: false,
          from: { id: 'x' },
          to: { id: 'y' },
        },
      ],
      truncated: false,
    },
  };
}
