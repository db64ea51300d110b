// Headers that keep the apps from being framed, leaking addresses or running injected script, on everything the
// process serves: the apps' pages and assets (static-apps.ts), and every API answer (the yoga plugin below).
import type { Plugin } from 'graphql-yoga';

/** On every answer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * The apps: their own origin only, no inline script or style (the built index.html has none; React sets styles
 * through the DOM, which CSP allows), images also as data: URIs (GOV.UK Frontend's), never framed.
 */
export const APP_CONTENT_SECURITY_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
});

/**
 * GraphiQL (GET /graphql in a browser, outside production only) is yoga's page: it loads its script, styles and
 * editor workers from unpkg.com, starts them from inline script and blob: URLs, and shows yoga's icon. Its own,
 * looser policy keeps it working until it is served from this process; it is still never framed.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline' https://unpkg.com",
  'style-src': "'self' 'unsafe-inline' https://unpkg.com",
  'font-src': "'self' data: https://unpkg.com",
  'img-src': "'self' data: https://raw.githubusercontent.com",
  'connect-src': "'self' https://unpkg.com",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
});

/** The API's answers (JSON, event streams, downloads) and GraphiQL's page. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      const graphiql = new URL(request.url).pathname === '/graphql';
      response.headers.set(
        'content-security-policy',
        graphiql ? GRAPHIQL_CONTENT_SECURITY_POLICY : APP_CONTENT_SECURITY_POLICY,
      );
    },
  };
}
