/**
 * Usage reports and recent activity, read from what the usage worker wrote. Authorization is the
 * rules' job (usage.rules.ts); these functions get the project or key the caller may read.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../shared/errors.js';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../../shared/pagination.js';
import type { KeyEnvironmentName } from '../api-keys/api-keys.entity.js';
import { confinedEnvironment } from '../api-keys/api-keys.service.js';
import { type BucketSize, UsageActivity } from './usage.entity.js';
import { ACTIVITY_RETENTION_DAYS, DEFAULT_USAGE_OPTIONS } from './usage-options.js';
import { usageReads } from './usage-snapshot.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const SPAN: Record<BucketSize, number> = { HOUR: HOUR_MS, DAY: DAY_MS };
/** Longest range per granularity: 31 days of hours, 90 days of days. */
const MAX_RANGE_MS: Record<BucketSize, number> = { HOUR: 31 * DAY_MS, DAY: 90 * DAY_MS };
const MAX_GROUPS = 100;

export interface UsageQuery {
  from?: Date | null;
  to?: Date | null;
  granularity?: BucketSize | null;
}

export interface UsageCounts {
  requests: number;
  ok: number;
  errors: number;
  denied: number;
  rateLimited: number;
}

export interface UsageEntry extends UsageCounts {
  bucketStart: Date;
  operation: string;
  apiKeyId: string | null;
  averageDurationMs: number | null;
}

export interface UsageReport {
  from: Date;
  to: Date;
  granularity: BucketSize;
  totals: UsageCounts;
  series: UsageEntry[];
  byOperation: UsageEntry[];
  byKey: UsageEntry[];
}

/** Whose usage: a project's keys of one environment, or a key with the keys it was rotated from. */
export type UsageSubject = { projectId: string; environment: KeyEnvironmentName } | { keyIds: string[] };

/**
 * The project's usage in `requested` (default LIVE). A TEST key sees TEST usage only: its
 * default is TEST and asking for LIVE is FORBIDDEN (DESIGN.md section 6, environments).
 */
export function projectUsageSubject(
  ctx: Context,
  projectId: string,
  requested: KeyEnvironmentName | null | undefined,
): UsageSubject {
  const confined = confinedEnvironment(ctx);
  if (confined && requested && requested !== confined) {
    throw forbidden(`A ${confined} key reads ${confined} usage only.`);
  }
  return { projectId, environment: requested ?? confined ?? 'LIVE' };
}

interface Range {
  from: Date;
  to: Date;
  granularity: BucketSize;
}

/** The range of a report: defaults to the last 24 hours; `from` moves back to its bucket's start. */
export function usageRange(query: UsageQuery, now = new Date()): Range {
  const granularity = query.granularity ?? 'HOUR';
  const to = query.to ?? now;
  const requestedFrom = query.from ?? new Date(to.getTime() - DAY_MS);
  if (requestedFrom.getTime() >= to.getTime()) throw badUserInput('from', '`from` must be before `to`.');
  if (to.getTime() - requestedFrom.getTime() > MAX_RANGE_MS[granularity]) {
    throw badUserInput(
      'from',
      granularity === 'HOUR'
        ? 'An hourly report covers at most 31 days; use DAY for longer ranges.'
        : 'A usage report covers at most 90 days.',
    );
  }
  const span = SPAN[granularity];
  return { from: new Date(Math.floor(requestedFrom.getTime() / span) * span), to, granularity };
}

interface Row {
  bucket_start?: Date | string;
  operation?: string;
  api_key_id?: string;
  requests: number;
  ok: number;
  errors: number;
  denied: number;
  rate_limited: number;
  duration: number;
}

const SUMS = `sum(requests)::int as requests, sum(ok)::int as ok, sum(errors)::int as errors, sum(denied)::int as denied,
  sum(rate_limited)::int as rate_limited, sum(total_duration_ms)::float8 as duration`;

function entryOf(row: Row, bucketStart: Date, operation: string, apiKeyId: string | null): UsageEntry {
  const requests = Number(row.requests);
  return {
    bucketStart,
    operation,
    apiKeyId,
    requests,
    ok: Number(row.ok),
    errors: Number(row.errors),
    denied: Number(row.denied),
    rateLimited: Number(row.rate_limited),
    averageDurationMs: requests > 0 ? Math.round((Number(row.duration) / requests) * 10) / 10 : null,
  };
}

/** The ids of a key and of every key it was rotated from, so history survives rotation. */
export async function keyLineage(ctx: Context, keyId: string): Promise<string[]> {
  const em = await usageReads(ctx);
  const rows = await em.execute<{ id: string }[]>(
    `with recursive lineage(id) as (
       select ?::uuid
       union
       select k.rotated_from_id from api_keys k join lineage on k.id = lineage.id where k.rotated_from_id is not null
     )
     select id from lineage`,
    [keyId],
  );
  return rows.map((row) => row.id);
}

