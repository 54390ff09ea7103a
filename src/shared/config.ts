/**
 * The configuration: every environment variable Latchkey reads, validated once at start, before
 * anything connects (docs/operations.md#configuration lists them). Nothing else reads
 * `process.env`: modules get their settings from `Config`.
 *
 * Each variable has a zod schema and a phrase saying what it accepts; a bad value is reported as
 * `<VARIABLE> must be <what it accepts>, not "<value>".` (secrets and URLs, which may hold a
 * password, without the value), and every problem is reported at once, in one `ConfigError`.
 * An empty variable counts as unset.
 */

import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { compileTrustedProxies, type TrustedProxies } from './client-address.js';
import { PLANS, type Plan } from './plans.js';

export type Role = 'all' | 'api' | 'worker';

/**
 * Who may introspect the schema (`__schema`, `__type`): anyone, authenticated callers (a key or a
 * session) only, or nobody. Field suggestions ("Did you mean …?") are shown only when `public`.
 */
export type IntrospectionPolicy = 'public' | 'authenticated' | 'off';

/** One seed node of a Redis Cluster (`LATCHKEY_REDIS_CLUSTER_NODES`). */
export interface RedisNode {
  host: string;
  port: number;
}

/**
 * Query limits set in the environment (`LATCHKEY_MAX_QUERY_*`); a limit left unset keeps its
 * default from src/graphql/query-limits.ts.
 */
export interface QueryLimitSettings {
  maxDepth?: number;
  maxAliases?: number;
  maxDirectives?: number;
  maxTokens?: number;
  maxCost?: number;
}

/** Rate-limit and key-cache tunables set in the environment; unset ones keep usage-options.ts's defaults. */
export interface UsageSettings {
  /** `LATCHKEY_AUTH_FAILURES_PER_MINUTE`. */
  authFailuresPerMinute?: number;
  /** `LATCHKEY_KEY_CACHE_SECONDS`. */
  keyCacheSeconds?: number;
  /** `LATCHKEY_ACTIVITY_PER_KEY`. */
  activityPerKey?: number;
}

export interface Config {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /**
   * `LATCHKEY_REDIS_CLUSTER_NODES`: the seed nodes of a Redis Cluster, or null for the one Redis at
   * `redisUrl` (whose user, password and TLS a cluster connection still takes). src/shared/redis.ts
   * opens every connection accordingly.
   */
  redisClusterNodes: readonly RedisNode[] | null;
  secret: string;
  usingDevelopmentSecret: boolean;
  role: Role;
  logLevel: LogLevel;
  production: boolean;
  /** Lifetime of a session token. */
  sessionTtlSeconds: number;
  /** Instance administrators (lower-cased emails): the only users who set plans. */
  adminEmails: ReadonlySet<string>;
  /** Plan of new projects. */
  defaultPlan: Plan;
  /**
   * Prefix of every Redis key Latchkey writes (`LATCHKEY_REDIS_PREFIX`, alias `LATCHKEY_QUEUE_PREFIX`).
   * Holds a hash tag (`{latchkey}`) whenever `redisClusterNodes` is set.
   */
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
  /**
   * `LATCHKEY_GITHUB_SCANNING_KEYS`: GitHub's secret-scanning public keys, by key identifier (PEM),
   * read from the file it names at start. Null: `POST /leaks/github` answers 404 (docs/leaked-keys.md).
   */
  githubScanningKeys: ReadonlyMap<string, string> | null;
  /** The file `githubScanningKeys` came from, read again when GitHub names a key it did not hold. */
  githubScanningKeysFile: string | null;
  /** `LATCHKEY_MAX_QUERY_*` as set; `loadQueryLimits(config.queryLimits)` adds the defaults. */
  queryLimits: QueryLimitSettings;
  /** `LATCHKEY_AUTH_FAILURES_PER_MINUTE`, `LATCHKEY_KEY_CACHE_SECONDS`, `LATCHKEY_ACTIVITY_PER_KEY` as set; `usageOptionsOf` adds the defaults. */
  usage: UsageSettings;
  /**
   * `DATABASE_REPLICA_URLS`: PostgreSQL read replicas (streaming standbys of `databaseUrl`) that
   * usage reports, activity and audit lists read from (src/shared/read-replicas.ts); empty: the primary.
   */
  databaseReplicaUrls: readonly string[];
  /** `LATCHKEY_REPLICA_MAX_LAG_SECONDS`: a replica lagging more is skipped for the primary. */
  replicaMaxLagSeconds: number;
}

