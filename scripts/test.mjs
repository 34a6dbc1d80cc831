// `npm test`: install what is missing, generate and build what the tests load, check types, lint
// and formatting, then run vitest (whose integration project starts an ephemeral local Neo4j
// unless NEO4J_URI is set).
import {
  ensureDependencies,
  ensureLauncher,
  ensureWebBuilt,
  generateTypes,
  run,
} from './prepare.mjs';
import { ensurePrerequisites } from './prerequisites.mjs';

ensurePrerequisites('test');
ensureDependencies();
ensureLauncher();
generateTypes();
ensureWebBuilt();
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('npx', ['eslint', '--max-warnings', '0', '.']);
run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
