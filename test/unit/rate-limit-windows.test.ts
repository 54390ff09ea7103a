/**
 * The window maths of the rate limiter (src/modules/usage/rate-limiter.ts), on its in-process
 * counters: a limiter whose Redis client never connects counts in memory, as it does in production
 * while Redis is down. Time is the `now` of each request, so the sequences run in no time.
 * test/integration/usage/limiter-agreement.test.ts feeds such sequences to the Redis script too.
 */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { type EffectiveLimits, rateLimitSettingsOf } from '../../src/modules/rate-limits/rate-limit-settings.js';
import { type Admission, type RateLimitDecision, RateLimiter } from '../../src/modules/rate-limits/rate-limiter.js';
import { createLogger } from '../../src/shared/logger.js';
import { PLAN_LIMITS } from '../../src/shared/plans.js';

const SECOND = 1000;
/** Mid-second, so whole-second figures (reset, retry-after) are never on an edge. */
const START = Date.UTC(2026, 0, 15, 12, 0, 0) + 500;
const NEXT_MIDNIGHT = Date.UTC(2026, 0, 16);

/** A limiter counting in this process: its client is lazy and never asked for anything. */
function memoryLimiter(failuresPerMinute = 5): RateLimiter {
  const offline = new Redis({ lazyConnect: true, enableOfflineQueue: false });
  return new RateLimiter(offline, { prefix: 'unit', failuresPerMinute }, createLogger('silent'));
}

function limits(perMinute: number | null, perDay: number | null, burst = true): EffectiveLimits {
  const burstPerMinute = perMinute === null ? null : burst ? perMinute * 2 : perMinute;
  return { perMinute, perDay, burstPerMinute, source: 'KEY' };
}

function decided(admission: Admission): RateLimitDecision {
  if (admission.kind !== 'decided') throw new Error(`expected a decision, got ${JSON.stringify(admission)}`);
  return admission.decision;
}

async function admit(limiter: RateLimiter, settings: EffectiveLimits, now: number, keyId = 'key-1') {
  return decided(await limiter.admit({ keyId, settings, now }));
}

/** `count` requests at `now`, their decisions in order. */
async function admitMany(limiter: RateLimiter, settings: EffectiveLimits, now: number, count: number) {
  const decisions: RateLimitDecision[] = [];
  for (let i = 0; i < count; i += 1) decisions.push(await admit(limiter, settings, now));
  return decisions;
}

describe('the minute window', () => {
  it('accepts the limit in 60 s from the first request, then refuses until the window closes', async () => {
    const limiter = memoryLimiter();
    const settings = limits(3, null, false);
    const accepted = await admitMany(limiter, settings, START, 3);
    expect(accepted.map((decision) => [decision.allowed, decision.state?.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);

    const refused = await admit(limiter, settings, START + 20 * SECOND);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 40, burst: false });
    expect(refused.state).toEqual({ limit: 3, remaining: 0, resetAt: new Date(START + 60 * SECOND) });
    expect((await admit(limiter, settings, START + 59.5 * SECOND)).allowed).toBe(false);

    const reopened = await admit(limiter, settings, START + 60 * SECOND);
    expect(reopened).toMatchObject({ allowed: true, state: { remaining: 2 } });
    expect(reopened.state?.resetAt).toEqual(new Date(START + 120 * SECOND));
  });

  it('counts each key on its own', async () => {
    const limiter = memoryLimiter();
    const settings = limits(1, null, false);
    expect((await admit(limiter, settings, START, 'a')).allowed).toBe(true);
    expect((await admit(limiter, settings, START, 'a')).allowed).toBe(false);
    expect((await admit(limiter, settings, START, 'b')).allowed).toBe(true);
  });
});

