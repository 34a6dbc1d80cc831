// A story as a JSON file: the same shape as its link, pretty-printed so people can edit it.
import { download } from '../export/download.js';
import { parseStory, type Story } from './codec.js';

export function downloadStory(story: Story): void {
  const name = (story.title || 'story').replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '');
  const json = JSON.stringify(story, null, 2);
  download(new Blob([json], { type: 'application/json' }), `${name || 'story'}.story.json`);
}

/** Reads a story file; null when it is not JSON or not a story (the codec validates it). */
export async function readStoryFile(file: File): Promise<Story | null> {
  if (file.size > 1_000_000) return null;
  try {
    return parseStory(JSON.parse(await file.text()));
  } catch {
    return null;
  }
}
