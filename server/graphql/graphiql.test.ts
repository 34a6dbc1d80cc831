import { describe, expect, it } from 'vitest';
import { exampleTabs, renderGraphiQLPage, welcomeNav } from './graphiql.js';

const graphs = [{ id: 'keserasian-sosial', title: 'Social harmony <& "$&">' }];

describe("GraphiQL's welcome", () => {
  it('links the guide and each graph’s exports, its title escaped', () => {
    const nav = welcomeNav(graphs);
    for (const href of [
      '/docs/api.md',
      '/export/keserasian-sosial.graphml',
      '/export/keserasian-sosial.concepts.csv',
      '/export/keserasian-sosial.relations.csv',
      '/export/keserasian-sosial.json',
      '/',
    ]) {
      expect(nav).toContain(`href="${href}"`);
    }
    expect(nav).toContain('Social harmony &lt;&amp; &quot;$&amp;&quot;&gt;');
  });

  it('names the guide and the exports in the welcome tab, then the worked examples', () => {
    const [welcome, ...examples] = exampleTabs(graphs);
    expect(welcome?.query).toContain('/docs/api.md');
    expect(welcome?.query).toContain('/export/keserasian-sosial.graphml');
    expect(welcome?.query).toContain('graphs {');
    expect(examples.length).toBeGreaterThan(0);
  });

  it('puts the welcome above the editor and keeps the graphs out of the page’s options', () => {
    const page = renderGraphiQLPage({ title: 'T', defaultTabs: exampleTabs([]) });
    expect(page.indexOf('class="ks-welcome"')).toBeLessThan(page.indexOf('<div id="root">'));
    expect(page).toContain('href="/docs/api.md"');
  });
});
