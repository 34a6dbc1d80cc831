// `npm run launcher:build`: builds the local Neo4j launcher if it is missing or stale.
import { ensureLauncherBuilt } from './launcher-build.js';

const command = process.argv[2] ?? 'build';
if (command !== 'build') {
  console.error(`Unknown command "${command}"; the only one is "build".`);
  process.exit(64);
}
try {
  console.log(`Neo4j launcher ready: ${await ensureLauncherBuilt()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
