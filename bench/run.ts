// `npm run bench -- [--quick] [--scenarios load,api,...] [--sizes 1k,10k] ...`: runs the
// benchmark, writes bench/results/<date>.json (and .md) and prints the markdown tables.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions } from './options.js';
import { renderMarkdown } from './report/markdown.js';
import { runBench } from './runner.js';
import { tuneRuntimeForServing } from '../server/runtime.js';

async function main(): Promise<void> {
  // The raw contender runs in this process: it gets the same runtime as the servers it is
  // compared with.
  tuneRuntimeForServing();
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await runBench(options, log);
  mkdirSync(options.outDir, { recursive: true });
  const stamp = result.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const markdown = renderMarkdown(result);
  writeFileSync(join(options.outDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(options.outDir, `${stamp}.md`), markdown);
  process.stdout.write(markdown);
  log(`Wrote ${join(options.outDir, `${stamp}.json`)} and .md`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