describe('the burst', () => {
  it('accepts up to 2× the per-minute limit, then refuses until the minute window closes', async () => {
    const limiter = memoryLimiter();
    const settings = limits(3, null);
    const decisions = await admitMany(limiter, settings, START, 7);
    expect(decisions.map((decision) => [decision.allowed, decision.burst])).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, true],
      [true, true],
      [true, true],
      [false, false],
    ]);
    expect(decisions[5]?.state).toMatchObject({ limit: 3, remaining: 0 });
    expect(decisions[6]?.retryAfterSeconds).toBe(60);
  });

  it('is open for 10 s from its first request', async () => {
    const limiter = memoryLimiter();
    const settings = limits(3, null);
    await admitMany(limiter, settings, START, 3);
    const burstStart = START + 5 * SECOND;
    expect((await admit(limiter, settings, burstStart)).burst).toBe(true);
    expect((await admit(limiter, settings, burstStart + 9.5 * SECOND)).burst).toBe(true);
    // One burst point is left, but the burst closed 10 s after it opened.
    const late = await admit(limiter, settings, burstStart + 10 * SECOND);
    expect(late).toMatchObject({ allowed: false, burst: false, retryAfterSeconds: 45 });
  });

  it('stays spent for 60 s from its start, so a key gets one burst per minute', async () => {
    const limiter = memoryLimiter();
    const settings = limits(2, null);
    await admitMany(limiter, settings, START, 2);
    const burstStart = START + 20 * SECOND;
    expect((await admit(limiter, settings, burstStart)).burst).toBe(true);

    // A new minute window: its budget is spent, and the burst of 20 s ago still counts.
    const minute2 = START + 60 * SECOND;
    expect((await admitMany(limiter, settings, minute2, 2)).every((decision) => decision.allowed)).toBe(true);
    expect(await admit(limiter, settings, minute2 + SECOND)).toMatchObject({ allowed: false, burst: false });
    expect((await admit(limiter, settings, burstStart + 59.5 * SECOND)).allowed).toBe(false);

    // 60 s after the first burst began, the next one may open.
    expect(await admit(limiter, settings, burstStart + 60 * SECOND)).toMatchObject({ allowed: true, burst: true });
  });
});

describe('the day window', () => {
  it('refuses past the daily limit until the next UTC midnight, and binds the headers to the tighter window', async () => {
    const limiter = memoryLimiter();
    const settings = limits(10, 3);
    const accepted = await admitMany(limiter, settings, START, 3);
    expect(accepted.map((decision) => decision.state)).toEqual([
      { limit: 3, remaining: 2, resetAt: new Date(NEXT_MIDNIGHT) },
      { limit: 3, remaining: 1, resetAt: new Date(NEXT_MIDNIGHT) },
      { limit: 3, remaining: 0, resetAt: new Date(NEXT_MIDNIGHT) },
    ]);
    const refused = await admit(limiter, settings, START);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: (NEXT_MIDNIGHT - START + 500) / SECOND });
    expect(refused.headers.ratelimit).toBe(`"day";r=0;t=${(NEXT_MIDNIGHT - START + 500) / SECOND}`);
    expect((await admit(limiter, settings, NEXT_MIDNIGHT - 1)).allowed).toBe(false);
    expect(await admit(limiter, settings, NEXT_MIDNIGHT)).toMatchObject({ allowed: true, state: { remaining: 2 } });
  });

  it('gives the minute point back when the day refuses, and counts no refusal against the day', async () => {
    const limiter = memoryLimiter();
    const withDay = limits(3, 2, false);
    await admitMany(limiter, withDay, START, 2);
    const refused = await admitMany(limiter, withDay, START + SECOND, 6);
    expect(refused.every((decision) => !decision.allowed && decision.headers.ratelimit?.startsWith('"day"'))).toBe(
      true,
    );
    // The minute counted the two accepted requests only: one point is left of its three.
    const minuteOnly = limits(3, null, false);
    expect(await admit(limiter, minuteOnly, START + 2 * SECOND)).toMatchObject({
      allowed: true,
      state: { remaining: 0 },
    });
    expect((await admit(limiter, minuteOnly, START + 2 * SECOND)).allowed).toBe(false);
  });

  it('opens no minute window for a request the day refused: the next counted one opens it', async () => {
    const limiter = memoryLimiter();
    await admit(limiter, limits(3, 1, false), START);
    expect((await admit(limiter, limits(3, 1, false), START + 70 * SECOND)).allowed).toBe(false);
    const next = await admit(limiter, limits(3, null, false), START + 100 * SECOND);
    expect(next.state).toEqual({ limit: 3, remaining: 2, resetAt: new Date(START + 160 * SECOND) });
  });

  it('gives the burst point back when the day refuses a burst request', async () => {
    const limiter = memoryLimiter();
    const withDay = limits(2, 3);
    await admitMany(limiter, withDay, START, 2);
    expect(await admit(limiter, withDay, START)).toMatchObject({ allowed: true, burst: true });
    // The day is spent: this burst request is refused and its burst point returned ...
    expect(await admit(limiter, withDay, START)).toMatchObject({ allowed: false, burst: false });
    // ... so the burst still has its second point for the same key under an unlimited day.
    const minuteOnly = limits(2, null);
    expect(await admit(limiter, minuteOnly, START + SECOND)).toMatchObject({ allowed: true, burst: true });
    expect((await admit(limiter, minuteOnly, START + SECOND)).allowed).toBe(false);
  });

  it('does not count requests the minute refused', async () => {
    const limiter = memoryLimiter();
    const settings = limits(2, 10, false);
    await admitMany(limiter, settings, START, 2);
    const refused = await admitMany(limiter, settings, START, 5);
    expect(refused.every((decision) => !decision.allowed && decision.headers.ratelimit?.startsWith('"minute"'))).toBe(
      true,
    );
    const next = await admit(limiter, settings, START + 60 * SECOND);
    // The day has seen 3 accepted requests, not 8; the minute (1 left) binds.
    expect(next.state).toMatchObject({ limit: 2, remaining: 1 });
    const day = await admitMany(limiter, limits(null, 10), START + 61 * SECOND, 1);
    expect(day[0]?.state).toMatchObject({ limit: 10, remaining: 6 });
  });
});

