import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('LATCHKEY_GITHUB_SCANNING_KEYS', () => {
  const folder = mkdtempSync(join(tmpdir(), 'latchkey-config-'));
  const file = (name: string, content: string) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const pem = (type: 'ec' | 'ed25519') =>
    (type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519')).publicKey
      .export({ type: 'spki', format: 'pem' })
      .toString();

  it("is null when unset, and GitHub's keys by identifier when it names their file", () => {
    expect(loadConfig({}).githubScanningKeys).toBeNull();
    const key = pem('ec');
    const path = file('keys.json', JSON.stringify({ public_keys: [{ key_identifier: 'abc', key, is_current: true }] }));
    expect([...(loadConfig({ LATCHKEY_GITHUB_SCANNING_KEYS: path }).githubScanningKeys ?? [])]).toEqual([['abc', key]]);
  });

  it('refuses a missing file, non-JSON, an empty list and keys that are not ECDSA PEM, naming the variable', () => {
    const bad = [
      join(folder, 'missing.json'),
      file('text.json', 'not json'),
      file('empty.json', JSON.stringify({ public_keys: [] })),
      file('garbage.json', JSON.stringify({ public_keys: [{ key_identifier: 'x', key: 'nope' }] })),
      file('ed.json', JSON.stringify({ public_keys: [{ key_identifier: 'x', key: pem('ed25519') }] })),
    ];
    for (const path of bad) {
      expect(() => loadConfig({ LATCHKEY_GITHUB_SCANNING_KEYS: path }), path).toThrow(
        /LATCHKEY_GITHUB_SCANNING_KEYS must be/,
      );
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

describe('one configuration, checked at start', () => {
  it('defaults everything, and counts an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', LATCHKEY_ROLE: '', LATCHKEY_AUTH_FAILURES_PER_MINUTE: '' });
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/latchkey',
      redisUrl: 'redis://127.0.0.1:6379',
      redisClusterNodes: null,
      role: 'all',
      logLevel: 'info',
      defaultPlan: 'FREE',
      redisPrefix: 'latchkey',
      usingDevelopmentSecret: true,
      queryLimits: {},
      usage: {},
    });
  });

  it('carries the query limits and usage tunables the environment sets, and only those', () => {
    const config = loadConfig({
      LATCHKEY_MAX_QUERY_DEPTH: '7',
      LATCHKEY_MAX_QUERY_COST: '900',
      LATCHKEY_AUTH_FAILURES_PER_MINUTE: '5',
      LATCHKEY_KEY_CACHE_SECONDS: '0',
    });
    expect(config.queryLimits).toEqual({ maxDepth: 7, maxCost: 900 });
    expect(config.usage).toEqual({ authFailuresPerMinute: 5, keyCacheSeconds: 0 });
  });

  it('refuses a bad tunable instead of falling back to its default', () => {
    expect(() => loadConfig({ LATCHKEY_AUTH_FAILURES_PER_MINUTE: 'abc' })).toThrow(
      'LATCHKEY_AUTH_FAILURES_PER_MINUTE must be a positive whole number, not "abc".',
    );
    expect(() => loadConfig({ LATCHKEY_AUTH_FAILURES_PER_MINUTE: '0' })).toThrow(/LATCHKEY_AUTH_FAILURES_PER_MINUTE/);
    expect(() => loadConfig({ LATCHKEY_KEY_CACHE_SECONDS: '-1' })).toThrow(
      'LATCHKEY_KEY_CACHE_SECONDS must be a whole number of seconds, 0 or more (0 turns the cache off), not "-1".',
    );
    expect(() => loadConfig({ LATCHKEY_MAX_QUERY_TOKENS: '1.5' })).toThrow(
      'LATCHKEY_MAX_QUERY_TOKENS must be a positive whole number, not "1.5".',
    );
  });

  it('lists every problem at once, one sentence per variable, in one style', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '99999',
        LATCHKEY_ROLE: 'both',
        LOG_LEVEL: 'loud',
        LATCHKEY_DEFAULT_PLAN: 'gold',
        LATCHKEY_KEY_CACHE_SECONDS: 'soon',
        LATCHKEY_MAX_QUERY_DEPTH: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toEqual([
      'PORT must be a port number (0-65535), not "99999".',
      'LATCHKEY_ROLE must be all, api or worker, not "both".',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "loud".',
      'LATCHKEY_DEFAULT_PLAN must be one of FREE, PRO, TEAM, ENTERPRISE, not "gold".',
      'LATCHKEY_KEY_CACHE_SECONDS must be a whole number of seconds, 0 or more (0 turns the cache off), not "soon".',
      'LATCHKEY_MAX_QUERY_DEPTH must be a positive whole number, not "0".',
    ]);
    expect(message).toBe(problems.join(' '));
  });

  it('never repeats a secret or a URL that may hold a password', () => {
    const secrets = {
      DATABASE_URL: 'mysql://admin:hunter2-password@db.internal/latchkey',
      REDIS_URL: 'http://:hunter2-password@cache.internal:6379',
      LATCHKEY_SECRET: 'hunter2-password',
      LATCHKEY_METRICS_TOKEN: 'hunter2 password',
    };
    let message = '';
    try {
      loadConfig(secrets);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of Object.keys(secrets)) expect(message).toContain(`${name} must be`);
    expect(message).not.toContain('hunter2');
  });

  it('requires LATCHKEY_SECRET in production, and 32 characters whenever set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'LATCHKEY_SECRET must be set (at least 32 characters) when NODE_ENV=production.',
    );
    expect(() => loadConfig({ LATCHKEY_SECRET: 'short' })).toThrow('LATCHKEY_SECRET must be at least 32 characters.');
    expect(loadConfig(PRODUCTION).usingDevelopmentSecret).toBe(false);
  });

  it('checks the URLs: PostgreSQL naming a database, Redis with at most a database number', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5433/lk_2' }).databaseUrl).toBe(
      'postgresql://u:p@db:5433/lk_2',
    );
    expect(loadConfig({ REDIS_URL: 'rediss://:p@cache:6380/2' }).redisUrl).toBe('rediss://:p@cache:6380/2');
    for (const url of ['postgres://db:5432', 'postgres://db/a;b', 'not a url']) {
      expect(() => loadConfig({ DATABASE_URL: url }), url).toThrow(/^DATABASE_URL must be a postgres:\/\//);
    }
    for (const url of ['redis://cache/x', 'https://cache', 'cache:6379']) {
      expect(() => loadConfig({ REDIS_URL: url }), url).toThrow(/^REDIS_URL must be a redis:\/\/ or rediss:\/\//);
    }
  });

  it('keeps LATCHKEY_QUEUE_PREFIX as an alias of LATCHKEY_REDIS_PREFIX, which wins', () => {
    expect(loadConfig({ LATCHKEY_QUEUE_PREFIX: 'old' }).redisPrefix).toBe('old');
    expect(loadConfig({ LATCHKEY_QUEUE_PREFIX: 'old', LATCHKEY_REDIS_PREFIX: 'new' }).redisPrefix).toBe('new');
    expect(() => loadConfig({ LATCHKEY_REDIS_PREFIX: 'has space' })).toThrow(
      'LATCHKEY_REDIS_PREFIX must be 1-64 characters of letters, digits and { } : . _ -, not "has space".',
    );
  });

  it('reads LATCHKEY_TRUSTED_PROXIES and LATCHKEY_ADMIN_EMAILS, refusing entries it cannot read', () => {
    const config = loadConfig({
      LATCHKEY_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8',
      LATCHKEY_ADMIN_EMAILS: 'A@x.io, b@y.io,',
    });
    expect(config.trustedProxies('10.1.2.3', 0)).toBe(true);
    expect(config.trustedProxies('192.0.2.1', 0)).toBe(false);
    expect([...config.adminEmails]).toEqual(['a@x.io', 'b@y.io']);
    expect(() => loadConfig({ LATCHKEY_TRUSTED_PROXIES: 'loopback,nowhere' })).toThrow(
      /^LATCHKEY_TRUSTED_PROXIES must be addresses, CIDRs or loopback, linklocal, uniquelocal \(comma-separated\), not "loopback,nowhere" \(.*nowhere.*\)\.$/,
    );
    expect(() => loadConfig({ LATCHKEY_ADMIN_EMAILS: 'a@x.io,bob' })).toThrow(
      'LATCHKEY_ADMIN_EMAILS must be email addresses, comma-separated, not "a@x.io,bob" ("bob" is not an email address).',
    );
  });
});

