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
 * GraphiQL (GET /graphql in a browser) is served from this process's own copy (graphiql.ts): scripts and editor
 * workers from its own origin, no inline script; only its editor sets inline styles, which script cannot abuse.
 * Still never framed.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
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
