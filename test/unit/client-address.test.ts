import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, compileTrustedProxies, normalizeAddress } from '../../src/shared/client-address.js';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  } as unknown as IncomingMessage;
}

describe('client address', () => {
  it('shows IPv4-mapped IPv6 as IPv4 and keeps other addresses canonical', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normalizeAddress('10.1.2.3')).toBe('10.1.2.3');
  });

  it('believes X-Forwarded-For only from trusted proxies, taking the nearest untrusted hop', () => {
    const none = compileTrustedProxies(undefined);
    expect(clientAddressOf(request('::ffff:10.0.0.5', '203.0.113.1'), none)).toBe('10.0.0.5');
    const balancer = compileTrustedProxies('10.0.0.0/8, loopback');
    expect(clientAddressOf(request('10.0.0.5', '198.51.100.7, 203.0.113.1'), balancer)).toBe('203.0.113.1');
    expect(clientAddressOf(request('10.0.0.5', '198.51.100.7, 10.0.0.9'), balancer)).toBe('198.51.100.7');
    expect(clientAddressOf(request('192.0.2.1', '203.0.113.1'), balancer)).toBe('192.0.2.1');
  });

  it('refuses a setting proxy-addr cannot read', () => {
    expect(() => compileTrustedProxies('not-an-address')).toThrow();
  });
});
