import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { ApiKey } from '../api-keys/api-keys.entity.js';
import { Project } from '../projects/projects.entity.js';

export const BUCKET_SIZES = ['HOUR', 'DAY'] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/** Aggregated calls per key × operation × time bucket, upserted idempotently by the usage worker. */
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
