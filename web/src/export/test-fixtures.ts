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

export const node = (
  id: string,
  kind: string,
  x: number,
  y: number,
  parent?: string,
): SnapshotNode => ({
  id,
  label: id,
  kind,
  x,
  y,
  width: 100,
  height: 40,
  fill: '#fff',
  border: '#000',
  textColor: '#111',
  fontSize: 12,
  shape: 'round-rectangle',
  ...(parent ? { parent } : {}),
});

export const group = (id: string, label: string, x1: number, x2: number): SnapshotGroup => ({
  id,
  label,
  x1,
  y1: -80,
  x2,
  y2: 60,
  fill: '#eef',
  border: '#99a',
  textColor: '#223',
  fontSize: 14,
});

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

// Typed loosely on purpose: the graph list carries `structural` once the explorer asks for it.
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
};

const summary = (id: string, kind: string, labelId: string, labelEn: string) => ({
  id,
  kind,
  order: 0,
  labels: both(labelId, labelEn),
});

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
        summary('x', 'Value', 'Nilai', 'Value'),
        summary('y', 'Goal', 'Tujuan', 'Goal'),
      ],
      relations: [
        {
          id: 'has-a',
          type: 'HAS_SECTION',
          basis: 'STATED',
          from: { id: 'topic' },
          to: { id: 'sec-a' },
        },
        { id: 'm-x', type: 'HAS_MEMBER', basis: 'STATED', from: { id: 'sec-a' }, to: { id: 'x' } },
        { id: 'm-y', type: 'HAS_MEMBER', basis: 'STATED', from: { id: 'sec-b' }, to: { id: 'y' } },
        { id: 'x-y', type: 'SUPPORTS', basis: 'INFERRED', from: { id: 'x' }, to: { id: 'y' } },
      ],
      truncated: false,
    },
  };
}
