// GraphiQL's preloaded tabs: the first worked examples of docs/queries (the same files the tests run).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES_DIR = join(import.meta.dirname, '../../docs/queries');
const TABS = 6;

const FALLBACK = `# Welcome to the Keserasian Sosial knowledge graph API.
# Press the play button; open the docs panel for every type and field.
{
  graphs {
    id
    title(lang: EN)
    conceptCount
    relationCount
    kinds { id label(lang: EN) count }
  }
}
`;

export function exampleTabs(): { query: string; variables?: string }[] {
  try {
    const files = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
    const tabs = files
      .slice(0, TABS)
      .map((f) => ({ query: readFileSync(join(EXAMPLES_DIR, f), 'utf8') }));
    return tabs.length > 0 ? [{ query: FALLBACK }, ...tabs] : [{ query: FALLBACK }];
  } catch {
    return [{ query: FALLBACK }];
  }
}

/**
 * GraphiQL's bundle is inlined in its page (with its editor workers as blobs) and served by this
 * server: its own page policy allows inline scripts and styles there, and nothing from elsewhere.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');
