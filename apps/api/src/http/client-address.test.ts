// X-Forwarded-For is believed only from a trusted proxy, and then read from the right past the trusted hops.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { clientAddress, trustedProxies } from './client-address.ts';

const proxies = trustedProxies(['10.0.0.2', '10.0.0.3']);
const none = trustedProxies([]);

describe('clientAddress', () => {
  it('is the peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', none)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:203.0.113.5', undefined, none)).toBe('203.0.113.5');
    expect(clientAddress(undefined, undefined, none)).toBe('unknown');
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

  it('trusts whole ranges of proxies, IPv4 and IPv6, and only them', () => {
    const ranges = trustedProxies(['10.1.0.0/16', 'fd00::/8', '::1']);
    expect(clientAddress('10.1.200.7', '198.51.100.1', ranges)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.1.0.9', '198.51.100.1, 10.1.3.4', ranges)).toBe('198.51.100.1');
    expect(clientAddress('fd12:3456::1', '2001:db8::5', ranges)).toBe('2001:db8::5');
    expect(clientAddress('::1', '198.51.100.1', ranges)).toBe('198.51.100.1');
    expect(clientAddress('10.2.0.1', '198.51.100.1', ranges)).toBe('10.2.0.1');
    expect(clientAddress('fe80::1', '198.51.100.1', ranges)).toBe('fe80::1');
  });

  it('refuses an entry that is not an address or a range, so a typo stops the start', () => {
    for (const bad of [
      '10.0.0',
      'proxy.internal',
      '10.0.0.0/33',
      'fd00::/129',
      '10.0.0.0/8/1',
      '10.0.0.0/x',
      '10.0.0.0/',
    ])
      expect(() => trustedProxies([bad]), bad).toThrow(/SCRUTINY_TRUSTED_PROXIES/);
    expect(() => readConfig({ SCRUTINY_TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' })).toThrow(/proxy\.internal/);
    expect(readConfig({ SCRUTINY_TRUSTED_PROXIES: ' 10.0.0.0/8 , ::1 ' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '::1',
    ]);
  });
});
