// A story's links: the embed player (`/embed?story=…`) and the explorer, which opens the first
// step with the story loaded in its panel. The story also sits in the explorer's own address
// (`story=`), so reloading or bookmarking the page keeps it without any server write.
import { encodeStory, decodeStory, type Story } from './codec.js';

export function embedStoryLink(origin: string, story: Story): string {
  return `${origin}/embed?story=${encodeStory(story)}`;
}

export function explorerStoryLink(origin: string, story: Story): string {
  const first = story.steps[0]?.query ?? '';
  return `${origin}/?${first ? `${first}&` : ''}story=${encodeStory(story)}`;
}

/** The story in the page's address, if any and valid. */
export function storyFromAddress(search: string): Story | null {
  const encoded = new URLSearchParams(search).get('story');
  return encoded ? decodeStory(encoded) : null;
}

/** Writes the story into the current address (or removes it), keeping the view's parameters. */
export function writeStoryToAddress(story: Story): void {
  const url = new URL(window.location.href);
  if (story.steps.length) url.searchParams.set('story', encodeStory(story));
  else url.searchParams.delete('story');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
}

/** How long typing pauses before the address takes the story. */
const TYPING_PAUSE_MS = 400;

/**
 * Writes the story into the address: `now` at once, `later` once typing pauses (a page may
 * rewrite its address only so often: Safari throws past 100 times in 30 s, Chromium ignores
 * the excess), `flush` the pending write at once (the field was left).
 */
export function storyAddressWriter(write: (story: Story) => void = writeStoryToAddress) {
  let pending: Story | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending) write(pending);
    pending = null;
  };
  return {
    now(story: Story) {
      pending = story;
      flush();
    },
    later(story: Story) {
      pending = story;
      clearTimeout(timer);
      timer = setTimeout(flush, TYPING_PAUSE_MS);
    },
    flush,
  };
}
