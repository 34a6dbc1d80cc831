// Starts and stops the local Neo4j (the Java launcher) as a child process over its stdout protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { readLocalNeo4jConfig } from './config.js';
import { ensureLauncherBuilt, requireTool } from './launcher-build.js';

/** Port, data directory, heap and page cache default to the configuration (graph/config.ts). */
export interface LauncherOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Persistent data directory; ignored when ephemeral. */
  dataDirectory?: string;
  /** A temporary data directory, removed when the launcher stops. */
  ephemeral?: boolean;
  /** JVM heap cap, e.g. `2g`. */
  heap?: string;
  /** Neo4j page cache, e.g. `256m`. */
  pageCache?: string;
  /** Where the launcher's own log lines go (default: dropped). */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  version: string;
  pid: number;
  port: number;
  dataDirectory: string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Clean shutdown (SIGTERM), resolves when the process is gone. */
  stop(): Promise<void>;
  /** Abrupt end (SIGKILL), as a crash or power loss would. */
  kill(): Promise<void>;
}

export class LauncherError extends Error {
  override readonly name = 'LauncherError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Every launcher this process started, so that an exit of ours takes them down too.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalNeo4j(options: LauncherOptions = {}): Promise<RunningNeo4j> {
  // First, so that a bad NEO4J_HEAP or the like fails before a build or a JVM start.
  const defaults = readLocalNeo4jConfig();
  const jar = await ensureLauncherBuilt(options.log);
  requireTool('java', '-version', 'run the local Neo4j');
  const port = options.port === 0 ? await freePort() : (options.port ?? defaults.port);
  const args = [
    `-Xmx${options.heap ?? defaults.heap}`,
    '-XX:+UseG1GC',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-jar',
    jar,
    '--port',
    String(port),
    '--pagecache',
    options.pageCache ?? defaults.pageCache,
    '--exit-with-parent',
    ...(options.ephemeral
      ? ['--ephemeral']
      : ['--data', options.dataDirectory ?? defaults.dataDirectory]),
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  const log = options.log ?? (() => undefined);
  createInterface({ input: child.stderr }).on('line', log);
  const ready = await readProtocolLine(child, exited, options.startTimeoutMs ?? 120_000);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    uri: String(ready.bolt),
    version: String(ready.version),
    pid: Number(ready.pid),
    port,
    dataDirectory: String(ready.dataDirectory),
    exited,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

async function readProtocolLine(
  child: ChildProcess & { stdout: NodeJS.ReadableStream },
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const lines = createInterface({ input: child.stdout });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new LauncherError('start-timeout', `Neo4j did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      lines.on('line', (line) => {
        const [tag, ...rest] = line.split(' ');
        const body = rest.join(' ');
        if (tag === 'NEO4J_READY') resolve(JSON.parse(body) as Record<string, unknown>);
        if (tag === 'NEO4J_FAILED') {
          const failure = JSON.parse(body) as { code: string; message: string };
          reject(new LauncherError(failure.code, failure.message));
        }
      });
      void exited.then((code) =>
        reject(new LauncherError('exited', `The Neo4j launcher exited early (code ${code})`)),
      );
    });
  } finally {
    clearTimeout(timer);
  }
}
