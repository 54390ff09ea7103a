/**
 * The rate limiter's two implementations of one algorithm agree: the Lua script in Redis and the
 * in-process counters used while Redis is down (src/modules/usage/rate-limiter.ts) are fed the same
 * sequences of requests at the same times and must take the same decisions.
 *
 * Each request carries its `now`; Redis keeps time with its own clock. A virtual clock bridges the
 * two: before each request it moves every expiry of the test's keys by the difference between the
 * time the sequence advanced and the time Redis's clock advanced, so a 60 s window passes in no
 * time and waiting in between costs nothing; the windows a request opens are dated from its `now`.
 * Redis's clock still runs for the few milliseconds between that move and the script, so times in
 * the sequences sit on half seconds (every window edge then falls on a request's time exactly, or
 * half a second from it) and `resetAt` is compared to the second (the headers are compared exactly).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveLimits } from '../../../src/modules/rate-limits/rate-limit-settings.js';
import { type Admission, type AdmitRequest, RateLimiter } from '../../../src/modules/rate-limits/rate-limiter.js';
import { createLogger } from '../../../src/shared/logger.js';
import { TEST_REDIS_URL } from '../../helpers/env.js';

const SECOND = 1000;
/** Mid-second, so that whole-second figures are never on an edge. */
const START = Date.UTC(2026, 0, 15, 23, 58, 0) + 500;
const FAILURES_PER_MINUTE = 3;

let redis: Redis;
const prefixes: string[] = [];
beforeAll(async () => {
  redis = new Redis(TEST_REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await new Promise((resolve) => redis.once('ready', resolve));
});
afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
});

/** Redis's clock in milliseconds. */
async function redisNow(): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
}

/** Two limiters, Redis's and in-process, and the virtual clock of the Redis side. */
async function pair() {
  const prefix = `latchkey-test-agreement-${randomUUID()}`;
  prefixes.push(prefix);
  const logger = createLogger('silent');
  const shared = new RateLimiter(redis, { prefix, failuresPerMinute: FAILURES_PER_MINUTE }, logger);
  const offline = new Redis({ lazyConnect: true, enableOfflineQueue: false });
  const local = new RateLimiter(offline, { prefix, failuresPerMinute: FAILURES_PER_MINUTE }, logger);
  expect(shared.shared && !local.shared).toBe(true);

  let virtual = START;
  let real = await redisNow();
  /** Makes Redis's expiries read as if its clock had moved from the last call to `at`. */
  async function moveTo(at: number): Promise<void> {
    const now = await redisNow();
    const ahead = at - virtual - (now - real);
    virtual = at;
    real = now;
    if (ahead === 0) return;
    for (const key of await redis.keys(`${prefix}:*`)) {
      const expiresAt = await redis.pexpiretime(key);
      if (expiresAt > 0) await redis.pexpireat(key, expiresAt - ahead);
    }
  }

  async function expiries(): Promise<Map<string, number>> {
    const keys = await redis.keys(`${prefix}:*`);
    return new Map(await Promise.all(keys.map(async (key) => [key, await redis.pexpiretime(key)] as const)));
  }

  /**
   * Runs `count` on Redis at `at`, then dates the windows it opened from `at` itself: the script
   * ran a few milliseconds after the clock was set, and its windows (whole seconds) would end that
   * much later than the in-process ones.
   */
  async function onRedisAt<T>(at: number, count: () => Promise<T>): Promise<T> {
    await moveTo(at);
    const before = await expiries();
    const result = await count();
    for (const [key, expiresAt] of await expiries()) {
      if (expiresAt <= 0 || before.get(key) === expiresAt) continue;
      await redis.pexpireat(key, real + Math.floor((expiresAt - real) / 1000) * 1000);
    }
    return result;
  }

  /** One request on both sides: the two admissions, comparable. */
  async function admit(request: Omit<AdmitRequest, 'now'>, at: number) {
    const fromRedis = await onRedisAt(at, () => shared.admit({ ...request, now: at }));
    const fromMemory = await local.admit({ ...request, now: at });
    return { redis: comparable(fromRedis), memory: comparable(fromMemory) };
  }

  async function recordFailure(address: string, at: number): Promise<void> {
    await onRedisAt(at, () => shared.recordFailure(address, at));
    await local.recordFailure(address, at);
  }
  return { admit, recordFailure };
}

/** An admission without what differs by design (only Redis knows generations), `resetAt` to the second. */
function comparable(admission: Admission) {
  if (admission.kind !== 'decided') return admission;
  const { state, ...decision } = admission.decision;
  return {
    kind: admission.kind,
    ...decision,
    state: state && { ...state, resetAt: Math.ceil(state.resetAt.getTime() / 1000) },
  };
}

function limits(perMinute: number | null, perDay: number | null, burst = true): EffectiveLimits {
  const burstPerMinute = perMinute === null ? null : burst ? perMinute * 2 : perMinute;
  return { perMinute, perDay, burstPerMinute, source: 'KEY' };
}

/** A step of a sequence: `count` requests at `at` (ms after START). */
interface Step {
  at: number;
  count?: number;
  settings: EffectiveLimits;
  keyId?: string;
  address?: string;
  /** Record this many failed authentications of `address` first. */
  failures?: number;
}

