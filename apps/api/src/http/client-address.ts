// The address a request comes from, for the anonymous rate limit. Behind a reverse proxy or load balancer every
// connection comes from the proxy, so the proxy's X-Forwarded-For names the client instead, but only when the
// connection really is from a proxy named in SCRUTINY_TRUSTED_PROXIES: anyone else could write the header.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Which addresses are our own proxies: single addresses and CIDR ranges, IPv4 and IPv6. */
export interface TrustedProxies {
  has(address: string): boolean;
}

/**
 * Reads `10.0.0.2, 10.1.0.0/16, fd00::/8`. An entry that is neither an address nor a range stops the start: a
 * mistyped proxy would otherwise count every client as the proxy, or believe a header anyone can write.
 */
export function trustedProxies(entries: readonly string[], setting = 'SCRUTINY_TRUSTED_PROXIES'): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits, ...rest] = normalize(entry).split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    const max = family === 6 ? 128 : 32;
    if (!family || rest.length || (prefix !== undefined && !(prefix >= 0 && prefix <= max)))
      throw new Error(`${setting}: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8).`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return {
    has: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/** `::ffff:192.0.2.1` (an IPv4 peer of an IPv6 socket) is 192.0.2.1. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: TrustedProxies,
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

export function requestClientAddress(req: IncomingMessage | undefined, trustedProxies: TrustedProxies): string {
  return clientAddress(req?.socket.remoteAddress, req?.headers['x-forwarded-for'], trustedProxies);
}
