/**
 * The rate limiter sends the scripts of one event-loop turn in one socket write
 * (`RateLimiter.batchWrites`), and every request still gets its own, exact answer.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Admission, RateLimiter } from '../../../src/modules/rate-limits/rate-limiter.js';
import { createLogger } from '../../../src/shared/logger.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `latchkey-test-writes-${randomUUID()}`;
const settings = { perMinute: 1000, perDay: 100_000, burstPerMinute: 2000, source: 'KEY' as const };

let redis: Redis;
let limiter: RateLimiter;
beforeAll(async () => {
  redis = new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await new Promise((resolve) => redis.once('ready', resolve));
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  limiter = new RateLimiter(redis, { prefix, failuresPerMinute: 30 }, createLogger('warn', silent));
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** Counts the writes that reach the connection's socket (one per syscall: `_write` or `_writev`). */
function countSocketWrites(socket: Socket): { count(): number; restore(): void } {
  const target = socket as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  const originals = { _write: target._write, _writev: target._writev };
  let writes = 0;
  for (const name of ['_write', '_writev'] as const) {
    const original = originals[name];
    target[name] = function (this: unknown, ...args: unknown[]) {
      writes += 1;
      return original.apply(this, args);
    };
  }
  return {
    count: () => writes,
    restore() {
      Object.assign(target, originals);
    },
  };
}

describe('rate limiter writes', () => {
  it('sends the admissions of one event-loop turn in one write, each counted exactly', async () => {
    const keyId = randomUUID();
    const writes = countSocketWrites(redis.stream as Socket);
    let admissions: Admission[];
    try {
      const now = Date.now();
      admissions = await Promise.all(
        Array.from({ length: 40 }, () => limiter.admit({ keyId, settings, now, address: '203.0.113.9' })),
      );
    } finally {
      writes.restore();
    }
    expect(writes.count()).toBe(1);
    const remaining = admissions.map((admission) => {
      if (admission.kind !== 'decided') throw new Error(`not decided: ${admission.kind}`);
      return admission.decision.state?.remaining;
    });
    // Forty distinct counts, 999 down to 960: nothing lost or counted twice in the batch.
    expect([...remaining].sort((x, y) => (y ?? 0) - (x ?? 0))).toEqual(Array.from({ length: 40 }, (_, i) => 999 - i));
    expect(Number(await redis.get(`${prefix}:minute:${keyId}`))).toBe(40);
  });

  it('answers a lone admission (the held write leaves on the next turn, not on a timer)', async () => {
    const keyId = randomUUID();
    const admission = await limiter.admit({ keyId, settings, now: Date.now() });
    expect(admission.kind).toBe('decided');
    expect(redis.stream.writableCorked).toBe(0);
    expect(Number(await redis.get(`${prefix}:minute:${keyId}`))).toBe(1);
  });
});
