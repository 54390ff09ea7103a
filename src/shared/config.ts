/** Configuration from the environment (DESIGN.md section 3). */

import { compileTrustedProxies, type TrustedProxies } from './client-address.js';
import { PLANS, type Plan } from './plans.js';

export type Role = 'all' | 'api' | 'worker';

/**
 * Who may introspect the schema (`__schema`, `__type`): anyone, authenticated callers (a key or a
 * session) only, or nobody. Field suggestions ("Did you mean …?") are shown only when `public`.
 */
export type IntrospectionPolicy = 'public' | 'authenticated' | 'off';

export interface Config {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  secret: string;
  usingDevelopmentSecret: boolean;
  role: Role;
  logLevel: string;
  production: boolean;
  /** Lifetime of a session token. */
  sessionTtlSeconds: number;
  /** Instance administrators (lower-cased emails): the only users who set plans. */
  adminEmails: ReadonlySet<string>;
  /** Plan of new projects. */
  defaultPlan: Plan;
  /** Prefix of every Redis key Latchkey writes (`LATCHKEY_REDIS_PREFIX`, alias `LATCHKEY_QUEUE_PREFIX`). */
  redisPrefix: string;
  /** Proxies whose `X-Forwarded-For` is believed (`LATCHKEY_TRUSTED_PROXIES`; none by default). */
  trustedProxies: TrustedProxies;
  /** `LATCHKEY_INTROSPECTION`; default `public`, or `authenticated` when `NODE_ENV=production`. */
  introspection: IntrospectionPolicy;
  /**
   * `LATCHKEY_METRICS_TOKEN`: the bearer token `/metrics` needs. Null: `/metrics` is open, or
   * answers loopback clients only when `NODE_ENV=production`.
   */
  metricsToken: string | null;
  /** `LATCHKEY_WEBHOOKS_ALLOW_PRIVATE=true`: webhooks may go to private addresses and plain http (development, tests). */
  webhooksAllowPrivate: boolean;
}

export const DEVELOPMENT_SECRET = 'latchkey-development-secret-do-not-use-in-production';

export class ConfigError extends Error {}

const INTROSPECTION_VALUES = new Map<string, IntrospectionPolicy>([
  ['public', 'public'],
  ['authenticated', 'authenticated'],
  ['off', 'off'],
  // The values of the boolean setting it replaces.
  ['true', 'public'],
  ['false', 'off'],
]);

function introspectionOf(raw: string | undefined, production: boolean): IntrospectionPolicy {
  if (raw === undefined || raw === '') return production ? 'authenticated' : 'public';
  const policy = INTROSPECTION_VALUES.get(raw);
  if (!policy) {
    throw new ConfigError(
      `LATCHKEY_INTROSPECTION must be public, authenticated or off (true and false mean public and off), not "${raw}".`,
    );
  }
  return policy;
}

// RFC 6750's b64token: what fits `Authorization: Bearer <token>` unquoted.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MIN_METRICS_TOKEN_LENGTH = 16;

function metricsTokenOf(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  // The message never repeats the value: it is a secret.
  if (raw.length < MIN_METRICS_TOKEN_LENGTH || !BEARER_TOKEN.test(raw)) {
    throw new ConfigError(
      `LATCHKEY_METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters of letters, digits and -._~+/ (a bearer token).`,
    );
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const secret = env.LATCHKEY_SECRET ?? '';
  if (production && secret.length === 0) {
    throw new ConfigError('LATCHKEY_SECRET is required when NODE_ENV=production.');
  }
  if (secret.length > 0 && secret.length < 32) {
    throw new ConfigError('LATCHKEY_SECRET must be at least 32 characters.');
  }
  const role = (env.LATCHKEY_ROLE ?? 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role)) {
    throw new ConfigError(`LATCHKEY_ROLE must be all, api or worker, not "${role}".`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  }
  const defaultPlan = (env.LATCHKEY_DEFAULT_PLAN || 'FREE').toUpperCase() as Plan;
  if (!PLANS.includes(defaultPlan)) {
    throw new ConfigError(
      `LATCHKEY_DEFAULT_PLAN must be one of ${PLANS.join(', ')}, not "${env.LATCHKEY_DEFAULT_PLAN}".`,
    );
  }
  // LATCHKEY_QUEUE_PREFIX is the older name; when both are set, LATCHKEY_REDIS_PREFIX wins.
  const redisPrefix = env.LATCHKEY_REDIS_PREFIX || env.LATCHKEY_QUEUE_PREFIX || 'latchkey';
  if (!/^[A-Za-z0-9{}:._-]{1,64}$/.test(redisPrefix)) {
    throw new ConfigError(
      `LATCHKEY_REDIS_PREFIX must be 1-64 characters of letters, digits and { } : . _ -, not "${redisPrefix}".`,
    );
  }
  let trustedProxies: TrustedProxies;
  try {
    trustedProxies = compileTrustedProxies(env.LATCHKEY_TRUSTED_PROXIES);
  } catch (error) {
    throw new ConfigError(
      `LATCHKEY_TRUSTED_PROXIES must list addresses, CIDRs or loopback, linklocal, uniquelocal (comma-separated): ${(error as Error).message}.`,
    );
  }
  const adminEmails = new Set(
    (env.LATCHKEY_ADMIN_EMAILS ?? '')
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter((email) => email.length > 0),
  );
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    secret: secret || DEVELOPMENT_SECRET,
    usingDevelopmentSecret: secret.length === 0,
    role,
    logLevel: env.LOG_LEVEL ?? 'info',
    production,
    sessionTtlSeconds: 14 * 24 * 3600,
    adminEmails,
    defaultPlan,
    redisPrefix,
    trustedProxies,
    introspection: introspectionOf(env.LATCHKEY_INTROSPECTION, production),
    metricsToken: metricsTokenOf(env.LATCHKEY_METRICS_TOKEN),
    webhooksAllowPrivate: env.LATCHKEY_WEBHOOKS_ALLOW_PRIVATE === 'true',
  };
}
