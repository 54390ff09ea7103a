/**
 * Per-key rate limits (minute, burst, day; DESIGN.md section 7) and the per-address budget of
 * failed authentications, counted in Redis by one Lua script per request (`ADMIT_SCRIPT`), so any
 * number of API processes share one budget; when Redis is unavailable the same algorithm runs on
 * in-process counters (`MemoryCounters`). The windows and the fallback: docs/rate-limits-and-usage.md.
 */
import { Redis } from 'ioredis';
import { type Logger, throttledWarning } from '../../shared/logger.js';
import { BURST_SECONDS } from '../../shared/plans.js';
import type { RedisConnection } from '../../shared/redis.js';
import { type EffectiveLimits, policyField } from './rate-limit-settings.js';

const MINUTE_MS = 60_000;
const DAY_SECONDS = 86_400;
/** The day counter lives a little past its UTC day; its key names the day, so it resets at midnight. */
const DAY_COUNTER_MS = (DAY_SECONDS + 3600) * 1000;
/** A key's credit count outlives its last use by this long (far beyond a month's refill). */
const CREDITS_TTL_MS = 40 * 24 * 3600 * 1000;
/** A burst is accepted while its 60 s counter has more than this left, i.e. in its first 10 s. */
const BURST_OPEN_MS = MINUTE_MS - BURST_SECONDS * 1000;

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

export interface AdmitRequest {
  /**
   * Whose windows to count: the key's lineage (`KeyRecord.lineageId`, shared across rotations);
   * null to check the address and generation only.
   */
  keyId: string | null;
  settings: EffectiveLimits | null;
  now: number;
  /** Refuse without counting when this address has used its budget of failed authentications. */
  address?: string | null;
  /** Report the key's generation; with `expected`, refuse as stale (counting nothing) when it differs. */
  generation?: { key: string; expected: string | null } | null;
  /** Spend credits of the key, in the same step (DESIGN.md section 13); absent for keys without. */
  credits?: CreditSpend | null;
}

/** Credits to take from a key's count, and how to start or refill the count. */
export interface CreditSpend {
  /** Names the count: the key's lineage and credits version (a new version starts afresh). */
  id: string;
  cost: number;
  /** The count to start from when none is kept yet (the last persisted one, or the refill). */
  initial: number;
  /** The refill period of now ('' without a refill): a count of an earlier period is refilled. */
  period: string;
  /** What a refill sets the count to (0 without a refill). */
  refillAmount: number;
}

/** The key's credits after this request, and whether this request was refused for want of them. */
export interface CreditOutcome {
  remaining: number;
  exhausted: boolean;
}

export type Admission =
  /** The address is over its failed-authentication budget. */
  | { kind: 'address-refused'; retryAfterSeconds: number }
  /** The key changed since it was cached: nothing was counted. */
  | { kind: 'stale' }
  /**
   * Counted; `generation` is the key's current generation (null when Redis was not used);
   * `credits` what is left when the request spent credits (refused when `exhausted`).
   */
  | { kind: 'decided'; decision: RateLimitDecision; generation: string | null; credits?: CreditOutcome | null };

interface WindowState {
  policy: 'minute' | 'day';
  limit: number;
  remaining: number;
  resetAt: Date;
}

export const UNLIMITED: RateLimitDecision = {
  allowed: true,
  state: null,
  retryAfterSeconds: null,
  headers: {},
  burst: false,
};

/** The UTC day of `now` as YYYY-MM-DD; remembered for the rest of that day (it names a counter on every request). */
let currentDay = { start: 0, end: 0, name: '' };
function utcDay(now: number): string {
  if (now < currentDay.start || now >= currentDay.end) {
    const start = now - (now % 86_400_000);
    currentDay = { start, end: start + 86_400_000, name: new Date(start).toISOString().slice(0, 10) };
  }
  return currentDay.name;
}

function nextUtcMidnight(now: number): Date {
  const day = new Date(now);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1));
}

