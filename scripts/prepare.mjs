// What `npm start` and `npm test` need before any TypeScript runs: dependencies and builds.
// Plain JavaScript on purpose: it runs on a fresh clone, before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Installs npm dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && mtime(marker) >= mtime('package-lock.json')) return;
  console.log('Installing npm dependencies...');
  run('npm', [existsSync('package-lock.json') ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

/** Builds the web app (and generated types) when missing or older than their sources. */
export function ensureWebBuilt() {
  const output = 'dist/web/index.html';
  const sources = Math.max(
    newest('web'),
    newest('server/graphql/schema.graphql'),
    mtime('vite.config.ts'),
    mtime('package-lock.json'),
  );
  if (existsSync(output) && mtime(output) >= sources) return;
  console.log('Building the web app...');
  run('npm', ['run', 'build']);
}

/** Builds the Java launcher unless another Neo4j is configured. */
export function ensureLauncher() {
  if (process.env.NEO4J_URI) return;
  run(process.execPath, ['--import', 'tsx', 'graph/launcher-cli.ts', 'build']);
}

/** Generates TypeScript types from the GraphQL schema (not committed). */
export function generateTypes() {
  run('npm', ['run', '--silent', 'codegen']);
}
