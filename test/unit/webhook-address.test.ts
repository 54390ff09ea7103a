import { describe, expect, it } from 'vitest';
import {
  isPublicAddress,
  parseWebhookUrl,
  resolveWebhookAddress,
  urlLabel,
  WebhookAddressError,
} from '../../src/modules/webhooks/webhook-address.js';

describe('webhook addresses (SSRF)', () => {
  it('counts only global unicast as public', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946', '2001:4860:4860::8888']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      '127.0.0.1',
      '127.1.2.3',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '192.0.2.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
      '2001:db8::1',
      '::102:304',
      '::10.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('takes https URLs only, unless private addresses are allowed', () => {
    expect(parseWebhookUrl(' https://example.com/hooks?x=1 ', false).toString()).toBe('https://example.com/hooks?x=1');
    expect(() => parseWebhookUrl('http://example.com/', false)).toThrow(/https/);
    expect(parseWebhookUrl('http://127.0.0.1:8080/', true).port).toBe('8080');
    for (const bad of [
      '',
      'example.com/hooks',
      'ftp://example.com/',
      'https://user:pass@example.com/',
      `https://e.com/${'a'.repeat(2048)}`,
    ]) {
      expect(() => parseWebhookUrl(bad, true), bad).toThrow(WebhookAddressError);
    }
  });

  it('refuses a name with any non-public address, and literal private hosts, unless allowed', async () => {
    const answers =
      (...addresses: string[]) =>
      async () =>
        addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
    const url = new URL('https://hooks.example.com/');
    await expect(resolveWebhookAddress(url, false, answers('93.184.216.34'))).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(resolveWebhookAddress(url, false, answers('93.184.216.34', '10.0.0.1'))).rejects.toThrow(/public/);
    await expect(resolveWebhookAddress(url, true, answers('10.0.0.1'))).resolves.toMatchObject({ address: '10.0.0.1' });
    await expect(resolveWebhookAddress(url, false, answers())).rejects.toThrow(/does not resolve/);
    await expect(
      resolveWebhookAddress(url, false, async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      }),
    ).rejects.toThrow(/does not resolve/);
    for (const literal of [
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://169.254.169.254/latest',
      'https://2130706433/',
    ]) {
      await expect(resolveWebhookAddress(new URL(literal), false), literal).rejects.toThrow(/public addresses only/);
    }
    await expect(resolveWebhookAddress(new URL('https://[::1]/'), true)).resolves.toEqual({
      address: '::1',
      family: 6,
    });
  });

  it('names an endpoint without its query string in audit events', () => {
    expect(urlLabel('https://example.com/hooks?token=s3cret#x')).toBe('https://example.com/hooks');
  });
});
