// The statements Neo4j has run to completion since it was last found away, and so holds a plan of
// in its query cache. Planning a statement can take seconds on a busy machine (more on a cold
// Neo4j just after a restart), and a transaction stopped while its statement is being planned
// leaves no plan behind. With a request's deadline as every transaction's timeout, a statement
// whose planning outlasts the deadline would time out on every request, for good. So its first run
// in a request gets the configured cap instead (the request is still answered at its deadline,
// and the plan is made for the next one); once it has completed, the deadline bounds it.

/** Neo4j's own plan cache holds 1000 statements by default (server.db.query_cache_size). */
const REMEMBERED = 1_000;

export class PlannedStatements {
  private readonly texts = new Set<string>();

  has(cypher: string): boolean {
    return this.texts.has(cypher);
  }

  completed(cypher: string): void {
    // Past Neo4j's cache size some plans are evicted there: start over rather than guess which.
    if (!this.texts.has(cypher) && this.texts.size >= REMEMBERED) this.texts.clear();
    this.texts.add(cypher);
  }

  /** Neo4j was found away: it may be a new process, with an empty plan cache. */
  forget(): void {
    this.texts.clear();
  }
}
