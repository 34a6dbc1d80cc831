// Starts a bench server (ours or the peer) in a child process and waits for its port.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('../servers/main.ts', import.meta.url));

export async function startBenchServer(
  kind: 'ours' | 'peer',
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (open it in
  // Chromium's DevTools), to see where a request's time goes on the server side.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}/${kind}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', MAIN, kind], {
    env: { ...process.env, REQUEST_LOG: 'off', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not start in ${timeoutMs} ms`)),
      timeoutMs,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited: ${errors.join('').slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
