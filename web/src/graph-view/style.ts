// The Cytoscape stylesheet. Node geometry and colours come from element data (measured labels,
// kind colours tinted for the theme), so switching theme only swaps this sheet and the fills.
import type { StylesheetJson } from 'cytoscape';
import { GROUP_PADDING, GROUP_TAB_PADDING } from './groups.js';
import { FONT_FAMILY, type LabelFont } from './measure.js';
import type { GraphPalette } from './theme.js';

/**
 * Text size for a projector (`?scale=`, state/url.ts): every label font, and the width labels wrap
 * to, grow by this factor, so boxes are measured for the larger text and the layout makes room.
 * Set once before the first elements are made (a new size reloads the page: labels feed the
 * measured boxes, the layout and the remembered layouts, and a fresh start keeps them in step).
 * Layouts computed on the server are measured at scale 1: at any other scale the browser lays
 * out itself (labelScale() !== 1).
 */
let scale = 1;

export function setLabelScale(next: number): void {
  scale = Number.isFinite(next) && next > 0 ? next : 1;
}

export function labelScale(): number {
  return scale;
}

/** A rank's font at the current text size. */
export function scaledFont(font: LabelFont): LabelFont {
  return scale === 1 ? font : { ...font, size: Math.round(font.size * scale * 10) / 10 };
}

/** Large graphs hide labels drawn smaller than this (screen pixels). */
export const MIN_ZOOMED_FONT_SIZE = 9;

export interface StyleOptions {
  palette: GraphPalette;
  /** Large graphs hide labels that would be too small to read and draw cheaper edges. */
  large: boolean;
  /**
   * False leaves concepts unlabelled: the WebGL renderer ignores `min-zoomed-font-size`, so the
   * view hides a large graph's labels itself while they are too small to read (webgl.ts).
   */
  labels?: boolean;
}

export function graphStyle({ palette, large, labels = true }: StyleOptions): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': 'data(fill)',
        'border-color': 'data(color)',
        'border-width': 2,
        label: labels ? 'data(label)' : '',
        color: palette.text,
        'font-family': FONT_FAMILY,
        'font-size': 'data(fontSize)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        // Labels arrive wrapped; a little slack keeps Cytoscape from wrapping them again.
        'text-max-width': 'data(textMax)',
        'line-height': 1.25,
        'min-zoomed-font-size': large ? MIN_ZOOMED_FONT_SIZE : 0,
      },
    },
    { selector: 'node[fontWeight = "bold"]', style: { 'font-weight': 'bold' } },
    // A group (a section drawn around the concepts it contains): a lightly tinted box, behind
    // every relation and concept, with its title on a tab at the top edge. Its size follows its
    // members; the layouts leave room for the tab (groups.ts has the numbers).
    {
      selector: 'node:parent',
      style: {
        'background-color': 'data(groupFill)',
        'border-width': 1.5,
        padding: `${GROUP_PADDING}px`,
        'min-width': 'data(minW)',
        'compound-sizing-wrt-labels': 'include',
        'z-compound-depth': 'bottom',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-background-color': 'data(groupFill)',
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': `${GROUP_TAB_PADDING}px`,
        'text-border-color': 'data(color)',
        'text-border-width': 1.5,
        'text-border-opacity': 1,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.9,
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: 0.8,
        'font-family': FONT_FAMILY,
        'font-size': Math.round(11 * scale * 10) / 10,
        color: palette.text,
        'text-background-color': palette.edgeLabelBackground,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': large ? MIN_ZOOMED_FONT_SIZE : 0,
      },
    },
    // Inferred relations are dashed: the eye tells evidence from interpretation at a glance.
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    // A box's opacity would fade its members too (Cytoscape multiplies it down the tree): a box
    // fades its own paint instead, and a filtered-out box leaves its members standing.
    {
      selector: 'node:parent.faded',
      style: {
        opacity: 1,
        'background-opacity': 0.35,
        'border-opacity': 0.3,
        'text-opacity': 0.3,
        'text-background-opacity': 0.35,
        'text-border-opacity': 0.3,
      },
    },
    {
      selector: 'node:parent.filtered',
      style: {
        display: 'element',
        'background-opacity': 0,
        'border-width': 0,
        'text-opacity': 0,
        'text-background-opacity': 0,
        'text-border-opacity': 0,
        events: 'no',
      },
    },
    { selector: 'edge.labelled', style: { label: 'data(label)', width: 2.4, opacity: 1 } },
    { selector: 'edge.emphasized', style: { width: 2.4, opacity: 1 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': palette.selection,
        'underlay-color': palette.selection,
        'underlay-padding': 6,
        'underlay-opacity': 0.25,
      },
    },
    {
      selector: 'edge.selected',
      style: { width: 4, 'line-color': palette.selection, 'target-arrow-color': palette.selection },
    },
    {
      selector: 'node.cursor',
      style: {
        'underlay-color': palette.selection,
        'underlay-padding': 8,
        'underlay-opacity': 0.45,
      },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': palette.path } },
    {
      selector: 'edge.on-path',
      style: {
        width: 4,
        'line-color': palette.path,
        'target-arrow-color': palette.path,
        opacity: 1,
      },
    },
    // Cytoscape's own selection box and active overlay would fight our classes.
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
  ];
}
