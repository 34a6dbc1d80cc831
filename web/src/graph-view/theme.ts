// The graph view's colours per theme (the page's CSS variables mirror them).
import type { ThemeName } from './types.js';

export interface GraphPalette {
  background: string;
  text: string;
  muted: string;
  selection: string;
  path: string;
  edgeLabelBackground: string;
  /** How strongly a kind's colour tints its node fill. */
  fillStrength: number;
}

export const PALETTES: Record<ThemeName, GraphPalette> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#6b6b6b',
    selection: '#0b57d0',
    path: '#d93025',
    edgeLabelBackground: '#ffffff',
    fillStrength: 0.2,
  },
  dark: {
    background: '#15181d',
    text: '#f1f3f4',
    muted: '#a0a4a8',
    selection: '#8ab4f8',
    path: '#ff8a80',
    edgeLabelBackground: '#15181d',
    fillStrength: 0.32,
  },
};
