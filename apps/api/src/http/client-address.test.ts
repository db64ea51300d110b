// X-Forwarded-For is believed only from a trusted proxy, and then read from the right past the trusted hops.
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

const proxies = new Set(['10.0.0.2', '10.0.0.3']);

describe('clientAddress', () => {
  it('is the peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', new Set())).toBe('203.0.113.5');
    expect(clientAddress('::ffff:203.0.113.5', undefined, new Set())).toBe('203.0.113.5');
    expect(clientAddress(undefined, undefined, new Set())).toBe('unknown');
  });

  it('ignores the header from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', proxies)).toBe('203.0.113.5');
  });

  it('takes the nearest untrusted hop from a trusted proxy, so a client cannot choose its own address', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // The client wrote a forged first entry; the proxies appended what they saw.
    expect(clientAddress('::ffff:10.0.0.2', '1.2.3.4, 198.51.100.1, 10.0.0.3', proxies)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '198.51.100.9'], proxies)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', '10.0.0.3', proxies)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
  });
});
