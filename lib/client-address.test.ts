import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress, resolveClientAddress, settleRequestOrigin, trustedProxyHops } from './client-address';

describe('the client address', () => {
  it('is the socket’s when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress({ socketAddress: '198.51.100.7', forwardedFor: '10.1.2.3', trustedHops: 0 })).toBe('198.51.100.7');
    expect(resolveClientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: undefined, trustedHops: 0 })).toBe('127.0.0.1');
    expect(resolveClientAddress({ socketAddress: '::1', forwardedFor: undefined, trustedHops: 0 })).toBe('::1');
  });

  it('behind trusted proxies is the hop the outermost one saw; entries the client wrote further left are ignored', () => {
    // Client 203.0.113.9 forged "1.1.1.1"; the proxy appended what it saw.
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: '1.1.1.1, 203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9');
    expect(resolveClientAddress({ socketAddress: '10.0.0.3', forwardedFor: ['1.1.1.1, 203.0.113.9', '10.0.0.2'], trustedHops: 2 })).toBe('203.0.113.9');
    // A request that bypassed the proxy is known by its socket.
    expect(resolveClientAddress({ socketAddress: '192.0.2.4', forwardedFor: undefined, trustedHops: 1 })).toBe('192.0.2.4');
  });

  it('drops forwarding headers unless a proxy is trusted, and replaces a client-address header the client sent', () => {
    const direct = {
      'x-forwarded-for': '1.1.1.1',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.test',
      'x-real-ip': '1.1.1.1',
      [CLIENT_ADDRESS_HEADER]: '9.9.9.9',
    };
    settleRequestOrigin(direct, '198.51.100.7', 0);
    expect(direct).toEqual({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' });
    const proxied = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };
    settleRequestOrigin(proxied, '10.0.0.2', 1);
    expect(proxied).toEqual({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', [CLIENT_ADDRESS_HEADER]: '203.0.113.9' });
    expect(clientAddress(new Headers(proxied as Record<string, string>))).toBe('203.0.113.9');
    expect(clientAddress(new Headers())).toBe('unknown');
  });

  it('reads the number of trusted proxies from a documented setting, refusing nonsense', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('1')).toBe(1);
    expect(() => trustedProxyHops('yes')).toThrow(/READOUT_TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops('9')).toThrow(/0 to 5/);
  });
});
