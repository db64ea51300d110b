// GraphiQL at GET /graphql (a browser asking for HTML), served from the project's own copy of yoga's GraphiQL
// (@graphql-yoga/graphiql's built files): no CDN, and no inline script or style, so the page runs under a
// Content-Security-Policy of `script-src 'self'`. Anonymous callers may not introspect, so the page reads the
// published schema instead (GET /graphql/introspection.json, the same schema as /graphql/schema.graphql).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const GRAPHIQL_ASSETS = '/graphql/graphiql/';
export const INTROSPECTION_PATH = '/graphql/introspection.json';

const DIST = join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** The files the page loads, by their name under /graphql/graphiql/. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.js': { file: 'yoga-graphiql.umd.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { file: 'graphiql.css', type: 'text/css; charset=utf-8' },
  'editor.worker.js': { file: 'monacoeditorwork/editor.worker.bundle.js', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { file: 'monacoeditorwork/json.worker.bundle.js', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { file: 'monacoeditorwork/graphql.worker..bundle.js', type: 'text/javascript; charset=utf-8' },
};

// Runs after the bundle: Monaco's workers from this server, the published schema for the introspection GraphiQL
// asks for, then the page itself.
const START = `'use strict';
(function () {
  var assets = ${JSON.stringify(GRAPHIQL_ASSETS)};
  var workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return assets + (workers[label] || workers.editorWorkerService);
    },
  };
  var send = globalThis.fetch.bind(globalThis);
  globalThis.fetch = function (input, init) {
    var body = init && typeof init.body === 'string' ? init.body : '';
    if (body.indexOf('"operationName":"IntrospectionQuery"') !== -1)
      return send(${JSON.stringify(INTROSPECTION_PATH)}, { headers: { accept: 'application/json' } });
    return send(input, init);
  };
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
    endpoint: '/graphql',
    title: 'Scrutiny API',
    subscriptionsProtocol: 'SSE',
  });
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Scrutiny API: GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css">
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript. The schema is at /graphql/schema.graphql.</noscript>
    <div id="root"></div>
    <script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS}start.js"></script>
  </body>
</html>
`;

function respond(request: Request, body: string | Uint8Array, type: string, cache: string): Response {
  return new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
    status: 200,
    headers: { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' },
  });
}

export function useGraphiQL(schema: GraphQLSchema): Plugin {
  const files = new Map<string, Uint8Array>();
  const read = (name: string): Uint8Array => {
    let content = files.get(name);
    if (!content) files.set(name, (content = new Uint8Array(readFileSync(join(DIST, ASSETS[name]!.file)))));
    return content;
  };
  const introspection = JSON.stringify({
    data: introspectionFromSchema(schema, {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  });
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const { pathname } = url;
      if (pathname === '/graphql' && (request.headers.get('accept') ?? '').includes('text/html') && !url.search) {
        endResponse(respond(request, PAGE, 'text/html; charset=utf-8', 'no-cache'));
      } else if (pathname === INTROSPECTION_PATH) {
        endResponse(respond(request, introspection, 'application/json; charset=utf-8', 'public, max-age=300'));
      } else if (pathname === `${GRAPHIQL_ASSETS}start.js`) {
        endResponse(respond(request, START, 'text/javascript; charset=utf-8', 'no-cache'));
      } else if (pathname.startsWith(GRAPHIQL_ASSETS)) {
        const name = pathname.slice(GRAPHIQL_ASSETS.length);
        const asset = ASSETS[name];
        if (!asset) endResponse(new Response('No such file.\n', { status: 404 }));
        else endResponse(respond(request, read(name), asset.type, 'public, max-age=86400'));
      }
    },
  };
}
