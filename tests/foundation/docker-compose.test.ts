import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Compose {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      environment?: Record<string, string>;
      healthcheck?: { test: unknown };
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
    }
  >;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as Compose;

/** `docker compose` (v2) where the Docker CLI has it, else the standalone `docker-compose`. */
function composeCommand(): string[] {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) {
    return ['docker', 'compose'];
  }
  return ['docker-compose'];
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5 Community with a healthcheck and a volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j?.image).toBe('neo4j:5-community');
    expect(neo4j?.healthcheck?.test).toBeDefined();
    expect(neo4j?.volumes?.[0]).toMatch(/^neo4j-data:\/data$/);
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('starts the app once Neo4j is healthy, with the variables the app reads', () => {
    const app = compose.services.app;
    expect(app?.build).toBeDefined();
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(Object.keys(app?.environment ?? {})).toEqual(
      expect.arrayContaining([
        'NEO4J_URI',
        'NEO4J_USER',
        'NEO4J_PASSWORD',
        'NEO4J_DATABASE',
        'PORT',
      ]),
    );
  });

  it('is accepted by `docker compose config`', () => {
    // No Docker engine runs on our machines, but the compose CLI validates the file without one.
    const [command = 'docker-compose', ...args] = composeCommand();
    const result = spawnSync(command, [...args, '-f', 'docker-compose.yml', 'config', '-q'], {
      encoding: 'utf8',
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
