import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { ApiKey, KEY_ENVIRONMENTS } from '../api-keys/api-keys.entity.js';
import { Project } from '../projects/projects.entity.js';

export const BUCKET_SIZES = ['HOUR', 'DAY'] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/** How a metered request ended (DESIGN.md section 8). */
export const USAGE_OUTCOMES = ['OK', 'ERROR', 'DENIED', 'RATE_LIMITED'] as const;
export type UsageOutcome = (typeof USAGE_OUTCOMES)[number];

/**
 * Aggregated calls per key × operation × time bucket, upserted idempotently by the usage worker.
 * `environment` copies the key's environment so project totals can leave TEST keys out without a join.
 */
export const UsageStat = defineEntity({
  name: 'UsageStat',
  tableName: 'usage_stats',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk(),
    apiKey: () => p.manyToOne(ApiKey).mapToPk(),
    environment: p.enum(KEY_ENVIRONMENTS).default('LIVE'),
    operation: p.string().length(128),
    bucketSize: p.enum(BUCKET_SIZES),
    bucketStart: p.datetime(),
    requests: p.integer().default(0),
    ok: p.integer().default(0),
    errors: p.integer().default(0),
    denied: p.integer().default(0),
    rateLimited: p.integer().default(0),
    totalDurationMs: p.bigint('number').default(0),
  },
  uniques: [{ properties: ['apiKey', 'operation', 'bucketSize', 'bucketStart'] }],
  indexes: [{ properties: ['project', 'bucketSize', 'bucketStart'] }],
});
export type UsageStat = InferEntity<typeof UsageStat>;

/**
 * One row per metered request, the latest `LATCHKEY_ACTIVITY_PER_KEY` of each key and at most
 * `ACTIVITY_RETENTION_DAYS` old. The table is partitioned by UTC day on `created_at`
 * (Migration20261203061300_activity_partitions; activity-partitions.ts creates days ahead and drops
 * them whole), so the primary key holds `created_at`. The id is a UUIDv7 of the request time,
 * assigned by the API process, so ids sort by time and a replayed event (same id, same time) is
 * recognised. No foreign keys: it is a log, and a batch must never fail on it.
 */
export const UsageActivity = defineEntity({
  name: 'UsageActivity',
  tableName: 'usage_activity',
  properties: {
    id: p.uuid().primary(),
    apiKeyId: p.uuid(),
    projectId: p.uuid(),
    operation: p.string().length(128),
    operationType: p.string().length(16),
    outcome: p.enum(USAGE_OUTCOMES),
    durationMs: p.integer(),
    clientAddress: p.string().length(64).nullable(),
    createdAt: p.datetime().primary(),
  },
  indexes: [{ properties: ['apiKeyId', 'id'] }],
});
export type UsageActivity = InferEntity<typeof UsageActivity>;

/**
 * Batches of usage events already applied. The worker inserts the batch id in the same transaction
 * as the counts, so a retried job (worker killed after commit, lost acknowledgement) adds nothing.
 */
export const UsageBatch = defineEntity({
  name: 'UsageBatch',
  tableName: 'usage_batches',
  properties: {
    id: p.string().length(64).primary(),
    events: p.integer(),
    appliedAt: p.datetime().index(),
  },
});
export type UsageBatch = InferEntity<typeof UsageBatch>;

/**
 * Usage events already raised, so each is raised once: `usage.rate_limited` per key and rate-limit
 * window (`window` is the window's reset, unix seconds), `usage.credits_exhausted` per key, credits
 * version and refill period. Pruned with the activity.
 */
export const UsageNotice = defineEntity({
  name: 'UsageNotice',
  tableName: 'usage_notices',
  properties: {
    apiKeyId: p.uuid().primary(),
    kind: p.string().length(32).primary(),
    window: p.string().length(64).primary(),
    createdAt: p.datetime().index(),
  },
});
export type UsageNotice = InferEntity<typeof UsageNotice>;
