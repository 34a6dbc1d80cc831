// A circuit breaker in front of Neo4j. Without it, every request during an outage pays the
// driver's own connect-and-retry cost (seconds each), and while Neo4j starts up again its Bolt port
// accepts connections but holds queries until the database is available, so requests hang for
// many seconds. Once a transaction finds Neo4j unreachable and a probe confirms it, the gate opens: every transaction
// fails at once with DatabaseUnavailableError (the API answers 503) while one background probe at
// a time checks the database; the first probe that round-trips closes the gate again. No restart
// of the server is needed, and nothing is left running once Neo4j is back.
import { DatabaseBusyError, DatabaseUnavailableError } from './errors.js';

export interface GateOptions {
  /** Pause between two failed probes. */
  retryMs?: number;
}

export class AvailabilityGate {
  private open = false;
  private closed = false;
  private confirming = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly retryMs: number;

  /** `probe` resolves when the database answers a trivial query; it must bypass the gate. */
  constructor(
    private readonly probe: () => Promise<unknown>,
    options: GateOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 500;
  }

  /** Throws at once while the database is known to be away. */
  check(): void {
    if (this.open) {
      throw new DatabaseUnavailableError('Neo4j is unavailable (waiting for it to come back)');
    }
  }

  /** Called with every error a transaction ends with; an outage (not mere overload) opens the gate. */
  observe(error: unknown): void {
    if (!(error instanceof DatabaseUnavailableError) || error instanceof DatabaseBusyError) return;
    if (this.open || this.closed || this.confirming) return;
    void this.confirm();
  }

  /**
   * One failure is not an outage: a connection that timed out under a burst of load must not turn
   * every request away. The gate opens only when a probe fails too (at once while Neo4j is down).
   */
  private async confirm(): Promise<void> {
    this.confirming = true;
    try {
      await this.probe();
    } catch {
      if (this.closed) return;
      this.open = true;
      void this.probeUntilBack();
    } finally {
      this.confirming = false;
    }
  }

  /** Someone else's query round-tripped (a readiness check): Neo4j is back. */
  recovered(): void {
    this.open = false;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Stops probing (the database is being closed). */
  stop(): void {
    this.closed = true;
    this.open = false;
    if (this.timer) clearTimeout(this.timer);
  }

  private async probeUntilBack(): Promise<void> {
    while (this.open && !this.closed) {
      try {
        await this.probe();
        this.open = false;
        return;
      } catch {
        await new Promise<void>((resolve) => {
          this.timer = setTimeout(resolve, this.retryMs);
          // A probe loop must never keep a process alive on its own.
          this.timer.unref();
        });
      }
    }
  }
}
