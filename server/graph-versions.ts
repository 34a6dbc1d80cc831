// Which version of each graph is live, as cheaply as a cache keyed on it needs: a graph changes
// only when a load switches a version in (graph/seed/switch.ts writes `version`), so one small
// read now and then stands in for a read per request, which would cost what a cache saves.
//   - In this process a load or removal says so when it commits (Database.onGraphChanged): the
//     change is seen at once.
//   - A load in another process (the seed CLI, another server) is seen by a poll: `current()`
//     never answers from a reading older than `maxStaleMs`, so an answer that starts later than
//     that after another process's switch committed is keyed on the new version.
// The poll runs on an unref'd timer only while someone asks (it stops after a few idle rounds;
// the next ask then waits for one read). A failed poll expires the reading: nothing is answered
// from versions that cannot be checked (an outage is answered as one, not from a cache).
import type { Database } from '../graph/db.js';

/** Graph id → version ('' for a graph loaded by older code, without a version). */
export type VersionMap = ReadonlyMap<string, string>;

export type VersionListener = (graphIds: string[]) => void;

export interface GraphVersions {
  /** The live versions, read at most `maxStaleMs` ago (or told by a load in this process). */
  current(): Promise<VersionMap>;
  /** The last versions known, without reading (null before the first read). */
  known(): VersionMap | null;
  /** Called with the graphs whose version changed (also added or removed ones). */
  onChange(listener: VersionListener): () => void;
}

export const DEFAULT_MAX_STALE_MS = 1_000;

const VERSIONS = 'MATCH (g:Graph) RETURN g.id AS id, g.version AS version';

/** Timer rounds without a single ask before the poll stops. */
const IDLE_ROUNDS = 5;

interface Reading {
  versions: VersionMap;
  /** When the read was sent: it saw every switch committed before. */
  at: number;
}

class VersionWatcher implements GraphVersions {
  private reading: Reading | null = null;
  private inFlight: Promise<VersionMap> | null = null;
  /** Bumped by every change told in-process: a poll sent before it may be older than it. */
  private epoch = 0;
  private readonly listeners = new Set<VersionListener>();
  private timer: NodeJS.Timeout | undefined;
  private asked = false;
  private idleRounds = 0;
  /** Whether a caller chose maxStaleMs (else it is the default, and the first choice replaces it). */
  boundSet = false;

  constructor(
    private readonly db: Database,
    public maxStaleMs: number,
  ) {
    db.onGraphChanged((graph, version) => this.told(graph, version));
  }

  current(): Promise<VersionMap> {
    this.asked = true;
    this.keepPolling();
    const reading = this.reading;
    if (reading && Date.now() - reading.at <= this.maxStaleMs) {
      return Promise.resolve(reading.versions);
    }
    return this.refresh();
  }

  known(): VersionMap | null {
    return this.reading?.versions ?? null;
  }

  onChange(listener: VersionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One read at a time; everyone who asks meanwhile waits for the same one. */
  private refresh(): Promise<VersionMap> {
    this.inFlight ??= this.poll()
      .catch((error: unknown) => {
        // Unverifiable now (Neo4j away?): no ask is answered from the last reading until a read
        // succeeds, so a cache does not outlive the database by up to maxStaleMs.
        if (this.reading) this.reading = { ...this.reading, at: -Infinity };
        throw error;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private async poll(): Promise<VersionMap> {
    for (;;) {
      const epoch = this.epoch;
      const at = Date.now();
      const rows = await this.db.readRows(VERSIONS);
      // A load in this process committed while the read was on its way: the read may predate
      // it and would put the old version back. Read again (loads are rare).
      if (epoch !== this.epoch) continue;
      const versions = new Map<string, string>();
      for (const row of rows) {
        if (typeof row.id === 'string') {
          versions.set(row.id, typeof row.version === 'string' ? row.version : '');
        }
      }
      this.adopt({ versions, at });
      return versions;
    }
  }

  /** A load or removal in this process committed: no need to wait for a poll. */
  private told(graph: string, version: string | null): void {
    this.epoch++;
    // Nothing read yet (no cache asks, or none yet): the first read will see it; copies of the
    // graph list (graph-scope.ts) still hear of it.
    if (!this.reading) return this.emit([graph]);
    const versions = new Map(this.reading.versions);
    if (version === null) versions.delete(graph);
    else versions.set(graph, version);
    // Only this graph is known to be current: the reading keeps its age for the others.
    this.adopt({ versions, at: this.reading.at });
  }

  private adopt(next: Reading): void {
    const previous = this.reading?.versions;
    this.reading = next;
    if (!previous) return;
    const changed = [...new Set([...previous.keys(), ...next.versions.keys()])].filter(
      (id) => previous.get(id) !== next.versions.get(id),
    );
    if (changed.length > 0) this.emit(changed);
  }

  private emit(graphIds: string[]): void {
    for (const listener of this.listeners) listener(graphIds);
  }

  /** Polls every maxStaleMs while asked, so that asks rarely wait for a read. */
  private keepPolling(): void {
    this.idleRounds = 0;
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (!this.asked && ++this.idleRounds >= IDLE_ROUNDS) {
        clearInterval(this.timer);
        this.timer = undefined;
        return;
      }
      this.asked = false;
      // A failed read (Neo4j away) expires the reading: asks then read for themselves.
      this.refresh().catch(() => undefined);
    }, this.maxStaleMs);
    this.timer.unref();
  }
}

const watchers = new WeakMap<Database, VersionWatcher>();

/**
 * The one watcher of this Database. `maxStaleMs` bounds how old a reading `current()` answers
 * from (DEFAULT_MAX_STALE_MS unless a caller sets one); when callers set different bounds, the
 * smallest holds.
 */
export function graphVersions(db: Database, maxStaleMs?: number): GraphVersions {
  let watcher = watchers.get(db);
  if (!watcher) {
    watcher = new VersionWatcher(db, maxStaleMs ?? DEFAULT_MAX_STALE_MS);
    watcher.boundSet = maxStaleMs !== undefined;
    watchers.set(db, watcher);
  } else if (maxStaleMs !== undefined) {
    watcher.maxStaleMs = watcher.boundSet ? Math.min(watcher.maxStaleMs, maxStaleMs) : maxStaleMs;
    watcher.boundSet = true;
  }
  return watcher;
}