export const DEVELOPMENT_SECRET = 'latchkey-development-secret-do-not-use-in-production';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/latchkey';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_REDIS_PREFIX = 'latchkey';
const SESSION_TTL_SECONDS = 14 * 24 * 3600;
export const DEFAULT_REPLICA_MAX_LAG_SECONDS = 5;

/**
 * A setting Latchkey refuses to start with. `problems` holds one sentence per bad variable, each
 * naming it; the message is those sentences in a row.
 */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(list.join(' '));
    this.name = 'ConfigError';
    this.problems = list;
  }
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variable of each query limit. */
export const QUERY_LIMIT_VARIABLES = {
  maxDepth: 'LATCHKEY_MAX_QUERY_DEPTH',
  maxAliases: 'LATCHKEY_MAX_QUERY_ALIASES',
  maxDirectives: 'LATCHKEY_MAX_QUERY_DIRECTIVES',
  maxTokens: 'LATCHKEY_MAX_QUERY_TOKENS',
  maxCost: 'LATCHKEY_MAX_QUERY_COST',
} as const satisfies Record<keyof QueryLimitSettings, string>;

/**
 * The hash tag of a Redis key or prefix as Redis Cluster reads it: what lies between the first `{`
 * and the next `}`, when that is not empty; null otherwise.
 */
export function hashTagOf(prefix: string): string | null {
  const open = prefix.indexOf('{');
  if (open < 0) return null;
  const close = prefix.indexOf('}', open + 1);
  return close > open + 1 ? prefix.slice(open + 1, close) : null;
}

// ---- the schemas of the values -------------------------------------------------------------

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d{1,16}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const INTROSPECTION_VALUES = {
  public: 'public',
  authenticated: 'authenticated',
  off: 'off',
  // The values of the boolean setting it replaces.
  true: 'public',
  false: 'off',
} as const satisfies Record<string, IntrospectionPolicy>;

const introspectionPolicy = z
  .enum(Object.keys(INTROSPECTION_VALUES) as [keyof typeof INTROSPECTION_VALUES])
  .transform((value): IntrospectionPolicy => INTROSPECTION_VALUES[value]);

/** A URL of one of `protocols` whose parts pass `check` (one refinement: a later one would see a non-URL). */
function urlOf(protocols: readonly string[], check: (url: URL) => boolean) {
  return z.string().refine((raw) => {
    const url = URL.parse(raw);
    return url !== null && protocols.includes(url.protocol) && check(url);
  });
}

/** PostgreSQL: the database named in the path is created when missing (src/shared/orm.ts). */
const postgresUrl = urlOf(['postgres:', 'postgresql:'], (url) => /^\/[A-Za-z0-9_-]{1,63}$/.test(url.pathname));

/** Redis: `redis://` or `rediss://` (TLS), with an optional database number as the path. */
const redisUrl = urlOf(['redis:', 'rediss:'], (url) => /^(\/\d{0,2})?$/.test(url.pathname));

// RFC 6750's b64token: what fits `Authorization: Bearer <token>` unquoted.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MIN_METRICS_TOKEN_LENGTH = 16;
const MIN_SECRET_LENGTH = 32;

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;

