/**
 * How a batch of usage events becomes rows (src/modules/usage/usage-aggregation.ts): hour and day
 * buckets per key and operation with counts by outcome, and per-key totals for `api_keys`. The
 * SQL that applies them is tested in test/integration/usage.
 */
import { describe, expect, it } from 'vitest';
import type { UsageOutcome } from '../../src/modules/usage/usage.entity.js';
import { aggregate, perKey } from '../../src/modules/usage/usage-aggregation.js';
import type { UsageEvent } from '../../src/modules/usage/usage-batch.js';

const KEY_A = '00000000-0000-7000-8000-00000000000a';
const KEY_B = '00000000-0000-7000-8000-00000000000b';
/** 2026-01-15 09:59:59.999 UTC: the last millisecond of an hour. */
const EDGE = Date.UTC(2026, 0, 15, 9, 59, 59, 999);

let sequence = 0;
function event(keyId: string, operation: string, at: number, outcome: UsageOutcome, durationMs = 10): UsageEvent {
  sequence += 1;
  return {
    id: `event-${sequence}`,
    keyId,
    projectId: 'project-1',
    environment: 'LIVE',
    operation,
    operationType: 'query',
    outcome,
    durationMs,
    at,
    clientAddress: null,
  };
}

function counts(row: ReturnType<typeof aggregate>[number]) {
  const { requests, ok, errors, denied, rate_limited, total_duration_ms } = row;
  return { requests, ok, errors, denied, rate_limited, total_duration_ms };
}

describe('usage buckets', () => {
  it('counts each event once in its hour and once in its UTC day, by outcome, with durations summed', () => {
    const rows = aggregate([
      event(KEY_A, 'Keys', EDGE - 1000, 'OK', 5),
      event(KEY_A, 'Keys', EDGE, 'ERROR', 7),
      event(KEY_A, 'Keys', EDGE + 1, 'DENIED', 11),
      event(KEY_A, 'Keys', EDGE + 2, 'RATE_LIMITED', 13),
    ]);
    expect(rows.map((row) => [row.bucket_size, row.bucket_start, counts(row)])).toEqual([
      [
        'DAY',
        '2026-01-15T00:00:00.000Z',
        { requests: 4, ok: 1, errors: 1, denied: 1, rate_limited: 1, total_duration_ms: 36 },
      ],
      [
        'HOUR',
        '2026-01-15T09:00:00.000Z',
        { requests: 2, ok: 1, errors: 1, denied: 0, rate_limited: 0, total_duration_ms: 12 },
      ],
      [
        'HOUR',
        '2026-01-15T10:00:00.000Z',
        { requests: 2, ok: 0, errors: 0, denied: 1, rate_limited: 1, total_duration_ms: 24 },
      ],
    ]);
    expect(rows.every((row) => row.api_key_id === KEY_A && row.operation === 'Keys')).toBe(true);
  });

  it('splits days at 00:00 UTC', () => {
    const midnight = Date.UTC(2026, 0, 16);
    const rows = aggregate([event(KEY_A, 'Keys', midnight - 1, 'OK'), event(KEY_A, 'Keys', midnight, 'OK')]);
    expect(rows.filter((row) => row.bucket_size === 'DAY').map((row) => [row.bucket_start, row.requests])).toEqual([
      ['2026-01-15T00:00:00.000Z', 1],
      ['2026-01-16T00:00:00.000Z', 1],
    ]);
    expect(rows.filter((row) => row.bucket_size === 'HOUR').map((row) => row.bucket_start)).toEqual([
      '2026-01-15T23:00:00.000Z',
      '2026-01-16T00:00:00.000Z',
    ]);
  });

  it('keeps keys and operations apart, one row per key × operation × bucket, in a stable order', () => {
    const events = [
      event(KEY_B, 'Keys', EDGE, 'OK'),
      event(KEY_A, '{viewer}', EDGE, 'OK'),
      event(KEY_A, 'Keys', EDGE, 'OK'),
      event(KEY_A, 'Keys', EDGE - 5, 'OK'),
    ];
    const rows = aggregate(events);
    expect(rows.map((row) => [row.api_key_id, row.operation, row.bucket_size, row.requests])).toEqual([
      [KEY_A, 'Keys', 'DAY', 2],
      [KEY_A, 'Keys', 'HOUR', 2],
      [KEY_A, '{viewer}', 'DAY', 1],
      [KEY_A, '{viewer}', 'HOUR', 1],
      [KEY_B, 'Keys', 'DAY', 1],
      [KEY_B, 'Keys', 'HOUR', 1],
    ]);
    // Rows come out in the order PostgreSQL locks them, whatever the order of the events.
    expect(aggregate([...events].reverse())).toEqual(rows);
  });

  it('makes no row of an empty batch', () => {
    expect(aggregate([])).toEqual([]);
    expect(perKey([])).toEqual([]);
  });
});

describe('per-key totals', () => {
  it('count every event of a key, whatever its outcome, and keep its latest time', () => {
    const totals = perKey([
      event(KEY_B, 'Keys', EDGE, 'OK'),
      event(KEY_A, 'Keys', EDGE + 5000, 'RATE_LIMITED'),
      event(KEY_A, '{viewer}', EDGE, 'DENIED'),
      event(KEY_B, 'Keys', EDGE - 60_000, 'ERROR'),
    ]);
    expect(totals).toEqual([
      { id: KEY_A, requests: 2, last_used_at: new Date(EDGE + 5000).toISOString() },
      { id: KEY_B, requests: 2, last_used_at: new Date(EDGE).toISOString() },
    ]);
  });
});
