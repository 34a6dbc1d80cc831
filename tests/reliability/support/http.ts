// Raw HTTP for hostile requests: any body, any content type, a status and text back, a hang bound.
export interface RawResponse {
  status: number;
  text: string;
  ms: number;
}

export const HANG_BOUND_MS = 10_000;

export async function post(
  baseUrl: string,
  body: string | Uint8Array,
  contentType = 'application/json',
): Promise<RawResponse> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      accept: 'application/graphql-response+json, application/json',
    },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
    signal: AbortSignal.timeout(HANG_BOUND_MS * 3),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

export function postQuery(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<RawResponse> {
  return post(baseUrl, JSON.stringify({ query, variables }));
}

/** The first error message of a GraphQL or plain JSON error body, or the text itself. */
export function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { message?: string }[]; error?: string };
    return body.errors?.[0]?.message ?? body.error ?? text;
  } catch {
    return text;
  }
}
