// Builds the Java launcher with Maven when its jar is missing or older than its sources.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mavenProgress } from './maven-progress.js';

export const LAUNCHER_DIR = fileURLToPath(new URL('./launcher/', import.meta.url));
export const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');

export class MissingToolError extends Error {
  override readonly name = 'MissingToolError';
}

const ALTERNATIVES =
  'Alternatives: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to any Neo4j 5 server, ' +
  'or run `docker compose up`.';

/** Fails with a readable message when a required command is missing. */
export function requireTool(command: string, versionFlag: string, purpose: string): void {
  const probe = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  if (probe.error) {
    throw new MissingToolError(
      `${command} was not found on PATH; it is needed to ${purpose}. ` +
        `Install Java 17+ and Maven. ${ALTERNATIVES}`,
    );
  }
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function launcherIsCurrent(): boolean {
  if (!existsSync(LAUNCHER_JAR)) return false;
  const jarTime = statSync(LAUNCHER_JAR).mtimeMs;
  const sourceTime = Math.max(
    newestSourceTime(join(LAUNCHER_DIR, 'src')),
    statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs,
  );
  return jarTime >= sourceTime;
}

/** Runs Maven, showing download progress and errors only; resolves to its exit code. */
async function maven(args: readonly string[], log: (line: string) => void): Promise<number> {
  const child = spawn('mvn', ['-B', '-Dstyle.color=never', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const progress = mavenProgress();
  const show = (raw: string) => {
    const line = progress.line(raw);
    if (line) log(line);
  };
  createInterface({ input: child.stdout }).on('line', show);
  createInterface({ input: child.stderr }).on('line', show);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve(status ?? 1));
  });
  const summary = progress.summary();
  if (summary) log(summary);
  return code;
}

/** Builds the jar if needed: offline first (cached artifacts, silently), then online. */
export async function ensureLauncherBuilt(
  log: (line: string) => void = console.log,
): Promise<string> {
  if (launcherIsCurrent()) return LAUNCHER_JAR;
  requireTool('java', '-version', 'run the local Neo4j');
  requireTool('mvn', '-v', 'build the local Neo4j launcher');
  log('Building the local Neo4j launcher with Maven (first time only)...');
  const build = ['-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  const offline = spawnSync('mvn', ['-B', '-q', '-o', ...build], { stdio: 'ignore' });
  if (offline.status === 0 && existsSync(LAUNCHER_JAR)) return LAUNCHER_JAR;
  const status = await maven(build, log);
  if (status !== 0 || !existsSync(LAUNCHER_JAR)) {
    throw new Error(`Maven could not build the Neo4j launcher (exit ${status}). ${ALTERNATIVES}`);
  }
  return LAUNCHER_JAR;
}
