// Cross-origin calls with the user's cookie are for the apps only: the configured origins, or, when none is
// configured, the server's own. Any other origin gets no CORS headers at all (its preflight included), so a browser
// refuses its script the answer; yoga's default would reflect every origin with credentials.
import type { CORSOptions, Plugin } from 'graphql-yoga';

const ALLOWED_HEADERS = ['content-type', 'accept', 'authorization', 'x-graphql-yoga-csrf'];

/** The CORS answer for one request: `false` (no headers) unless its Origin is allowed. */
export function corsForAllowedOrigins(allowedOrigins: readonly string[]): (request: Request) => CORSOptions {
  const configured = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    const allowed = configured.size > 0 ? configured.has(origin) : origin === new URL(request.url).origin;
    if (!allowed) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      maxAge: 600,
    };
  };
}

/** Every answer depends on the request's Origin (CORS headers or none), so shared caches must key on it. */
export function useVaryOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('origin')) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}

/** An origin as a browser sends it (`https://host[:port]`): anything else in the setting is a mistake. */
export function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SCRUTINY_ALLOWED_ORIGINS: "${value}" is not an origin such as https://scrutiny.example.`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, ''))
    throw new Error(`SCRUTINY_ALLOWED_ORIGINS: "${value}" is not an origin such as https://scrutiny.example.`);
  return url.origin;
}
