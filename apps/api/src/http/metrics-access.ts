// /metrics tells how the service runs (operation names, error counts, memory): for the operator's scraper only. It
// answers a bearer token equal to SCRUTINY_METRICS_TOKEN, or a request from an address in SCRUTINY_METRICS_ALLOW
// (default loopback), read as the rate limit reads it (X-Forwarded-For only from a trusted proxy). Anyone else gets
// 401 (a wrong token) or 403, before the metrics plugin answers.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { requestClientAddress, trustedProxies, type TrustedProxies } from './client-address.ts';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function refusal(status: 401 | 403, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      ...(status === 401 ? { 'www-authenticate': 'Bearer realm="metrics"' } : {}),
    },
  });
}

export function useMetricsAccess(options: {
  endpoint: string;
  token: string | undefined;
  allow: readonly string[];
  proxies: TrustedProxies;
}): Plugin {
  const allowed = trustedProxies(options.allow, 'SCRUTINY_METRICS_ALLOW');
  const expected = options.token ? digest(options.token) : null;
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== options.endpoint) return;
      const presented = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      if (presented !== undefined) {
        if (expected && timingSafeEqual(digest(presented), expected)) return;
        endResponse(refusal(401, 'This token does not open the metrics.'));
        return;
      }
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      // A request with no socket (in-process) has no address to allow.
      if (req && allowed.has(requestClientAddress(req, options.proxies))) return;
      endResponse(
        refusal(403, 'The metrics are for the operator: send the metrics token, or ask from an allowed address.'),
      );
    },
  };
}
