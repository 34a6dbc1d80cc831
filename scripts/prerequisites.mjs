// The system packages npm cannot bring, checked (and on Debian as root, installed) before
// anything runs: one step shared by `npm start`, `npm test` and `.ci/run`; for tests also the
// Python packages of the researchers' example (docs/examples/python), which a test runs.
// Plain JavaScript on purpose: it runs on a fresh clone, before node_modules exists.
//   node scripts/prerequisites.mjs [--for start|test]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
    name: 'Python 3 with pip (the Python example and its test)',
    package: 'python3-pip',
    wanted: (purpose) => purpose === 'test',
    present: () => succeeds('python3', ['-m', 'pip', '--version']),
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
  ensureSystemPackages(purpose);
  if (purpose === 'test') ensurePythonRequirements();
}

function ensureSystemPackages(purpose) {
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

const REQUIREMENTS = fileURLToPath(
  new URL('../docs/examples/python/requirements.txt', import.meta.url),
);

// True when every `name==version` pin of the file is installed at that version. Checked from the
// installed metadata, without pip: nothing is fetched, and nothing is printed, when all is there.
const PINS_INSTALLED = `
import sys
from importlib import metadata
for line in open(sys.argv[1], encoding="utf-8"):
    name, _, version = line.split("#")[0].strip().partition("==")
    if not name:
        continue
    try:
        if metadata.version(name.strip()) != version.strip():
            sys.exit(1)
    except metadata.PackageNotFoundError:
        sys.exit(1)
`;

/** The example's pinned packages for the Python interpreter the tests run (`python3`). */
function ensurePythonRequirements() {
  if (succeeds('python3', ['-c', PINS_INSTALLED, REQUIREMENTS])) return;
  const install = ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '-r', REQUIREMENTS];
  console.log("Installing the Python example's packages (docs/examples/python) with pip...");
  const result = spawnSync('python3', install, { encoding: 'utf8' });
  if (result.status === 0) return;
  process.stderr.write(result.stdout + result.stderr);
  console.error(
    `Could not install the Python example's packages: run \`python3 ${install.join(' ')}\` yourself (inside a ` +
      'virtual environment if your system Python refuses it), then try again.',
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--for');
  ensurePrerequisites(at > 0 ? process.argv[at + 1] : 'test');
}
