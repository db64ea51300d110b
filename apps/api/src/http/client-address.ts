// The address a request comes from, for the anonymous rate limit. Behind a reverse proxy or load balancer every
// connection comes from the proxy, so the proxy's X-Forwarded-For names the client instead, but only when the
// connection really is from a proxy named in SCRUTINY_TRUSTED_PROXIES: anyone else could write the header.
import type { IncomingMessage } from 'node:http';

/** `::ffff:192.0.2.1` (an IPv4 peer of an IPv6 socket) is 192.0.2.1. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const peer = socketAddress ? normalize(socketAddress) : 'unknown';
  if (!trustedProxies.has(peer) || !forwardedFor) return peer;
  // Each proxy appends the address it received the request from: read from the right, past our own proxies.
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map(normalize)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i]!)) return hops[i]!;
  return hops[0] ?? peer;
}

export function requestClientAddress(req: IncomingMessage | undefined, trustedProxies: ReadonlySet<string>): string {
  return clientAddress(req?.socket.remoteAddress, req?.headers['x-forwarded-for'], trustedProxies);
}
