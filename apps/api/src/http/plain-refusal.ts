// Routes outside GraphQL (downloads) refuse with the same errors as /graphql (rate limited, a revoked token), as
// plain text with the error's status and headers (Retry-After and the like), never cached.
import { GraphQLError } from 'graphql';

interface HttpExtension {
  status?: number;
  headers?: Record<string, string>;
}

export function plainText(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** The error as a plain response when it carries an HTTP status (rate limit, bad token); otherwise null. */
export function plainRefusal(error: unknown): Response | null {
  if (!(error instanceof GraphQLError)) return null;
  const http = error.extensions.http as HttpExtension | undefined;
  if (!http?.status) return null;
  return plainText(http.status, error.message, http.headers ?? {});
}