const clusterNodes = z.string().transform((list, context): RedisNode[] => {
  const nodes: RedisNode[] = [];
  for (const entry of list.split(',').map((part) => part.trim())) {
    const colon = entry.lastIndexOf(':');
    const host = entry.slice(0, colon);
    const port = Number(entry.slice(colon + 1));
    if (colon < 1 || !HOST.test(host) || !/^\d{1,5}$/.test(entry.slice(colon + 1)) || port < 1 || port > 65_535) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not host:port` });
      return z.NEVER;
    }
    // ioredis wants an IPv6 address without its brackets.
    nodes.push({ host: host.startsWith('[') ? host.slice(1, -1) : host, port });
  }
  return nodes;
});

const postgresUrls = z.string().transform((list, context): string[] => {
  const urls = list
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
  if (urls.length === 0 || urls.some((url) => !postgresUrl.safeParse(url).success)) {
    context.addIssue({ code: 'custom', message: 'not a list of PostgreSQL URLs' });
    return z.NEVER;
  }
  return urls;
});

const trustedProxies = z.string().transform((list, context): TrustedProxies => {
  try {
    return compileTrustedProxies(list);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const adminEmails = z.string().transform((list, context): Set<string> => {
  const emails = list
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.length > 0);
  const bad = emails.find((email) => !/^[^\s@]+@[^\s@]+$/.test(email));
  if (bad !== undefined) {
    context.addIssue({ code: 'custom', message: `"${bad}" is not an email address` });
    return z.NEVER;
  }
  return new Set(emails);
});

/**
 * GitHub's secret-scanning public keys, by key identifier (PEM), from the file at `path`: the
 * document GitHub publishes at https://api.github.com/meta/public_keys/secret_scanning, saved
 * locally (`{"public_keys":[{"key_identifier","key","is_current"}]}`; the server fetches nothing).
 * Or what is wrong with it. Read at start, and again when a message names a key the file did not
 * hold (src/modules/leaks/github-scanning.ts).
 */
export function readGithubScanningKeys(path: string): Map<string, string> | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `cannot read it: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  const list = (parsed as { public_keys?: unknown } | null)?.public_keys;
  if (!Array.isArray(list) || list.length === 0) return 'it holds no "public_keys" list';
  const keys = new Map<string, string>();
  for (const entry of list as { key_identifier?: unknown; key?: unknown }[]) {
    if (
      typeof entry?.key_identifier !== 'string' ||
      entry.key_identifier.length === 0 ||
      typeof entry.key !== 'string'
    ) {
      return 'every public key needs a "key_identifier" and a PEM "key"';
    }
    try {
      const key = createPublicKey(entry.key);
      if (key.asymmetricKeyType !== 'ec') return `key ${entry.key_identifier} is not an ECDSA key`;
    } catch {
      return `key ${entry.key_identifier} is not a PEM public key`;
    }
    keys.set(entry.key_identifier, entry.key);
  }
  return keys;
}

const githubScanningKeys = z.string().transform((path, context) => {
  const keys = readGithubScanningKeys(path);
  if (typeof keys !== 'string') return { file: path, keys };
  context.addIssue({ code: 'custom', message: keys });
  return z.NEVER;
});

// ---- the variables ---------------------------------------------------------------------------

interface Variable<Schema extends z.ZodType> {
  /** What it accepts, completing "<NAME> must be …". */
  accepts: string;
  schema: Schema;
  /** Never repeated in a message (a secret, or a URL that may carry a password). */
  secret?: boolean;
}

function variable<Schema extends z.ZodType>(
  accepts: string,
  schema: Schema,
  options: { secret?: boolean } = {},
): Variable<Schema> {
  return { accepts, schema, ...options };
}

const positive = () => variable('a positive whole number', wholeNumber(1));

/** Every variable Latchkey reads, in the order problems are reported (DESIGN.md section 3). */
const VARIABLES = {
  NODE_ENV: variable('any value (only production changes anything)', z.string()),
  PORT: variable('a port number (0-65535)', wholeNumber(0, 65_535)),
  DATABASE_URL: variable(
    'a postgres:// or postgresql:// URL that names a database (letters, digits, _ and -)',
    postgresUrl,
    { secret: true },
  ),
  REDIS_URL: variable('a redis:// or rediss:// URL, optionally ending in a database number (/0-/99)', redisUrl, {
    secret: true,
  }),
  DATABASE_REPLICA_URLS: variable(
    'postgres:// or postgresql:// URLs of read replicas, comma-separated, each naming the database',
    postgresUrls,
    { secret: true },
  ),
  LATCHKEY_REPLICA_MAX_LAG_SECONDS: variable('a whole number of seconds, 1 or more', wholeNumber(1, 86_400)),
  LATCHKEY_ACTIVITY_PER_KEY: variable('a whole number from 1 to 1000000', wholeNumber(1, 1_000_000)),
  LATCHKEY_REDIS_CLUSTER_NODES: variable(
    'host:port of one or more Redis Cluster nodes, comma-separated (e.g. 10.0.0.1:7000,10.0.0.2:7000)',
    clusterNodes,
  ),
  LATCHKEY_SECRET: variable(`at least ${MIN_SECRET_LENGTH} characters`, z.string().min(MIN_SECRET_LENGTH), {
    secret: true,
  }),
  LATCHKEY_ROLE: variable('all, api or worker', z.enum(['all', 'api', 'worker'])),
  LOG_LEVEL: variable(`one of ${LOG_LEVELS.join(', ')}`, z.enum(LOG_LEVELS)),
  LATCHKEY_REDIS_PREFIX: variable(
    '1-64 characters of letters, digits and { } : . _ -',
    z.string().regex(/^[A-Za-z0-9{}:._-]{1,64}$/),
  ),
  LATCHKEY_QUEUE_PREFIX: variable(
    '1-64 characters of letters, digits and { } : . _ - (the older name of LATCHKEY_REDIS_PREFIX)',
    z.string().regex(/^[A-Za-z0-9{}:._-]{1,64}$/),
  ),
  LATCHKEY_TRUSTED_PROXIES: variable(
    'addresses, CIDRs or loopback, linklocal, uniquelocal (comma-separated)',
    trustedProxies,
  ),
  LATCHKEY_ADMIN_EMAILS: variable('email addresses, comma-separated', adminEmails),
  LATCHKEY_DEFAULT_PLAN: variable(
    `one of ${PLANS.join(', ')}`,
    z
      .string()
      .transform((plan) => plan.toUpperCase())
      .pipe(z.enum(PLANS)),
  ),
  LATCHKEY_INTROSPECTION: variable(
    'public, authenticated or off (true and false mean public and off)',
    introspectionPolicy,
  ),
  LATCHKEY_METRICS_TOKEN: variable(
    `at least ${MIN_METRICS_TOKEN_LENGTH} characters of letters, digits and -._~+/ (a bearer token)`,
    z.string().min(MIN_METRICS_TOKEN_LENGTH).regex(BEARER_TOKEN),
    { secret: true },
  ),
  LATCHKEY_WEBHOOKS_ALLOW_PRIVATE: variable(
    'true or false',
    z.enum(['true', 'false']).transform((value) => value === 'true'),
  ),
  LATCHKEY_GITHUB_SCANNING_KEYS: variable(
    'the path of a JSON file of GitHub\'s secret-scanning public keys ({"public_keys":[{"key_identifier","key"}]})',
    githubScanningKeys,
  ),
  LATCHKEY_AUTH_FAILURES_PER_MINUTE: positive(),
  LATCHKEY_KEY_CACHE_SECONDS: variable('a whole number of seconds, 0 or more (0 turns the cache off)', wholeNumber(0)),
  [QUERY_LIMIT_VARIABLES.maxDepth]: positive(),
  [QUERY_LIMIT_VARIABLES.maxAliases]: positive(),
  [QUERY_LIMIT_VARIABLES.maxDirectives]: positive(),
  [QUERY_LIMIT_VARIABLES.maxTokens]: positive(),
  [QUERY_LIMIT_VARIABLES.maxCost]: positive(),
};

type VariableName = keyof typeof VARIABLES;
/** Each variable's value when it is set and valid, else undefined. */
type Values = { [Name in VariableName]?: z.output<(typeof VARIABLES)[Name]['schema']> };

/** The names of every variable the configuration reads (docs and tests compare against it). */
export const CONFIG_VARIABLES = Object.keys(VARIABLES) as readonly VariableName[];

/** `<NAME> must be <accepts>, not "<value>".`, with a detail when the schema gave one. */
function problemOf(name: VariableName, raw: string, issues: readonly z.core.$ZodIssue[]): string {
  const { accepts, secret } = VARIABLES[name];
  if (secret) return `${name} must be ${accepts}.`;
  const detail = issues.find((issue) => issue.code === 'custom')?.message;
  return `${name} must be ${accepts}, not "${raw}"${detail ? ` (${detail})` : ''}.`;
}

/** Parses every variable on its own, so that one bad value hides no other. */
function readVariables(env: NodeJS.ProcessEnv, problems: string[]): Values {
  const values: Record<string, unknown> = {};
  for (const name of CONFIG_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const parsed = VARIABLES[name].schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(problemOf(name, raw, parsed.error.issues));
  }
  return values as Values;
}

function definedOnly<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Reads and checks the configuration; throws one `ConfigError` listing every problem. Pure:
 * `env` is the only input (tests pass their own).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const values = readVariables(env, problems);
  const production = values.NODE_ENV === 'production';

  // Rules across variables, checked on the values that passed their own schema.
  if (production && (env.LATCHKEY_SECRET ?? '') === '') {
    problems.push(`LATCHKEY_SECRET must be set (at least ${MIN_SECRET_LENGTH} characters) when NODE_ENV=production.`);
  }
  // LATCHKEY_QUEUE_PREFIX is the older name; when both are set, LATCHKEY_REDIS_PREFIX wins.
  const redisPrefix = values.LATCHKEY_REDIS_PREFIX ?? values.LATCHKEY_QUEUE_PREFIX ?? DEFAULT_REDIS_PREFIX;
  const redisClusterNodes = values.LATCHKEY_REDIS_CLUSTER_NODES ?? null;
  if (redisClusterNodes && hashTagOf(redisPrefix) === null) {
    problems.push(
      `LATCHKEY_REDIS_PREFIX must hold a hash tag such as {${DEFAULT_REDIS_PREFIX}} when LATCHKEY_REDIS_CLUSTER_NODES is set ` +
        `(so that the keys of each Lua script and queue share one cluster slot), not "${redisPrefix}".`,
    );
  }
  const redisUrl = values.REDIS_URL ?? DEFAULT_REDIS_URL;
  if (redisClusterNodes && values.REDIS_URL && !/^\/?0?$/.test(new URL(redisUrl).pathname)) {
    problems.push(
      'REDIS_URL must not select a database other than 0 when LATCHKEY_REDIS_CLUSTER_NODES is set (a cluster has only database 0; its user, password and TLS still come from REDIS_URL).',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const secret = values.LATCHKEY_SECRET ?? '';
  return {
    port: values.PORT ?? 4000,
    databaseUrl: values.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    redisUrl,
    redisClusterNodes,
    secret: secret || DEVELOPMENT_SECRET,
    usingDevelopmentSecret: secret.length === 0,
    role: values.LATCHKEY_ROLE ?? 'all',
    logLevel: values.LOG_LEVEL ?? 'info',
    production,
    sessionTtlSeconds: SESSION_TTL_SECONDS,
    adminEmails: values.LATCHKEY_ADMIN_EMAILS ?? new Set(),
    defaultPlan: values.LATCHKEY_DEFAULT_PLAN ?? 'FREE',
    redisPrefix,
    trustedProxies: values.LATCHKEY_TRUSTED_PROXIES ?? compileTrustedProxies(undefined),
    introspection: values.LATCHKEY_INTROSPECTION ?? (production ? 'authenticated' : 'public'),
    metricsToken: values.LATCHKEY_METRICS_TOKEN ?? null,
    webhooksAllowPrivate: values.LATCHKEY_WEBHOOKS_ALLOW_PRIVATE ?? false,
    githubScanningKeys: values.LATCHKEY_GITHUB_SCANNING_KEYS?.keys ?? null,
    githubScanningKeysFile: values.LATCHKEY_GITHUB_SCANNING_KEYS?.file ?? null,
    queryLimits: definedOnly({
      maxDepth: values[QUERY_LIMIT_VARIABLES.maxDepth],
      maxAliases: values[QUERY_LIMIT_VARIABLES.maxAliases],
      maxDirectives: values[QUERY_LIMIT_VARIABLES.maxDirectives],
      maxTokens: values[QUERY_LIMIT_VARIABLES.maxTokens],
      maxCost: values[QUERY_LIMIT_VARIABLES.maxCost],
    }),
    usage: definedOnly({
      authFailuresPerMinute: values.LATCHKEY_AUTH_FAILURES_PER_MINUTE,
      keyCacheSeconds: values.LATCHKEY_KEY_CACHE_SECONDS,
      activityPerKey: values.LATCHKEY_ACTIVITY_PER_KEY,
    }),
    databaseReplicaUrls: values.DATABASE_REPLICA_URLS ?? [],
    replicaMaxLagSeconds: values.LATCHKEY_REPLICA_MAX_LAG_SECONDS ?? DEFAULT_REPLICA_MAX_LAG_SECONDS,
  };
}
