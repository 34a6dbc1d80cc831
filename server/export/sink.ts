// Writing a streamed response with backpressure: wait for 'drain' instead of buffering a graph.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

export class Sink {
  constructor(private readonly res: ServerResponse) {}

  async write(chunk: string): Promise<void> {
    if (this.res.destroyed) throw new ClientGoneError('The client closed the connection');
    if (this.res.write(chunk)) return;
    // 'close' too: a client that hangs up never drains, and the export must stop reading.
    await Promise.race([once(this.res, 'drain'), once(this.res, 'close')]);
    if (this.res.destroyed) throw new ClientGoneError('The client closed the connection');
  }

  end(): void {
    this.res.end();
  }
}
