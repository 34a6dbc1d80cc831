// This process's heap after a full GC and its active handles: the server under test runs here.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface ProcessStats {
  heapMb: number;
  handles: number;
}

export async function settledStats(): Promise<ProcessStats> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    heapMb: process.memoryUsage().heapUsed / 1_048_576,
    handles: process.getActiveResourcesInfo().filter((t) => t !== 'Timeout').length,
  };
}
