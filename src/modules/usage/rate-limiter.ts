/**
 * Per-key rate limits (DESIGN.md section 7) on rate-limiter-flexible's RateLimiterRedis: every
 * counter is one atomic Lua increment in Redis, so any number of API processes share one budget.
 *
 * The windows of a key with per-minute limit L and per-day limit D:
 *
 * - minute: L requests in a 60 s window that opens with the key's first request;
 * - burst: once the minute budget is spent, L more requests (the burst reaches 2× the per-minute
 *   limit) are accepted for up to 10 s after the first of them; the burst budget then stays spent
 *   for 60 s from its start, so a key gets at most one burst per minute;
 * - day: D requests per UTC calendar day, reset at 00:00 UTC.
 *
 * TEST keys get 10× L (see `rateLimitSettingsOf`). A key without any limit (ENTERPRISE without an
 * override) is not counted at all. A refused request is not counted against the day, and a request
 * refused by the day limit gives its minute point back.
 *
 * When Redis fails, each counter falls back to an in-process RateLimiterMemory with the same limits
 * (rate-limiter-flexible's insurance limiter): limits keep holding per process, never crash a
 * request, and a warning is logged. See README "Rate limits and usage".
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../../shared/logger.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { type EffectiveLimits, rateLimitSettingsOf } from '../api-keys/rate-limit-settings.js';
import { BURST_SECONDS, limitsOf } from '../projects/plans.js';

const MINUTE_SECONDS = 60;
const DAY_SECONDS = 86_400;

/** Where a key stands in its binding window; the shape of the GraphQL `RateLimitState`. */
export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  resetAt: Date;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The binding window after this request; null when the key is unlimited. */
  state: RateLimitSnapshot | null;
  /** Whole seconds until a retry can succeed; set when refused. */
  retryAfterSeconds: number | null;
  /** Response headers: X-RateLimit-*, IETF RateLimit-Policy / RateLimit, and Retry-After when refused. */
  headers: Record<string, string>;
  /** Accepted from the burst allowance. */
  burst: boolean;
}

interface WindowState {
  policy: 'minute' | 'day';
  limit: number;
  remaining: number;
  resetAt: Date;
}

const UNLIMITED: RateLimitDecision = {
  allowed: true,
  state: null,
  retryAfterSeconds: null,
  headers: {},
  burst: false,
};

function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function nextUtcMidnight(now: number): Date {
  const day = new Date(now);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1));
}

/** Resolves with the limiter's answer whether the point was granted or refused. */
async function attempt(
  limiter: RateLimiterRedis,
  key: string,
  points = 1,
): Promise<{ granted: boolean; res: RateLimiterRes }> {
  try {
    return { granted: true, res: await limiter.consume(key, points) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { granted: false, res: rejection };
    throw rejection;
  }
}

function windowOf(policy: WindowState['policy'], limit: number, res: RateLimiterRes, now: number): WindowState {
  return {
    policy,
    limit,
    remaining: Math.max(0, limit - res.consumedPoints),
    resetAt: policy === 'minute' ? new Date(now + res.msBeforeNext) : nextUtcMidnight(now),
  };
}

/** The IETF `RateLimit-Policy` field: every window the key has, e.g. `"minute";q=100;w=60, "day";q=10000;w=86400`. */
function policyField(settings: EffectiveLimits): string {
  const policies: string[] = [];
  if (settings.perMinute !== null) policies.push(`"minute";q=${settings.perMinute};w=${MINUTE_SECONDS}`);
  if (settings.perDay !== null) policies.push(`"day";q=${settings.perDay};w=${DAY_SECONDS}`);
  return policies.join(', ');
}

/** X-RateLimit-* for the binding window, and the IETF RateLimit-Policy / RateLimit fields. */
export function rateLimitHeaders(settings: EffectiveLimits, binding: WindowState, now: number): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((binding.resetAt.getTime() - now) / 1000));
  return {
    'x-ratelimit-limit': String(binding.limit),
    'x-ratelimit-remaining': String(binding.remaining),
    'x-ratelimit-reset': String(Math.ceil(binding.resetAt.getTime() / 1000)),
    'ratelimit-policy': policyField(settings),
    ratelimit: `"${binding.policy}";r=${binding.remaining};t=${resetSeconds}`,
  };
}

