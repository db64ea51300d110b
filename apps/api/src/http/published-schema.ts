// GET /graphql/schema.graphql: the printed schema (sorted SDL, the same as apps/api/schema.graphql), for anyone, so
// that a third party can generate a typed client without an account; introspection stays for tokens scoped
// READ_SCHEMA and signed-in users.
import { createHash } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { printSortedSchema } from '../schema/index.ts';

export const PUBLISHED_SCHEMA_PATH = '/graphql/schema.graphql';

export function usePublishedSchema(schema: GraphQLSchema): Plugin {
  const text = printSortedSchema(schema);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== PUBLISHED_SCHEMA_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response('The schema is read with GET.\n', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const headers = {
        'content-type': 'text/plain; charset=utf-8',
        etag,
        'cache-control': 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new Response(null, { status: 304, headers }));
        return;
      }
      endResponse(new Response(request.method === 'HEAD' ? null : text, { status: 200, headers }));
    },
  };
}
