import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { usageRange } from '../../../src/modules/usage/usage.service.js';
import { parseUsageBatch } from '../../../src/modules/usage/usage-batch.js';
import { uuidv7 } from '../../../src/shared/ids.js';

const event = () => ({
  id: uuidv7(),
  keyId: randomUUID(),
  projectId: randomUUID(),
  environment: 'LIVE',
  operation: 'Me',
  operationType: 'query',
  outcome: 'OK',
  durationMs: 4,
  at: Date.now(),
  clientAddress: '127.0.0.1',
});

describe('usage job payloads', () => {
  it('accepts a well-formed batch', () => {
    const batch = { batchId: randomUUID(), events: [event(), event()] };
    expect(parseUsageBatch(batch)).toEqual(batch);
  });

  it('fails malformed batches without retries (UnrecoverableError)', () => {
    const bad: unknown[] = [
      null,
      { batchId: 'x y', events: [event()] },
      { batchId: randomUUID(), events: [] },
      { batchId: randomUUID(), events: [{ ...event(), keyId: 'not-a-uuid' }] },
      { batchId: randomUUID(), events: [{ ...event(), outcome: 'MAYBE' }] },
      { batchId: randomUUID(), events: [{ ...event(), operation: 'x'.repeat(129) }] },
      { batchId: randomUUID(), events: [{ ...event(), durationMs: -1 }] },
      { batchId: randomUUID(), events: [{ ...event(), environment: 'PROD' }] },
    ];
    for (const payload of bad)
      expect(() => parseUsageBatch(payload), JSON.stringify(payload)).toThrow(UnrecoverableError);
  });
});

describe('usage report ranges', () => {
  const now = new Date('2026-11-22T10:30:00Z');

  it('defaults to the last 24 hours, from the start of its first hour', () => {
    expect(usageRange({}, now)).toEqual({
      from: new Date('2026-11-21T10:00:00Z'),
      to: now,
      granularity: 'HOUR',
    });
  });

  it('starts a DAY range at midnight UTC and allows 90 days but not more', () => {
    const from = new Date(now.getTime() - 90 * 86_400_000);
    expect(usageRange({ from, granularity: 'DAY' }, now).from).toEqual(new Date('2026-08-24T00:00:00Z'));
    expect(() => usageRange({ from: new Date(from.getTime() - 1), granularity: 'DAY' }, now)).toThrow(/90 days/);
    expect(() => usageRange({ from: new Date(now.getTime() - 31 * 86_400_000 - 1) }, now)).toThrow(/31 days/);
  });
});
