// "Include legend" for PNG exports: what the picture shows, so a slide explains its own colours.
// Kinds of concept, relations of meaning apart from the text's structure (sections drawn as boxes,
// structural relations drawn as lines), and stated versus inferred. png-frame.ts draws it.
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import { drawnParts } from './groups.js';

export interface LegendEntry {
  label: string;
  /** The chip's colour: a kind's fill, a relation's line, a group's border. */
  color: string;
  /** A group's chip is a box in the group's fill with its border. */
  fill?: string;
  mark: 'box' | 'line' | 'dashed' | 'group';
}

export interface LegendSection {
  heading: string;
  entries: LegendEntry[];
}

/** The legend of what the snapshot shows, in the view's language. */
export function legendOf(state: AppState, snapshot: ViewSnapshot): LegendSection[] {
  const lang = state.view.lang;
  const drawn = drawnParts(snapshot);
  const kinds = new Set(drawn.nodes.map((n) => n.kind));
  const types = new Set(drawn.edges.map((e) => e.type));
  const graph = state.graph;
  const shownTypes = (graph?.relationTypes ?? []).filter((r) => types.has(r.id));
  const line = (r: (typeof shownTypes)[number]): LegendEntry => ({
    label: pick(r.labels, lang) || r.id,
    color: r.color,
    mark: 'line',
  });
  const group = drawn.groups[0];
  const sections: LegendSection[] = [
    {
      heading: t(lang, 'kinds'),
      entries: (graph?.kinds ?? [])
        .filter((k) => kinds.has(k.id))
        .map((k) => ({ label: pick(k.labels, lang) || k.id, color: k.color, mark: 'box' })),
    },
    {
      heading: t(lang, 'embed.legendMeaning'),
      entries: shownTypes.filter((r) => !r.structural).map(line),
    },
    {
      heading: t(lang, 'embed.legendStructure'),
      entries: [
        ...(group
          ? [
              {
                label: t(lang, 'embed.legendSection'),
                color: group.border,
                fill: group.fill,
                mark: 'group' as const,
              },
            ]
          : []),
        ...shownTypes.filter((r) => r.structural).map(line),
      ],
    },
  ];
  if (drawn.edges.length) {
    sections.push({
      heading: t(lang, 'evidence'),
      entries: [
        { label: t(lang, 'stated'), color: '#777777', mark: 'line' },
        { label: t(lang, 'inferred'), color: '#777777', mark: 'dashed' },
      ],
    });
  }
  return sections.filter((s) => s.entries.length > 0);
}
