// A story: named steps, each a view's query string. It travels in its link (base64url JSON)
// and as a JSON file; both are validated on the way in, since both come from strangers.

export interface StoryStep {
  name: string;
  /** The view as the explorer's query string (state/url.ts). */
  query: string;
}

export interface Story {
  v: 1;
  title: string;
  steps: StoryStep[];
}

const MAX_STEPS = 100;
const MAX_TEXT = 4000;

function text(value: unknown, max = MAX_TEXT): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

/** A story from untrusted data, or null when its shape is wrong. */
export function parseStory(data: unknown): Story | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const title = text(record.title ?? '', 200);
  if (record.v !== 1 || title === null || !Array.isArray(record.steps)) return null;
  if (record.steps.length === 0 || record.steps.length > MAX_STEPS) return null;
  const steps: StoryStep[] = [];
  for (const step of record.steps as unknown[]) {
    if (typeof step !== 'object' || step === null) return null;
    const { name, query } = step as Record<string, unknown>;
    const n = text(name, 200);
    const q = text(query);
    if (n === null || q === null) return null;
    steps.push({ name: n, query: q.replace(/^\?/, '') });
  }
  return { v: 1, title, steps };
}

export function encodeStory(story: Story): string {
  const bytes = new TextEncoder().encode(JSON.stringify(story));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeStory(encoded: string): Story | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseStory(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}
