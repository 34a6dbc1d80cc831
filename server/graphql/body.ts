// Reads a GraphQL POST body ourselves before yoga sees it, for two refusals yoga does not make:
// a body that is not valid UTF-8 (Node would quietly decode it to U+FFFD and run the query on
// altered text), and a chunked body past the limit (refused as soon as it passes, not at the end).
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

/** GraphQL documents and variables are small; the exports are GETs. */
export const MAX_GRAPHQL_BODY_BYTES = 100_000;

export type BodyResult =
  { kind: 'ok'; body: Buffer } | { kind: 'too-large' } | { kind: 'not-utf8' };

export function readGraphQLBody(
  req: IncomingMessage,
  limit = MAX_GRAPHQL_BODY_BYTES,
): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        // Drain the rest so the answer can be sent; the socket is closed after it.
        req.resume();
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      if (size > limit) return;
      const body = Buffer.concat(chunks);
      resolve(isUtf8(body) ? { kind: 'ok', body } : { kind: 'not-utf8' });
    });
  });
}
