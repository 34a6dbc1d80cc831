// GraphiQL's page: the preloaded tabs (a welcome, then the first worked examples of docs/queries,
// the same files the tests run), and a line of links above the editor to the API guide
// (docs/api.md, served at /docs/api.md) and to the exports of each loaded graph.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { escapeXml } from '../../common/xml.js';
import type { Database } from '../../graph/db.js';
import { readGraphs } from '../../graph/queries/graphs.js';
import { API_GUIDE_PATH } from '../docs.js';

const EXAMPLES_DIR = join(import.meta.dirname, '../../docs/queries');
const TABS = 6;
export const GRAPHIQL_TITLE = 'Keserasian Sosial GraphQL';

/** A loaded graph, as the welcome names it. */
export interface WelcomeGraph {
  id: string;
  title: string;
}

/** The exports the welcome links, with the names the explorer's "Download data" gives them. */
export const WELCOME_EXPORTS = [
  ['graphml', 'GraphML'],
  ['concepts.csv', 'CSV: concepts'],
  ['relations.csv', 'CSV: relations'],
  ['json', 'JSON'],
] as const;

export const exportPath = (graph: string, format: string) =>
  `/export/${encodeURIComponent(graph)}.${format}`;

const GRAPHS_QUERY = `{
  graphs {
    id
    title(lang: EN)
    conceptCount
    relationCount
    kinds { id label(lang: EN) count }
  }
}
`;

/** The first tab: where to read more and where the files are, then a query to run. */
function welcome(graphs: readonly WelcomeGraph[]): string {
  const files = graphs.length
    ? [
        '# Each graph as a file for Gephi, yEd, Cytoscape desktop, networkx or a spreadsheet',
        '# (the links above the editor download them):',
        ...graphs.map(
          (g) => `#   ${exportPath(g.id, 'graphml')}  .concepts.csv  .relations.csv  .json`,
        ),
        '# Add ?focus=<concept id>&depth=2 for a neighbourhood, ?kinds=Value,Goal to filter.',
      ]
    : [];
  return [
    '# Welcome to the Keserasian Sosial knowledge graph API.',
    '# Press the play button; open the docs panel for every type and field.',
    `# The guide (worked questions, filters, limits, exports): ${API_GUIDE_PATH}`,
    ...files,
    GRAPHS_QUERY,
  ].join('\n');
}

export function exampleTabs(graphs: readonly WelcomeGraph[] = []): { query: string }[] {
  const first = { query: welcome(graphs) };
  try {
    const files = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
    const tabs = files
      .slice(0, TABS)
      .map((f) => ({ query: readFileSync(join(EXAMPLES_DIR, f), 'utf8') }));
    return [first, ...tabs];
  } catch {
    return [first];
  }
}

/**
 * The loaded graphs ride to the page's renderer under a symbol: yoga copies the options object
 * with a spread (symbols included), while the page's JSON of GraphiQL's options leaves it out.
 */
const GRAPHS = Symbol('welcome graphs');
type PageOptions = GraphiQLOptions & { [GRAPHS]?: readonly WelcomeGraph[] };

/** GraphiQL's options for one page, naming the graphs loaded now (none while Neo4j is away). */
export async function graphiqlOptions(db: Database): Promise<GraphiQLOptions> {
  const graphs = await readGraphs(db).then(
    (all) => all.map((g) => ({ id: g.id, title: g.title.en ?? g.title.id ?? g.id })),
    () => [],
  );
  const options: PageOptions = {
    title: GRAPHIQL_TITLE,
    defaultTabs: exampleTabs(graphs),
    [GRAPHS]: graphs,
  };
  return options;
}

const WELCOME_STYLE = `<style>
  body { display: flex; flex-direction: column; height: 100vh; }
  #root { flex: 1; min-height: 0; }
  #root .graphiql-container { height: 100%; }
  .ks-welcome { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline;
    padding: 6px 16px; font: 14px/1.4 system-ui, sans-serif;
    color: hsl(219, 28%, 32%); background: hsl(219, 28%, 97%);
    border-bottom: 1px solid hsl(219, 28%, 88%); }
  .ks-welcome a { color: hsl(208, 100%, 36%); }
  .ks-welcome ul { display: contents; }
  .ks-welcome li { list-style: none; }
  body.graphiql-dark .ks-welcome { color: hsl(219, 29%, 78%); background: hsl(219, 29%, 14%);
    border-color: hsl(219, 29%, 28%); }
  body.graphiql-dark .ks-welcome a { color: hsl(208, 100%, 72%); }
  @media (prefers-color-scheme: dark) {
    body:not(.graphiql-light) .ks-welcome { color: hsl(219, 29%, 78%);
      background: hsl(219, 29%, 14%); border-color: hsl(219, 29%, 28%); }
    body:not(.graphiql-light) .ks-welcome a { color: hsl(208, 100%, 72%); }
  }
</style>`;

/** The line above the editor: the guide, each graph's four files, the explorer. */
export function welcomeNav(graphs: readonly WelcomeGraph[]): string {
  const link = (href: string, text: string, download = false) =>
    `<a href="${escapeXml(href)}"${download ? ' download' : ''}>${escapeXml(text)}</a>`;
  const files = graphs.map(
    (g) =>
      `<li>Download ${escapeXml(g.title)}: ${WELCOME_EXPORTS.map(([format, label]) =>
        link(exportPath(g.id, format), label, true),
      ).join(' · ')}</li>`,
  );
  return `<nav class="ks-welcome" aria-label="API guide and downloads"><ul>
  <li>${link(API_GUIDE_PATH, 'API guide (docs/api.md)')}</li>
  ${files.join('\n  ')}
  <li>${link('/', 'Explorer')}</li>
</ul></nav>`;
}

/** GraphiQL's page with the welcome line above the editor. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const { [GRAPHS]: graphs = [], ...rest } = options as PageOptions;
  const page = renderGraphiQL(rest);
  const root = '<div id="root"></div>';
  if (!page.includes(root)) throw new Error('GraphiQL changed its page: the welcome has no place');
  // Functions, not strings: a `$` in a graph's title must not read as a replacement pattern.
  return page
    .replace('</head>', () => `${WELCOME_STYLE}</head>`)
    .replace(root, () => `${welcomeNav(graphs)}${root}`);
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