/** Runs `steps` on both limiters; returns the decisions (the same on both sides) for further checks. */
async function agreeOn(steps: Step[]) {
  const limiters = await pair();
  const decisions: ReturnType<typeof comparable>[] = [];
  for (const [index, step] of steps.entries()) {
    const at = START + step.at;
    for (let failure = 0; failure < (step.failures ?? 0); failure += 1) {
      await limiters.recordFailure(step.address ?? '-', at);
    }
    for (let i = 0; i < (step.count ?? 1); i += 1) {
      const request = { keyId: step.keyId ?? 'key-1', settings: step.settings, address: step.address ?? null };
      const { redis: fromRedis, memory } = await limiters.admit(request, at);
      expect(memory, `step ${index} (at +${step.at} ms), request ${i + 1}`).toEqual(fromRedis);
      decisions.push(fromRedis);
    }
  }
  return decisions;
}

const allowedOf = (decisions: Awaited<ReturnType<typeof agreeOn>>) =>
  decisions.map((decision) => (decision.kind === 'decided' ? decision.allowed : decision.kind));

describe('Lua and in-process counters', () => {
  it('agree on the minute window', async () => {
    const settings = limits(3, null, false);
    const decisions = await agreeOn([
      { at: 0, count: 4, settings },
      { at: 30 * SECOND, settings },
      { at: 59.5 * SECOND, settings },
      { at: 60 * SECOND, count: 4, settings },
    ]);
    expect(allowedOf(decisions)).toEqual([true, true, true, false, false, false, true, true, true, false]);
  });

  it('agree on the burst: 2× for 10 s, then spent for 60 s from its start', async () => {
    const settings = limits(2, null);
    const decisions = await agreeOn([
      { at: 0, count: 2, settings },
      { at: 5 * SECOND, settings },
      { at: 14.5 * SECOND, settings },
      { at: 15 * SECOND, settings },
      { at: 60 * SECOND, count: 3, settings },
      { at: 64.5 * SECOND, settings },
      { at: 65 * SECOND, count: 3, settings },
    ]);
    expect(allowedOf(decisions)).toEqual([true, true, true, true, false, true, true, false, false, true, true, false]);
  });

  it('agree on the day window and its give-back, across midnight UTC', async () => {
    const withDay = limits(3, 4);
    const minuteOnly = limits(3, null);
    const decisions = await agreeOn([
      { at: 0, count: 6, settings: withDay },
      { at: SECOND, count: 4, settings: minuteOnly },
      { at: 2 * SECOND, count: 2, settings: withDay },
      // START is 23:58:00.5 UTC: the day ends 119.5 s later.
      { at: 119 * SECOND, count: 2, settings: withDay },
      { at: 120 * SECOND, count: 5, settings: withDay },
    ]);
    expect(allowedOf(decisions)).toEqual([
      ...[true, true, true, true, false, false],
      ...[true, true, false, false],
      ...[false, false],
      ...[false, false],
      ...[true, true, true, true, false],
    ]);
  });

  it('agree on the failed-authentication budget of an address', async () => {
    const settings = limits(5, 100);
    const decisions = await agreeOn([
      { at: 0, settings, address: '192.0.2.7', failures: 2 },
      { at: 10 * SECOND, settings, address: '192.0.2.7', failures: 1 },
      { at: 20 * SECOND, settings, address: '192.0.2.8' },
      { at: 60 * SECOND, settings, address: '192.0.2.7' },
    ]);
    expect(allowedOf(decisions)).toEqual([true, 'address-refused', true, true]);
  });

  it('agree on a long mixed sequence of keys, limits and pauses', async () => {
    let seed = 12_345;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor(seed / 2 ** 16) % below;
    };
    const choices = [limits(4, 30), limits(4, null), limits(2, 10, false), limits(40, 25), limits(null, 12)];
    const pauses = [0, 0, 500, 1000, 4500, 9500, 10_000, 20_000, 60_000];
    const steps: Step[] = [];
    let at = 0;
    for (let step = 0; step < 120; step += 1) {
      at += pauses[random(pauses.length)] ?? 0;
      const address = random(3) === 0 ? `192.0.2.${random(3)}` : undefined;
      steps.push({
        at,
        count: 1 + random(6),
        settings: choices[random(choices.length)] as EffectiveLimits,
        keyId: `key-${random(3)}`,
        address,
        failures: address && random(3) === 0 ? 1 + random(3) : 0,
      });
    }
    const decisions = await agreeOn(steps);
    // The sequence exercises every outcome, so agreeing means something.
    const kinds = new Set(
      decisions.map((decision) =>
        decision.kind !== 'decided'
          ? decision.kind
          : !decision.allowed
            ? `refused:${decision.headers.ratelimit?.split(';')[0]}`
            : decision.burst
              ? 'burst'
              : 'allowed',
      ),
    );
    expect([...kinds].sort()).toEqual(['address-refused', 'allowed', 'burst', 'refused:"day"', 'refused:"minute"']);
  });
});