export async function usageReport(ctx: Context, subject: UsageSubject, query: UsageQuery): Promise<UsageReport> {
  const range = usageRange(query);
  const scope =
    'projectId' in subject
      ? { sql: 'project_id = ? and environment = ?', params: [subject.projectId, subject.environment] }
      : { sql: `api_key_id in (${subject.keyIds.map(() => '?').join(', ')})`, params: subject.keyIds };
  const where = `${scope.sql} and bucket_size = ? and bucket_start >= ? and bucket_start < ?`;
  const params = [...scope.params, range.granularity, range.from, range.to];
  // One snapshot for every statement: the series, the totals and the splits agree.
  const em = await usageReads(ctx);
  const [buckets, operations, keys] = await Promise.all([
    em.execute<Row[]>(
      `select bucket_start, ${SUMS} from usage_stats where ${where} group by bucket_start order by bucket_start`,
      params,
    ),
    em.execute<Row[]>(
      `select operation, ${SUMS} from usage_stats where ${where}
       group by operation order by requests desc, operation limit ${MAX_GROUPS}`,
      params,
    ),
    'projectId' in subject
      ? em.execute<Row[]>(
          `select api_key_id, ${SUMS} from usage_stats where ${where}
           group by api_key_id order by requests desc, api_key_id limit ${MAX_GROUPS}`,
          params,
        )
      : Promise.resolve([] as Row[]),
  ]);

  // Every bucket of the range, zeros where nothing happened, so charts need no gap filling.
  const byStart = new Map(buckets.map((row) => [new Date(row.bucket_start as Date).getTime(), row]));
  const zero: Row = { requests: 0, ok: 0, errors: 0, denied: 0, rate_limited: 0, duration: 0 };
  const series: UsageEntry[] = [];
  const span = SPAN[range.granularity];
  for (let start = range.from.getTime(); start < range.to.getTime(); start += span) {
    series.push(entryOf(byStart.get(start) ?? zero, new Date(start), '*', null));
  }
  const totals = series.reduce<UsageCounts>(
    (sum, entry) => ({
      requests: sum.requests + entry.requests,
      ok: sum.ok + entry.ok,
      errors: sum.errors + entry.errors,
      denied: sum.denied + entry.denied,
      rateLimited: sum.rateLimited + entry.rateLimited,
    }),
    { requests: 0, ok: 0, errors: 0, denied: 0, rateLimited: 0 },
  );
  return {
    ...range,
    totals,
    series,
    byOperation: operations.map((row) => entryOf(row, range.from, row.operation as string, null)),
    byKey: keys.map((row) => entryOf(row, range.from, '*', row.api_key_id as string)),
  };
}

export interface ActivityQuery extends PageArgs {
  since?: Date | null;
}

/**
 * A page of recent activity of the given keys, newest first: each key's latest
 * `LATCHKEY_ACTIVITY_PER_KEY` calls of the retention's days. The worker trims older rows in steps
 * (usage-aggregation.ts), so the cap is applied here too: a list never shows more.
 */
export async function listActivity(ctx: Context, keyIds: string[], query: ActivityQuery): Promise<Page<UsageActivity>> {
  const size = pageSize(query.first);
  const afterId = decodeCursor(query.after);
  const cap = ctx.config.usage.activityPerKey ?? DEFAULT_USAGE_OPTIONS.activityPerKey;
  const em = await usageReads(ctx);
  const edges = await em.execute<{ key: string; oldest: string | null }[]>(
    `select k.key, (select a.id from usage_activity a where a.api_key_id = k.key order by a.id desc offset ? limit 1) as oldest
     from (values ${keyIds.map(() => '(?::uuid)').join(', ')}) as k(key)`,
    [cap - 1, ...keyIds],
  );
  const retention = new Date(Date.now() - ACTIVITY_RETENTION_DAYS * DAY_MS);
  const since = query.since && query.since > retention ? query.since : retention;
  const conditions: FilterQuery<UsageActivity>[] = [
    {
      $or: edges.map((edge) =>
        edge.oldest ? { apiKeyId: edge.key, id: { $gte: edge.oldest } } : { apiKeyId: edge.key },
      ),
    },
    { createdAt: { $gte: since } },
  ];
  const pageConditions = afterId ? [...conditions, { id: { $lt: afterId } }] : conditions;
  const [rows, totalCount] = await Promise.all([
    em.find(UsageActivity, { $and: pageConditions }, { orderBy: { id: 'desc' }, limit: size + 1 }),
    em.count(UsageActivity, { $and: conditions }),
  ]);
  return toPage(rows, size, totalCount);
}
