// The shipped Keserasian Sosial graph, loaded by the project's own loader under a graph id of the
// test file's own, with a real server over it; removed afterwards.
import { loadSeedFile } from '../../../graph/seed/index.js';
import { keserasianText, tempDir, writeSeed } from '../../seed/support/files.js';
import { useGraph, type Harness } from './harness.js';

export function useShippedGraph(prefix: string): Harness {
  return useGraph(prefix, async (db, graph) => {
    await loadSeedFile(db, writeSeed(tempDir(), 'keserasian.yaml', keserasianText(graph)));
  });
}
