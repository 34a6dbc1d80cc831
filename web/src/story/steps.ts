// Editing a story's steps. Pure functions: the panel keeps one Story value and replaces it.
import { viewFromQuery } from '../state/url.js';
import { DEFAULT_VIEW, type ViewState } from '../state/view.js';
import type { Story } from './codec.js';

export const EMPTY_STORY: Story = { v: 1, title: '', steps: [] };

export function addStep(story: Story, name: string, query: string): Story {
  return { ...story, steps: [...story.steps, { name, query }] };
}

export function renameStep(story: Story, index: number, name: string): Story {
  return {
    ...story,
    steps: story.steps.map((step, i) => (i === index ? { ...step, name } : step)),
  };
}

/** Moves a step by `delta` places (−1 up, +1 down); out of range leaves the story as it was. */
export function moveStep(story: Story, index: number, delta: number): Story {
  const target = index + delta;
  if (index < 0 || target < 0 || index >= story.steps.length || target >= story.steps.length) {
    return story;
  }
  const steps = [...story.steps];
  const [step] = steps.splice(index, 1);
  if (step) steps.splice(target, 0, step);
  return { ...story, steps };
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/**
 * The view a step shows. A step is a whole view: what its query leaves out takes the defaults,
 * not the values of whatever view was on screen before (a step without `depth` is depth 1).
 */
export function stepView(query: string, current: ViewState): ViewState {
  const base: ViewState = {
    ...DEFAULT_VIEW,
    graph: current.graph,
    lang: current.lang,
    theme: current.theme,
    renderer: current.renderer,
  };
  return { ...viewFromQuery(query, base), zoom: null, pan: null, listView: false };
}
