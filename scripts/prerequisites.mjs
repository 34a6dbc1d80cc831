// The system packages npm cannot bring, checked (and on Debian as root, installed) before
// anything runs: one step shared by `npm start`, `npm test` and `.ci/run`. Plain JavaScript on
// purpose: it runs on a fresh clone, before node_modules exists.
//   node scripts/prerequisites.mjs [--for start|test]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Each need: who needs it, how to tell it is there, and Debian's package that brings it. */
const NEEDS = [
  {
    name: 'Java 17+',
    package: 'openjdk-17-jdk-headless',
    wanted: () => !process.env.NEO4J_URI,
    present: () => succeeds('java', ['-version']),
  },
  {
    name: 'Maven',
    package: 'maven',
    wanted: () => !process.env.NEO4J_URI,
    present: () => succeeds('mvn', ['-v']),
  },
  {
    name: 'Chromium (browser tests)',
    package: 'chromium',
    wanted: (purpose) => purpose === 'test',
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  {
    name: 'the compose CLI (checks docker-compose.yml)',
    package: 'docker-compose',
    wanted: (purpose) => purpose === 'test',
    present: () =>
      succeeds('docker', ['compose', 'version']) || succeeds('docker-compose', ['version']),
  },
];

const canApt = () => process.getuid?.() === 0 && succeeds('apt-get', ['--version']);

/** Quietly: apt's chatter is shown only when it fails. */
function apt(args) {
  const result = spawnSync('apt-get', args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/** Installs or names what `purpose` ('start' or 'test') needs; exits with the command to type. */
export function ensurePrerequisites(purpose) {
  const missing = NEEDS.filter((need) => need.wanted(purpose) && !need.present());
  if (missing.length === 0) return;
  const packages = missing.map((need) => need.package);
  if (canApt()) {
    console.log(`Installing ${missing.map((need) => need.name).join(', ')} with apt-get...`);
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...packages]);
    return;
  }
  console.error(
    `Missing ${missing.map((need) => need.name).join(', ')}: run \`sudo apt-get install -y ${packages.join(' ')}\` (or your system's equivalent), then try again.`,
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--for');
  ensurePrerequisites(at > 0 ? process.argv[at + 1] : 'test');
}
