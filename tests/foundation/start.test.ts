import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../graph/launcher.js';

const dataRoot = mkdtempSync(join(tmpdir(), 'start-test-'));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  neo4jPid: number;
}

/** Runs the server entry point as `npm start` does, with the local Neo4j, and waits for its URL. */
async function startProduct(name: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_DATA_DIR: join(dataRoot, name),
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  }) as ChildProcess & { stdout: NodeJS.ReadableStream };
  let neo4jPid = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const pid = /\(pid (\d+)\)/.exec(line);
      if (pid?.[1]) neo4jPid = Number(pid[1]);
      const printed = /(http:\/\/\S+)/.exec(line);
      if (printed?.[1]) resolve(printed[1]);
    });
  });
  return { child, url, neo4jPid };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 150 && alive(pid); i++) await new Promise((r) => setTimeout(r, 200));
  return !alive(pid);
}

// Starting Neo4j takes 10 s on a quiet machine and over a minute on a busy 2-core one.
describe('the product entry point', { timeout: 300_000 }, () => {
  it('prints its URL, becomes ready, and leaves no java process when stopped', async () => {
    const { child, url, neo4jPid } = await startProduct('graceful');
    expect(neo4jPid).toBeGreaterThan(0);
    const ready = await fetch(new URL('/ready', url));
    expect(ready.status).toBe(200);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    expect(await waitUntilGone(neo4jPid)).toBe(true);
  });

  it('takes its Neo4j down even when it is killed outright', async () => {
    const { child, neo4jPid } = await startProduct('killed');
    child.kill('SIGKILL');
    expect(await waitUntilGone(neo4jPid)).toBe(true);
  });
});