export class KeyRateLimiter {
  private readonly limiters = new Map<string, RateLimiterRedis>();
  private lastWarning = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  /** One limiter per (kind, points): the counter key holds no limit, so a changed override applies at once. */
  private limiter(kind: 'minute' | 'burst' | 'day', points: number): RateLimiterRedis {
    const name = `${kind}:${points}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      // The day counter lives a little past its UTC day; its key names the day, so it resets at midnight.
      const duration = kind === 'day' ? DAY_SECONDS + 3600 : MINUTE_SECONDS;
      const keyPrefix = `${this.prefix}:${kind}`;
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      });
      if (this.limiters.size > 1000) this.limiters.clear();
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Warns (at most every 10 s) that limits are held per process because Redis is unavailable. */
  private warnIfDegraded(): void {
    if (this.redis.status === 'ready') return;
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.logger.warn(
      { redisStatus: this.redis.status },
      'rate limiter: Redis unavailable, limits are enforced per process until it is back',
    );
  }

  /** Counts one request of `key` (whose project is on `plan`) and decides whether it may run. */
  async consume(key: ApiKey, plan: string, now = Date.now()): Promise<RateLimitDecision> {
    const settings = rateLimitSettingsOf(key, limitsOf(plan));
    if (settings.perMinute === null && settings.perDay === null) return UNLIMITED;
    this.warnIfDegraded();
    try {
      return await this.decide(key.id, settings, now);
    } catch (error) {
      // Both Redis and the in-memory insurance failed: let the request through rather than fail it.
      this.logger.warn({ err: error, keyId: key.id }, 'rate limiter failed; request allowed');
      return UNLIMITED;
    }
  }

  private async decide(keyId: string, settings: EffectiveLimits, now: number): Promise<RateLimitDecision> {
    const windows: WindowState[] = [];
    let refundMinute: (() => Promise<unknown>) | null = null;
    let burst = false;

    if (settings.perMinute !== null) {
      const minuteLimiter = this.limiter('minute', settings.perMinute);
      const minute = await attempt(minuteLimiter, keyId);
      const window = windowOf('minute', settings.perMinute, minute.res, now);
      windows.push(window);
      if (minute.granted) {
        refundMinute = () => minuteLimiter.reward(keyId);
      } else {
        const extra = (settings.burstPerMinute ?? settings.perMinute) - settings.perMinute;
        const burstLimiter = extra > 0 ? this.limiter('burst', extra) : null;
        const burstAttempt = burstLimiter ? await attempt(burstLimiter, keyId) : null;
        // The burst counter's window opened with its first request; accept only in its first 10 s.
        const withinBurst =
          burstAttempt?.granted === true &&
          burstAttempt.res.msBeforeNext > (MINUTE_SECONDS - BURST_SECONDS) * 1000 &&
          burstLimiter !== null;
        if (!withinBurst) return this.refusal(settings, window, now);
        burst = true;
        refundMinute = () => burstLimiter.reward(keyId);
      }
    }

    if (settings.perDay !== null) {
      const dayLimiter = this.limiter('day', settings.perDay);
      const dayKey = `${keyId}:${utcDay(now)}`;
      const day = await attempt(dayLimiter, dayKey);
      const window = windowOf('day', settings.perDay, day.res, now);
      windows.push(window);
      if (!day.granted) {
        // The request is refused: it uses neither its day point nor its minute (or burst) point.
        await Promise.all([dayLimiter.reward(dayKey), refundMinute?.()]);
        return this.refusal(settings, window, now);
      }
    }

    const binding = windows.reduce((tightest, window) => (window.remaining < tightest.remaining ? window : tightest));
    return {
      allowed: true,
      state: { limit: binding.limit, remaining: binding.remaining, resetAt: binding.resetAt },
      retryAfterSeconds: null,
      headers: rateLimitHeaders(settings, binding, now),
      burst,
    };
  }

  private refusal(settings: EffectiveLimits, binding: WindowState, now: number): RateLimitDecision {
    const exhausted = { ...binding, remaining: 0 };
    const retryAfterSeconds = Math.max(1, Math.ceil((binding.resetAt.getTime() - now) / 1000));
    return {
      allowed: false,
      state: { limit: exhausted.limit, remaining: 0, resetAt: exhausted.resetAt },
      retryAfterSeconds,
      headers: { ...rateLimitHeaders(settings, exhausted, now), 'retry-after': String(retryAfterSeconds) },
      burst: false,
    };
  }
}

/**
 * Failed authentications per client address, so keys and session tokens cannot be guessed at
 * speed. Only failures that reached the database count (an unknown key or session): a malformed
 * key is refused without I/O and tells a guesser nothing. Once an address has used its budget,
 * every request from it that carries a credential is refused with 429 before any lookup.
 */
export class AuthFailureLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly failuresPerMinute: number,
  ) {
    const keyPrefix = `${prefix}:authfail`;
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points: failuresPerMinute,
      duration: MINUTE_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: failuresPerMinute, duration: MINUTE_SECONDS }),
    });
  }

  /** Seconds the address must wait, or null when it may try. */
  async retryAfter(address: string | null): Promise<number | null> {
    if (!address) return null;
    const res = await this.limiter.get(address).catch(() => null);
    if (!res || res.consumedPoints < this.failuresPerMinute) return null;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  async recordFailure(address: string | null): Promise<void> {
    if (!address) return;
    await this.limiter.consume(address).catch(() => undefined);
  }
}
