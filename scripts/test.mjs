// `npm test`: install what is missing, generate and build what the tests load, then run vitest
// (whose global setup starts an ephemeral local Neo4j unless NEO4J_URI is set).
import {
  ensureDependencies,
  ensureLauncher,
  ensureWebBuilt,
  generateTypes,
  run,
} from './prepare.mjs';

ensureDependencies();
ensureLauncher();
generateTypes();
ensureWebBuilt();
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
