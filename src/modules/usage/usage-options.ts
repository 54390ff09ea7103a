/**
 * Tunables of rate limiting, metering and the workers (expiry, event relay, webhooks). Production
 * uses the defaults, except what the environment sets (`LATCHKEY_AUTH_FAILURES_PER_MINUTE`,
 * `LATCHKEY_KEY_CACHE_SECONDS`, read by src/shared/config.ts); tests pass their own prefixes so
 * their Redis keys and queues never meet anyone else's.
 */
export interface UsageOptions {
  /**
   * Prefix of every Redis key Latchkey writes (`LATCHKEY_REDIS_PREFIX`, config.ts): the queues
   * live under it, the limiter's counters and key generations under `<prefix>:rl`, its claim at
   * `<prefix>:deployment`. With a hash tag (`{latchkey}`) they all share one Redis Cluster slot.
   */
  redisPrefix: string;
  /** How often buffered usage events are sent to Redis. */
  flushIntervalMs: number;
  /** At most this many events per usage job. */
  maxBatchSize: number;
  /**
   * A batch that Redis has refused for this long is written straight to PostgreSQL by the API
   * process instead (same idempotent upsert), so a long Redis outage neither loses events nor
   * grows memory without bound. The same happens on shutdown when Redis is unreachable.
   */
  directWriteAfterMs: number;
  /** Failed authentications (unknown or malformed credentials) allowed per client address per minute. */
  authFailuresPerMinute: number;
  /**
   * Seconds a key stays in an API process's key cache (docs/key-cache.md) before
   * it is read again from PostgreSQL; 0 turns the cache off. Env `LATCHKEY_KEY_CACHE_SECONDS`.
   */
  keyCacheSeconds: number;
  /** At most this many keys in one process's key cache. */
  keyCacheEntries: number;
  /** How often the expiry job runs. */
  expiryEveryMs: number;
  /** How often the purge of deleted projects runs (src/modules/projects/project-purge.worker.ts). */
  purgeEveryMs: number;
  /**
   * Limit expiry and purge runs to these projects (null: all). For tests sharing one database, so a test's
   * worker never expires or audits other tests' keys.
   */
  expiryProjectIds: string[] | null;
  /**
   * How often activity partitions are created ahead and dropped past the retention, and old
   * batch markers and notices pruned.
   */
  pruneEveryMs: number;
  /**
   * Recent activity rows kept per key, the latest (`LATCHKEY_ACTIVITY_PER_KEY`); the usage worker
   * trims a key's older rows as it passes each tenth of this, and lists show the latest this many.
   */
  activityPerKey: number;
  /** Concurrent usage jobs per worker process. */
  workerConcurrency: number;
  /**
   * How long a worker's lock on a job lasts without renewal; a worker that died holds it this long
   * before its jobs count as stalled and go back to the queue (BullMQ `lockDuration`).
   */
  lockDurationMs: number;
  /** How often workers look for stalled jobs (BullMQ `stalledInterval`). */
  stalledIntervalMs: number;
  /** How often the event relay reads new audit events and the webhook dispatcher new deliveries. */
  relayEveryMs: number;
  /** The event relay's cursor (`event_relay_cursors.name`): `default` for the deployment. */
  relayCursor: string;
  /**
   * Relay only these projects' events and dispatch only their deliveries (null: all; [] turns the
   * relay off). For tests sharing one database, so a test's workers never take another's events.
   */
  relayProjectIds: string[] | null;
  /** Waits between the attempts of a webhook delivery (DESIGN.md section 14): one attempt more than waits. */
  webhookRetryDelaysMs: number[];
  /** An endpoint whose deliveries fail this long without a success in between is disabled. */
  webhookDisableAfterMs: number;
  /** Timeout of one webhook attempt, from the connection to the response's status. */
  webhookTimeoutMs: number;
  /** Webhook attempts in flight at once per worker process. */
  webhookConcurrency: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export const DEFAULT_USAGE_OPTIONS: UsageOptions = {
  redisPrefix: 'latchkey',
  flushIntervalMs: 250,
  maxBatchSize: 500,
  directWriteAfterMs: 15_000,
  authFailuresPerMinute: 30,
  keyCacheSeconds: 60,
  keyCacheEntries: 10_000,
  expiryEveryMs: 60_000,
  expiryProjectIds: null,
  purgeEveryMs: 3_600_000,
  pruneEveryMs: 3_600_000,
  activityPerKey: 1000,
  workerConcurrency: 2,
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  relayEveryMs: 250,
  relayCursor: 'default',
  relayProjectIds: null,
  webhookRetryDelaysMs: [5_000, 5 * MINUTE_MS, 30 * MINUTE_MS, 2 * HOUR_MS, 5 * HOUR_MS, 10 * HOUR_MS, 10 * HOUR_MS],
  webhookDisableAfterMs: 72 * HOUR_MS,
  webhookTimeoutMs: 10_000,
  webhookConcurrency: 10,
};

/** Recent activity is kept at most 8 days: a day's partition is dropped once all of it is older. */
export const ACTIVITY_RETENTION_DAYS = 8;

/** BullMQ's prefix of the usage and expiry queues. */
export function queuePrefixOf(options: Pick<UsageOptions, 'redisPrefix'>): string {
  return options.redisPrefix;
}

/** Prefix of the rate limiter's counters, the failure budgets and the key generations. */
export function limiterPrefixOf(options: Pick<UsageOptions, 'redisPrefix'>): string {
  return `${options.redisPrefix}:rl`;
}

/**
 * Defaults, then `overrides`: in the processes, the prefix and the settings the environment
 * gave (`{ ...config.usage, redisPrefix: config.redisPrefix }`, read and checked by config.ts);
 * in tests, their own prefixes and schedules.
 */
export function usageOptionsOf(overrides: Partial<UsageOptions> = {}): UsageOptions {
  return { ...DEFAULT_USAGE_OPTIONS, ...overrides };
}
