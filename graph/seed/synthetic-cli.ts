// `npm run seed:synthetic -- --concepts N [--out file.json] [--graph id] [--seed n]`:
// writes a synthetic seed file and, next to it, the source text its quotes come from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_LIMITS } from './limits.js';
import { generateSynthetic } from './synthetic.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      concepts: { type: 'string' },
      out: { type: 'string' },
      graph: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const concepts = Number(values.concepts);
  if (!Number.isInteger(concepts) || concepts < 1 || concepts > SEED_LIMITS.concepts) {
    console.error(
      `Usage: npm run seed:synthetic -- --concepts N [--out file.json] [--graph id] [--seed n]`,
    );
    console.error(`  N is a whole number from 1 to ${SEED_LIMITS.concepts}.`);
    process.exit(2);
  }
  const out = values.out ?? join('.data', 'synthetic', `synthetic-${concepts}.json`);
  if (!out.endsWith('.json')) {
    console.error('--out must name a .json file (big files parse much faster as JSON)');
    process.exit(2);
  }
  const sourceName = `${basename(out, '.json')}.source.txt`;
  const started = performance.now();
  const files = generateSynthetic({
    concepts,
    graphId: values.graph,
    sourceText: sourceName,
    seed: Number(values.seed),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, files.seedText);
  writeFileSync(join(dirname(out), sourceName), files.sourceText);
  const mb = (Buffer.byteLength(files.seedText) / 1024 / 1024).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${out} (${concepts} concepts, ${files.relationCount} relations, ${mb} MiB) in ${seconds} s`,
  );
  console.log(`Load it with: npm run seed -- ${out}`);
}

main();
