// `npm start` on a fresh clone: install what is missing, build, then run the server
// (which starts the local Neo4j unless NEO4J_URI is set, seeds it and serves the app).
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureLauncher, ensureWebBuilt } from './prepare.mjs';
import { ensurePrerequisites } from './prerequisites.mjs';

ensurePrerequisites('start');
ensureDependencies();
ensureLauncher();
ensureWebBuilt();

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
