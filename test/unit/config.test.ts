import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../src/http/metrics-access.js';
import { ConfigError, loadConfig } from '../../src/shared/config.js';

const PRODUCTION = { NODE_ENV: 'production', LATCHKEY_SECRET: 'a-production-secret-of-at-least-32-characters' };

describe('LATCHKEY_INTROSPECTION', () => {
  it('defaults to public, and to authenticated when NODE_ENV=production', () => {
    expect(loadConfig({}).introspection).toBe('public');
    expect(loadConfig({ LATCHKEY_INTROSPECTION: '' }).introspection).toBe('public');
    expect(loadConfig(PRODUCTION).introspection).toBe('authenticated');
  });

  it('takes public, authenticated and off, with true and false as aliases of public and off', () => {
    const read = (value: string, env: Record<string, string> = {}) =>
      loadConfig({ ...env, LATCHKEY_INTROSPECTION: value }).introspection;
    expect(read('public', PRODUCTION)).toBe('public');
    expect(read('authenticated')).toBe('authenticated');
    expect(read('off')).toBe('off');
    expect(read('true', PRODUCTION)).toBe('public');
    expect(read('false')).toBe('off');
  });

  it('refuses anything else, naming the variable', () => {
    for (const value of ['yes', 'Public', 'on', '1', 'constructor', 'authenticated ']) {
      expect(() => loadConfig({ LATCHKEY_INTROSPECTION: value }), value).toThrow(ConfigError);
      expect(() => loadConfig({ LATCHKEY_INTROSPECTION: value }), value).toThrow(
        `LATCHKEY_INTROSPECTION must be public, authenticated or off (true and false mean public and off), not "${value}".`,
      );
    }
  });
});

describe('LATCHKEY_METRICS_TOKEN', () => {
  it('is null when unset or empty, and the token when set', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ LATCHKEY_METRICS_TOKEN: '' }).metricsToken).toBeNull();
    expect(loadConfig({ LATCHKEY_METRICS_TOKEN: 'scrape-0123456789abcdef' }).metricsToken).toBe(
      'scrape-0123456789abcdef',
    );
    expect(loadConfig({ LATCHKEY_METRICS_TOKEN: 'c2NyYXBlLXRva2VuLWJhc2U2NA==' }).metricsToken).toBe(
      'c2NyYXBlLXRva2VuLWJhc2U2NA==',
    );
  });

  it('refuses a short token or one that cannot travel in a Bearer header, without repeating it', () => {
    for (const value of ['short-token', 'has spaces in the token', 'quote"0123456789abcdef', 'é-0123456789abcdef']) {
      let message = '';
      try {
        loadConfig({ LATCHKEY_METRICS_TOKEN: value });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message, value).toMatch(/^LATCHKEY_METRICS_TOKEN must be at least 16 characters/);
      expect(message).not.toContain(value);
    }
  });
});

describe('loopback addresses (/metrics in production without a token)', () => {
  it('are 127.0.0.0/8, ::1 and their IPv4-mapped forms, nothing else', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '::ffff:7f00:1']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of [
      undefined,
      '',
      '128.0.0.1',
      '10.0.0.1',
      '::',
      '::2',
      '::ffff:10.0.0.1',
      'fe80::1',
      'localhost',
    ]) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });
});
