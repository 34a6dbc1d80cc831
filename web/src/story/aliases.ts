// A saved story names concepts and relations by id. When the graph has since replaced some of
// them (`Graph.aliases`), its steps are rewritten to the current ids as the story is read, so its
// links, its file and its steps show what they showed when it was saved.
import { resolveQuery, type AliasMap } from '../state/aliases.js';
import type { Story } from './codec.js';

/** The story with its steps' old ids replaced; the same object when no step named one. */
export function resolveStory(story: Story, aliases: AliasMap): Story {
  let changed = false;
  const steps = story.steps.map((step) => {
    const query = resolveQuery(step.query, aliases);
    if (query === step.query) return step;
    changed = true;
    return { ...step, query };
  });
  return changed ? { ...story, steps } : story;
}
