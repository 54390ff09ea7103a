/**
 * The credential caches: each API process keeps the keys (with their project) and sessions (with
 * their user) it recently authenticated, confirmed per request by a generation in Redis, so a
 * cached credential costs no SQL and a revocation is still refused on every process on its very
 * next request. How and why: docs/key-cache.md. Writers never touch a cache: every change to a key
 * or session row goes through the one revocation point (revocation.ts).
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../shared/logger.js';

/** Generation counters live this long after their last change: far beyond any cache entry. */
const GENERATION_TTL_MS = 24 * 3600 * 1000;
/** Upper bound of `ttlMs`, so a generation always outlives the entries that read it. */
const MAX_ENTRY_TTL_MS = 3600 * 1000;

/** A cached credential: what was read, under the generation read just before it. */
export interface CacheEntry<Value> {
  value: Value;
  /** The credential's generation read before its rows were. */
  generation: string;
  storedAt: number;
}

/** The Redis key of a credential's generation: a prefix of its HMAC, never the credential itself. */
function generationKey(prefix: string, keyHash: string): string {
  return `${prefix}:generation:${keyHash.slice(0, 32)}`;
}

/**
 * Reads and increments key generations. API processes and workers both bump: whoever commits a
 * change to a key row.
 */
export class KeyGenerations {
  /** Bumps that failed (Redis unreachable), retried until they land. */
  private readonly failed = new Set<string>();
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  keyOf(keyHash: string): string {
    return generationKey(this.prefix, keyHash);
  }

  /** The current generation, or null when Redis cannot tell (then nothing may be cached). */
  async read(keyHash: string): Promise<string | null> {
    if (this.redis.status !== 'ready') return null;
    try {
      return (await this.redis.get(this.keyOf(keyHash))) ?? '0';
    } catch {
      return null;
    }
  }

  /**
   * Marks keys as changed, after the change is committed. Never throws: PostgreSQL already holds
   * the change, so a bump Redis refuses is retried in the background (and logged).
   */
  async bump(keyHashes: Iterable<string>): Promise<void> {
    const keys = [...new Set([...keyHashes].map((hash) => this.keyOf(hash)))];
    if (keys.length === 0) return;
    if (!(await this.increment(keys))) {
      for (const key of keys) this.failed.add(key);
      this.logger.warn({ keys: keys.length }, 'key generations not updated (Redis unavailable); retrying');
      this.scheduleRetry();
    }
  }

  private async increment(keys: string[]): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    try {
      const pipeline = this.redis.pipeline();
      for (const key of keys) pipeline.incr(key).pexpire(key, GENERATION_TTL_MS);
      const results = await pipeline.exec();
      return results?.every(([error]) => !error) ?? false;
    } catch {
      return false;
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null;
      const keys = [...this.failed];
      if (await this.increment(keys)) {
        for (const key of keys) this.failed.delete(key);
        this.logger.info({ keys: keys.length }, 'key generations updated after Redis came back');
      } else {
        this.scheduleRetry();
      }
    }, 1000);
    this.retryTimer.unref();
  }

  /** Stops retrying (at shutdown); bumps that never landed are logged. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.failed.size > 0) {
      this.logger.warn({ keys: this.failed.size }, 'key generations never updated: cached copies expire on their own');
    }
  }
}

export interface KeyCacheOptions {
  /** Entries older than this are read again from PostgreSQL; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
}

/** A generation as read before a key's rows, with the connection epoch it was read in. */
export interface GenerationRead {
  generation: string;
  epoch: number;
}

/**
 * This process's cached credentials of one kind, by their HMAC. Only credentials that passed
 * every check are stored. `KeyCache` holds keys with their project; the session cache sessions
 * with their user (admission.ts makes both).
 */
export class CredentialCache<Value> {
  private readonly entries = new Map<string, CacheEntry<Value>>();
  private readonly ttlMs: number;
  /** Incremented whenever the Redis connection closes: a read from before then is not trusted. */
  private epoch = 0;

  constructor(
    readonly generations: KeyGenerations,
    /** The connection the rate limiter checks generations on: its state decides whether the cache is usable. */
    private readonly connection: Redis,
    private readonly options: KeyCacheOptions,
  ) {
    this.ttlMs = Math.min(options.ttlMs, MAX_ENTRY_TTL_MS);
    // A closed connection may come back to a Redis that lost its generations: forget everything.
    connection.on('close', () => {
      this.epoch += 1;
      this.entries.clear();
    });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(keyHash: string, now = Date.now()): CacheEntry<Value> | undefined {
    if (!this.enabled || this.connection.status !== 'ready') return undefined;
    const entry = this.entries.get(keyHash);
    if (entry && now - entry.storedAt > this.ttlMs) {
      this.entries.delete(keyHash);
      return undefined;
    }
    return entry;
  }

  /** The key's generation, read before its rows are; null when it cannot be cached now. */
  async readGeneration(keyHash: string): Promise<GenerationRead | null> {
    if (!this.enabled) return null;
    const epoch = this.epoch;
    const generation = await this.generations.read(keyHash);
    return generation === null ? null : { generation, epoch };
  }

  /** Stores rows read after `read`; ignored when the connection closed in between. */
  set(keyHash: string, value: Value, read: GenerationRead, now = Date.now()): void {
    if (!this.enabled || read.epoch !== this.epoch) return;
    const { generation } = read;
    this.entries.delete(keyHash);
    if (this.entries.size >= this.options.maxEntries) {
      // Oldest first: a Map iterates in insertion order.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(keyHash, { value, generation, storedAt: now });
  }

  delete(keyHash: string): void {
    this.entries.delete(keyHash);
  }
}
