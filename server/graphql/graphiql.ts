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

/** GraphiQL loads its bundle from unpkg and runs inline bootstrapping: its own page policy. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://raw.githubusercontent.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self' https://unpkg.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');
