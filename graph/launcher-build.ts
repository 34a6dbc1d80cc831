// Builds the Java launcher with Maven when its jar is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Builds the jar if needed: offline first (cached artifacts), then online. */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): string {
  if (launcherIsCurrent()) return LAUNCHER_JAR;
  requireTool('java', '-version', 'run the local Neo4j');
  requireTool('mvn', '-v', 'build the local Neo4j launcher');
  log('Building the local Neo4j launcher with Maven (first time only)...');
  const base = ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  const offline = spawnSync('mvn', ['-o', ...base], { stdio: 'ignore' });
  if (offline.status === 0 && existsSync(LAUNCHER_JAR)) return LAUNCHER_JAR;
  const online = spawnSync('mvn', base, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (online.status !== 0 || !existsSync(LAUNCHER_JAR)) {
    throw new Error(
      `Maven could not build the Neo4j launcher (exit ${online.status}). ${ALTERNATIVES}`,
    );
  }
  return LAUNCHER_JAR;
}