describe('plans and key environments', () => {
  it('gives TEST keys 10× the per-minute limit, bursting to 2× that', async () => {
    const test = rateLimitSettingsOf(
      { rateLimitPerMinute: null, rateLimitPerDay: null, environment: 'TEST' },
      PLAN_LIMITS.FREE,
    );
    const live = rateLimitSettingsOf(
      { rateLimitPerMinute: null, rateLimitPerDay: null, environment: 'LIVE' },
      PLAN_LIMITS.FREE,
    );
    expect(test).toEqual({ perMinute: 1000, perDay: 10_000, burstPerMinute: 2000, source: 'PLAN' });
    expect(live).toEqual({ perMinute: 100, perDay: 10_000, burstPerMinute: 200, source: 'PLAN' });

    const limiter = memoryLimiter();
    const decisions = await admitMany(limiter, test, START, 2001);
    expect(decisions.filter((decision) => decision.allowed && !decision.burst)).toHaveLength(1000);
    expect(decisions.filter((decision) => decision.burst)).toHaveLength(1000);
    expect(decisions.at(-1)?.allowed).toBe(false);
  });

  it('counts nothing for an unlimited key and sends no headers', async () => {
    const limiter = memoryLimiter();
    const enterprise = rateLimitSettingsOf(
      { rateLimitPerMinute: null, rateLimitPerDay: null, environment: 'LIVE' },
      PLAN_LIMITS.ENTERPRISE,
    );
    const decisions = await admitMany(limiter, enterprise, START, 3);
    expect(decisions).toEqual(
      Array(3).fill({ allowed: true, state: null, retryAfterSeconds: null, headers: {}, burst: false }),
    );
  });
});

describe('headers', () => {
  it('carry X-RateLimit-* and the IETF fields of the binding window', async () => {
    const limiter = memoryLimiter();
    const settings = limits(3, 100);
    const first = await admit(limiter, settings, START);
    expect(first.headers).toEqual({
      'x-ratelimit-limit': '3',
      'x-ratelimit-remaining': '2',
      'x-ratelimit-reset': String(Math.ceil((START + 60 * SECOND) / 1000)),
      'ratelimit-policy': '"minute";q=3;w=60, "day";q=100;w=86400',
      ratelimit: '"minute";r=2;t=60',
    });
    const later = await admit(limiter, settings, START + 15 * SECOND);
    expect(later.headers.ratelimit).toBe('"minute";r=1;t=45');
  });

  it('add Retry-After to a refusal and name the window that refused', async () => {
    const limiter = memoryLimiter();
    const settings = limits(1, null, false);
    await admit(limiter, settings, START);
    const refused = await admit(limiter, settings, START + 30 * SECOND);
    expect(refused.headers).toEqual({
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil((START + 60 * SECOND) / 1000)),
      'ratelimit-policy': '"minute";q=1;w=60',
      ratelimit: '"minute";r=0;t=30',
      'retry-after': '30',
    });
  });
});

describe('failed authentications of an address', () => {
  it('refuse the address once its budget is used, for the rest of the minute, counting nothing', async () => {
    const limiter = memoryLimiter(2);
    const settings = limits(5, null);
    await limiter.recordFailure('192.0.2.1', START);
    await limiter.recordFailure('192.0.2.1', START + 10 * SECOND);
    const refused = await limiter.admit({ keyId: 'key-1', settings, now: START + 20 * SECOND, address: '192.0.2.1' });
    expect(refused).toEqual({ kind: 'address-refused', retryAfterSeconds: 40 });
    const other = await limiter.admit({ keyId: 'key-1', settings, now: START + 20 * SECOND, address: '192.0.2.2' });
    expect(decided(other).state?.remaining).toBe(4);
    const after = await limiter.admit({ keyId: 'key-1', settings, now: START + 60 * SECOND, address: '192.0.2.1' });
    expect(decided(after).state?.remaining).toBe(3);
  });

  it('never trust a cached key without Redis: an expected generation is stale', async () => {
    const limiter = memoryLimiter();
    const admission = await limiter.admit({
      keyId: 'key-1',
      settings: limits(5, null),
      now: START,
      generation: { key: 'unit:generation:key-1', expected: '3' },
    });
    expect(admission).toEqual({ kind: 'stale' });
  });
});