describe('LATCHKEY_REDIS_CLUSTER_NODES', () => {
  const CLUSTER = { LATCHKEY_REDIS_PREFIX: '{latchkey}' };

  it('is null when unset, and the seed nodes when set (IPv6 without brackets)', () => {
    expect(loadConfig({}).redisClusterNodes).toBeNull();
    expect(
      loadConfig({ ...CLUSTER, LATCHKEY_REDIS_CLUSTER_NODES: 'redis-a:7000, 10.0.0.2:7001,[::1]:7002' })
        .redisClusterNodes,
    ).toEqual([
      { host: 'redis-a', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
  });

  it('refuses anything but host:port entries', () => {
    for (const nodes of ['redis-a', 'redis-a:', ':7000', 'redis-a:70000', 'redis-a:7000,,redis-b:7000', 'a b:7000']) {
      expect(() => loadConfig({ ...CLUSTER, LATCHKEY_REDIS_CLUSTER_NODES: nodes }), nodes).toThrow(
        /^LATCHKEY_REDIS_CLUSTER_NODES must be host:port of one or more Redis Cluster nodes, comma-separated/,
      );
    }
  });

  it('refuses to start on a prefix without a hash tag, naming LATCHKEY_REDIS_PREFIX', () => {
    for (const prefix of [undefined, 'latchkey', 'latch{}key', 'latch}key{', 'lk{']) {
      const env = { LATCHKEY_REDIS_CLUSTER_NODES: '127.0.0.1:7000', LATCHKEY_REDIS_PREFIX: prefix };
      expect(() => loadConfig(env), String(prefix)).toThrow(
        `LATCHKEY_REDIS_PREFIX must hold a hash tag such as {latchkey} when LATCHKEY_REDIS_CLUSTER_NODES is set (so that the keys of each Lua script and queue share one cluster slot), not "${prefix ?? 'latchkey'}".`,
      );
    }
    for (const prefix of ['{latchkey}', 'prod:{lk}', '{a}:b{c}']) {
      expect(
        loadConfig({ LATCHKEY_REDIS_CLUSTER_NODES: '127.0.0.1:7000', LATCHKEY_REDIS_PREFIX: prefix }).redisPrefix,
      ).toBe(prefix);
    }
    // Without a cluster any valid prefix will do.
    expect(loadConfig({ LATCHKEY_REDIS_PREFIX: 'latchkey' }).redisPrefix).toBe('latchkey');
  });

  it('refuses a REDIS_URL that selects a database other than 0 (a cluster has no other)', () => {
    const env = { ...CLUSTER, LATCHKEY_REDIS_CLUSTER_NODES: '127.0.0.1:7000' };
    expect(() => loadConfig({ ...env, REDIS_URL: 'redis://:pw@127.0.0.1:7000/3' })).toThrow(
      /^REDIS_URL must not select/,
    );
    expect(loadConfig({ ...env, REDIS_URL: 'rediss://:pw@127.0.0.1:7000/0' }).redisUrl).toBe(
      'rediss://:pw@127.0.0.1:7000/0',
    );
  });
});

describe('read replicas and the activity cap', () => {
  it('default to no replica, 5 seconds of lag and no cap override', () => {
    const config = loadConfig({});
    expect(config.databaseReplicaUrls).toEqual([]);
    expect(config.replicaMaxLagSeconds).toBe(5);
    expect(config.usage.activityPerKey).toBeUndefined();
  });

  it('read DATABASE_REPLICA_URLS, LATCHKEY_REPLICA_MAX_LAG_SECONDS and LATCHKEY_ACTIVITY_PER_KEY', () => {
    const config = loadConfig({
      DATABASE_REPLICA_URLS: 'postgres://reader:pw@10.0.0.2:5432/latchkey, postgresql://10.0.0.3/latchkey',
      LATCHKEY_REPLICA_MAX_LAG_SECONDS: '12',
      LATCHKEY_ACTIVITY_PER_KEY: '250',
    });
    expect(config.databaseReplicaUrls).toEqual([
      'postgres://reader:pw@10.0.0.2:5432/latchkey',
      'postgresql://10.0.0.3/latchkey',
    ]);
    expect(config.replicaMaxLagSeconds).toBe(12);
    expect(config.usage.activityPerKey).toBe(250);
  });

  it('refuse bad values, never repeating a replica URL', () => {
    let error: unknown;
    try {
      loadConfig({
        DATABASE_REPLICA_URLS: 'postgres://reader:s3cret@10.0.0.2/latchkey,redis://x',
        LATCHKEY_REPLICA_MAX_LAG_SECONDS: '0',
        LATCHKEY_ACTIVITY_PER_KEY: 'many',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^DATABASE_REPLICA_URLS must be /);
    expect(problems[1]).toMatch(/^LATCHKEY_REPLICA_MAX_LAG_SECONDS must be /);
    expect(problems[2]).toMatch(/^LATCHKEY_ACTIVITY_PER_KEY must be /);
    expect(message).not.toContain('s3cret');
  });
});