/** X-RateLimit-* for the binding window, and the IETF RateLimit-Policy / RateLimit fields. */
export function rateLimitHeaders(settings: EffectiveLimits, binding: WindowState, now: number): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((binding.resetAt.getTime() - now) / 1000));
  return {
    'x-ratelimit-limit': String(binding.limit),
    'x-ratelimit-remaining': String(binding.remaining),
    'x-ratelimit-reset': String(Math.ceil(binding.resetAt.getTime() / 1000)),
    'ratelimit-policy': settings.policy ?? policyField(settings.perMinute, settings.perDay),
    ratelimit: `"${binding.policy}";r=${binding.remaining};t=${resetSeconds}`,
  };
}

/** What the counters said about one request: the raw material of a decision. */
interface Counts {
  /** The minute counter after this request, and its time to live. */
  minute: number;
  minuteTtlMs: number;
  burst: boolean;
  /** The day counter after this request (before any give-back). */
  day: number;
  refusedBy: 'minute' | 'day' | null;
}

function decisionOf(settings: EffectiveLimits, counts: Counts, now: number): RateLimitDecision {
  const windows: WindowState[] = [];
  if (settings.perMinute !== null) {
    windows.push({
      policy: 'minute',
      limit: settings.perMinute,
      remaining: Math.max(0, settings.perMinute - counts.minute),
      resetAt: new Date(now + Math.max(0, counts.minuteTtlMs)),
    });
  }
  if (settings.perDay !== null && counts.refusedBy !== 'minute') {
    windows.push({
      policy: 'day',
      limit: settings.perDay,
      remaining: Math.max(0, settings.perDay - counts.day),
      resetAt: nextUtcMidnight(now),
    });
  }
  if (counts.refusedBy) {
    const binding = windows.find((window) => window.policy === counts.refusedBy) as WindowState;
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
  const binding = windows.reduce((tightest, window) => (window.remaining < tightest.remaining ? window : tightest));
  return {
    allowed: true,
    state: { limit: binding.limit, remaining: binding.remaining, resetAt: binding.resetAt },
    retryAfterSeconds: null,
    headers: rateLimitHeaders(settings, binding, now),
    burst: counts.burst,
  };
}

function isUnlimited(settings: EffectiveLimits | null): boolean {
  return !settings || (settings.perMinute === null && settings.perDay === null);
}

/**
 * KEYS: 1 failed authentications of the address, 2 the key's generation, 3 minute, 4 burst, 5 day,
 * 6 credits. ARGV: 1 failure budget (0: no address check), 2 expected generation ('': no check),
 * 3 per minute (-1: none), 4 burst points (0: none), 5 per day (-1: none), 6 credit cost (-1: the
 * key has no credits), 7 initial credits, 8 refill period ('': none), 9 refill amount. The window
 * lengths are constants of the script's text (fewer arguments to encode and send on every request).
 * Credits are spent only by a request the windows allow; a refused one keeps them.
 * Returns one string of fields apart by spaces (one value to decode: ioredis decodes an array
 * element by element, 1.5 µs of a 10.8 µs call): `0 minute minute-ttl burst day refused (0, 1 minute,
 * 2 day) credits-left (-1: no credits) exhausted (1 when refused for want of credits) generation`,
 * `1 address-ttl` when the address is refused, or `2` when the generation is stale. Whole numbers
 * are written with `%d`: Lua's own number to text conversion loses digits past 14.
 * The same algorithm as `admitInMemory` below.
 */
const ADMIT_SCRIPT = `
local budget = tonumber(ARGV[1])
if budget > 0 then
  local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
  if failures >= budget then return string.format('1 %d', redis.call('PTTL', KEYS[1])) end
end
local generation = redis.call('GET', KEYS[2]) or '0'
if ARGV[2] ~= '' and generation ~= ARGV[2] then return '2' end
local perMinute, extra, perDay = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local minuteMs = ${MINUTE_MS}
local function hit(key, ttl)
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIRE', key, ttl) end
  return count, redis.call('PTTL', key)
end
local minute, minuteTtl, burst, day, refused = 0, 0, 0, 0, 0
if perMinute >= 0 then
  minute, minuteTtl = hit(KEYS[3], minuteMs)
  if minute > perMinute then
    if extra > 0 then
      local used, ttl = hit(KEYS[4], minuteMs)
      if used <= extra and ttl > ${BURST_OPEN_MS} then burst = 1 else refused = 1 end
    else
      refused = 1
    end
  end
end
if refused == 0 and perDay >= 0 then
  day = hit(KEYS[5], ${DAY_COUNTER_MS})
  if day > perDay then
    redis.call('DECR', KEYS[5])
    if burst == 1 then redis.call('DECR', KEYS[4]) elseif perMinute >= 0 then redis.call('DECR', KEYS[3]) end
    refused = 2
  end
end
local credits, exhausted = -1, 0
local cost = tonumber(ARGV[6])
if cost >= 0 then
  local state = redis.call('HMGET', KEYS[6], 'r', 'p')
  credits = tonumber(state[1]) or tonumber(ARGV[7])
  if state[1] and ARGV[8] ~= '' and state[2] ~= ARGV[8] then credits = tonumber(ARGV[9]) end
  if refused == 0 then
    if credits < cost then exhausted = 1 else credits = credits - cost end
  end
  redis.call('HSET', KEYS[6], 'r', credits, 'p', ARGV[8])
  redis.call('PEXPIRE', KEYS[6], ${CREDITS_TTL_MS})
end
return string.format('0 %d %d %d %d %d %d %d %s', minute, minuteTtl, burst, day, refused, credits, exhausted, generation)
`;

/** INCR with a window opened by the first failure. */
const FAILURE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`;

interface AdmitArguments {
  failureBudget: number;
  perMinute: number;
  burstPoints: number;
  perDay: number;
}

function argumentsOf(request: AdmitRequest, failureBudget: number): AdmitArguments {
  const settings = request.keyId && !isUnlimited(request.settings) ? request.settings : null;
  const perMinute = settings?.perMinute ?? null;
  return {
    failureBudget: request.address ? failureBudget : 0,
    perMinute: perMinute ?? -1,
    burstPoints: perMinute === null ? 0 : (settings?.burstPerMinute ?? perMinute) - perMinute,
    perDay: settings?.perDay ?? -1,
  };
}

/**
 * Fixed-window counters in this process: the fallback while Redis is unavailable (also of the
 * login throttle, src/modules/users/login-throttle.ts). Expired counters are swept once their
 * number passes a bound, so memory stays bounded.
 */
export class MemoryCounters {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();

  private live(key: string, now: number) {
    const counter = this.counters.get(key);
    if (counter && counter.expiresAt <= now) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }

  get(key: string, now: number): { count: number; ttlMs: number } {
    const counter = this.live(key, now);
    return counter ? { count: counter.count, ttlMs: counter.expiresAt - now } : { count: 0, ttlMs: -2 };
  }

  hit(key: string, ttlMs: number, now: number): { count: number; ttlMs: number } {
    let counter = this.live(key, now);
    if (!counter) {
      if (this.counters.size >= 100_000) this.sweep(now);
      counter = { count: 0, expiresAt: now + ttlMs };
      this.counters.set(key, counter);
    }
    counter.count += 1;
    // As the scripts' `INCR`, then `PEXPIRE` on 1: a counter given back to zero opens a new window.
    if (counter.count === 1) counter.expiresAt = now + ttlMs;
    return { count: counter.count, ttlMs: counter.expiresAt - now };
  }

  decrement(key: string, now: number): void {
    const counter = this.live(key, now);
    if (counter) counter.count -= 1;
  }

  private sweep(now: number): void {
    for (const [key, counter] of this.counters) if (counter.expiresAt <= now) this.counters.delete(key);
    // Still full of live counters (an attack on many addresses): start over rather than grow.
    if (this.counters.size >= 100_000) this.counters.clear();
  }
}

export interface RateLimiterOptions {
  prefix: string;
  /** Failed authentications allowed per client address per minute. */
  failuresPerMinute: number;
}

export class RateLimiter {
  private readonly memory = new MemoryCounters();
  /** Credit counts while Redis is unavailable (per process, like the windows). */
  private readonly credits = new Map<string, { remaining: number; period: string }>();
  /** Whether this event-loop turn's commands are being held for one write (`batchWrites`). */
  private corked = false;

  private readonly unavailable: (fields: Record<string, unknown>) => void;

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: RateLimiterOptions,
    logger: Logger,
  ) {
    this.unavailable = throttledWarning(
      logger,
      'rate limiter: Redis unavailable, limits are enforced per process until it is back',
    );
    redis.defineCommand('latchkeyAdmit', { numberOfKeys: 6, lua: ADMIT_SCRIPT });
    redis.defineCommand('latchkeyFailure', { numberOfKeys: 1, lua: FAILURE_SCRIPT });
  }

  /**
   * Lets the commands of one event-loop turn leave in one socket write. The first command of a
   * turn corks the connection; it is uncorked once the turn's I/O callbacks have run
   * (`setImmediate`), so a command waits at most for the requests that arrived with it. Under
   * load, Redis then reads and answers many requests' scripts at once instead of one per read.
   */
  private batchWrites(): void {
    // A cluster client writes to one socket per node; its commands leave as they come.
    if (this.corked || !(this.redis instanceof Redis)) return;
    const socket = this.redis.stream;
    socket.cork();
    this.corked = true;
    setImmediate(() => {
      this.corked = false;
      socket.uncork();
    });
  }

  /** Whether counts (and generations) come from Redis right now. */
  get shared(): boolean {
    return this.redis.status === 'ready';
  }

  private counterKeys(request: AdmitRequest): string[] {
    const { prefix } = this.options;
    const id = request.keyId ?? '-';
    return [
      `${prefix}:authfail:${request.address ?? '-'}`,
      request.generation?.key ?? `${prefix}:generation:-`,
      `${prefix}:minute:${id}`,
      `${prefix}:burst:${id}`,
      `${prefix}:day:${id}:${utcDay(request.now)}`,
      `${prefix}:credits:${request.credits?.id ?? '-'}`,
    ];
  }

  /**
   * Checks the address and the generation, then counts one request of the key against its
   * windows; all in one Redis round trip. Without Redis, counts in this process and never
   * reports a generation (nothing may then be served from the key cache).
   */
  async admit(request: AdmitRequest): Promise<Admission> {
    const args = argumentsOf(request, this.options.failuresPerMinute);
    if (!request.address && !request.generation && !request.credits && args.perMinute < 0 && args.perDay < 0) {
      return { kind: 'decided', decision: UNLIMITED, generation: null };
    }
    if (this.shared) {
      this.batchWrites();
      try {
        const reply = await (
          this.redis as unknown as { latchkeyAdmit(...args: (string | number)[]): Promise<string> }
        ).latchkeyAdmit(
          ...this.counterKeys(request),
          args.failureBudget,
          request.generation?.expected ?? '',
          args.perMinute,
          args.burstPoints,
          args.perDay,
          request.credits?.cost ?? -1,
          request.credits?.initial ?? 0,
          request.credits?.period ?? '',
          request.credits?.refillAmount ?? 0,
        );
        return this.admissionOf(request, reply);
      } catch (error) {
        this.warn(error);
      }
    } else {
      this.warn(null);
    }
    // Counted in this process; a cached key is never trusted without Redis.
    if (request.generation?.expected != null) return { kind: 'stale' };
    return this.admitInMemory(request, args);
  }

  private admissionOf(request: AdmitRequest, reply: string): Admission {
    const fields = reply.split(' ');
    const status = fields[0];
    if (status === '1') return { kind: 'address-refused', retryAfterSeconds: retryAfterOf(Number(fields[1])) };
    if (status === '2') return { kind: 'stale' };
    const [, minute, minuteTtl, burst, day, refused, credits, exhausted] = fields;
    return {
      kind: 'decided',
      // Generations are written by INCR only: a whole number, no spaces.
      generation: fields[8] ?? '0',
      credits: request.credits ? { remaining: Number(credits), exhausted: exhausted === '1' } : null,
      decision: this.decide(request, {
        minute: Number(minute),
        minuteTtlMs: Number(minuteTtl),
        burst: burst === '1',
        day: Number(day),
        refusedBy: refused === '1' ? 'minute' : refused === '2' ? 'day' : null,
      }),
    };
  }

  private decide(request: AdmitRequest, counts: Counts): RateLimitDecision {
    if (!request.keyId || !request.settings || isUnlimited(request.settings)) return UNLIMITED;
    return decisionOf(request.settings, counts, request.now);
  }

  /** `ADMIT_SCRIPT` on this process's counters. */
  private admitInMemory(request: AdmitRequest, args: AdmitArguments): Admission {
    const { now } = request;
    const [failures, , minuteKey, burstKey, dayKey, creditsKey] = this.counterKeys(request) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (args.failureBudget > 0) {
      const used = this.memory.get(failures, now);
      if (used.count >= args.failureBudget) {
        return { kind: 'address-refused', retryAfterSeconds: retryAfterOf(used.ttlMs) };
      }
    }
    const counts: Counts = { minute: 0, minuteTtlMs: 0, burst: false, day: 0, refusedBy: null };
    if (args.perMinute >= 0) {
      const minute = this.memory.hit(minuteKey, MINUTE_MS, now);
      counts.minute = minute.count;
      counts.minuteTtlMs = minute.ttlMs;
      if (minute.count > args.perMinute) {
        const burst = args.burstPoints > 0 ? this.memory.hit(burstKey, MINUTE_MS, now) : null;
        if (burst && burst.count <= args.burstPoints && burst.ttlMs > BURST_OPEN_MS) counts.burst = true;
        else counts.refusedBy = 'minute';
      }
    }
    if (!counts.refusedBy && args.perDay >= 0) {
      counts.day = this.memory.hit(dayKey, DAY_COUNTER_MS, now).count;
      if (counts.day > args.perDay) {
        this.memory.decrement(dayKey, now);
        if (counts.burst) this.memory.decrement(burstKey, now);
        else if (args.perMinute >= 0) this.memory.decrement(minuteKey, now);
        counts.refusedBy = 'day';
      }
    }
    const credits = request.credits ? this.spendInMemory(creditsKey, request.credits, counts.refusedBy === null) : null;
    return { kind: 'decided', generation: null, decision: this.decide(request, counts), credits };
  }

  /** The credits part of `ADMIT_SCRIPT` on this process's counts. */
  private spendInMemory(key: string, spend: CreditSpend, allowed: boolean): CreditOutcome {
    const kept = this.credits.get(key);
    let remaining = kept ? kept.remaining : spend.initial;
    if (kept && spend.period !== '' && kept.period !== spend.period) remaining = spend.refillAmount;
    let exhausted = false;
    if (allowed) {
      if (remaining < spend.cost) exhausted = true;
      else remaining -= spend.cost;
    }
    if (this.credits.size >= 100_000 && !kept) this.credits.clear();
    this.credits.set(key, { remaining, period: spend.period });
    return { remaining, exhausted };
  }

  /** A key's credits now, without spending any (what `ApiKey.credits` shows). */
  async peekCredits(spend: CreditSpend): Promise<number> {
    const key = `${this.options.prefix}:credits:${spend.id}`;
    let kept: { remaining: number; period: string } | undefined;
    if (this.shared) {
      try {
        const [remaining, period] = await this.redis.hmget(key, 'r', 'p');
        if (remaining !== null) kept = { remaining: Number(remaining), period: period ?? '' };
      } catch (error) {
        this.warn(error);
        kept = this.credits.get(key);
      }
    } else {
      kept = this.credits.get(key);
    }
    if (!kept) return spend.initial;
    return spend.period !== '' && kept.period !== spend.period ? spend.refillAmount : kept.remaining;
  }

  /** Counts one failed authentication of an address (in Redis, else in this process). */
  async recordFailure(address: string | null, now = Date.now()): Promise<void> {
    if (!address) return;
    const key = `${this.options.prefix}:authfail:${address}`;
    if (this.shared) {
      this.batchWrites();
      try {
        await (this.redis as unknown as { latchkeyFailure(key: string, ttl: number): Promise<number> }).latchkeyFailure(
          key,
          MINUTE_MS,
        );
        return;
      } catch (error) {
        this.warn(error);
      }
    }
    this.memory.hit(key, MINUTE_MS, now);
  }

  /** Warns (at most every 10 s) that limits are held per process because Redis is unavailable. */
  private warn(error: unknown): void {
    this.unavailable({ redisStatus: this.redis.status, err: error ?? undefined });
  }
}

function retryAfterOf(ttlMs: number): number {
  return Math.max(1, Math.ceil(Math.max(0, ttlMs) / 1000));
}
