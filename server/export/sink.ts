// Writing a streamed export with backpressure: each write waits for the connection (through the
// compressor, when the client takes one; server/compression/dynamic.ts) instead of buffering a graph.
import { ClientGone, type CompressingStream } from '../compression/dynamic.js';

export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

export class Sink {
  constructor(private readonly out: CompressingStream) {}

  async write(chunk: string): Promise<void> {
    try {
      await this.out.write(chunk);
    } catch (error) {
      if (error instanceof ClientGone) throw new ClientGoneError(error.message);
      throw error;
    }
  }

  /** The export is complete: flush what is held and end the response. */
  end(): Promise<void> {
    return this.out.end();
  }
}
