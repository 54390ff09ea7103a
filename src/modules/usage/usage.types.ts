import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { createConnection, registerEnum } from '../../shared/graphql-types.js';
import { ApiKeyEnvironment } from '../api-keys/api-keys.types.js';
import { PageArgsType } from '../projects/projects.resolver.js';
import { BUCKET_SIZES, type BucketSize, USAGE_OUTCOMES, type UsageOutcome } from './usage.entity.js';

export const UsageGranularity = registerEnum(
  BUCKET_SIZES,
  'UsageGranularity',
  'Size of the time buckets of a usage report (UTC).',
  {
    HOUR: 'One bucket per hour; ranges up to 31 days.',
    DAY: 'One bucket per UTC day; ranges up to 90 days.',
  },
);

export const UsageOutcomeEnum = registerEnum(USAGE_OUTCOMES, 'UsageOutcome', 'How a metered request ended.', {
  OK: 'Answered without errors.',
  ERROR: 'Answered with errors (bad input, not found, an internal error).',
  DENIED: 'Refused for a missing scope (FORBIDDEN).',
  RATE_LIMITED: 'Refused with 429: the key was over its rate limit; nothing was executed.',
});

@ObjectType('UsageStat', { description: 'Requests in one time bucket, or summed over a range, by outcome.' })
export class UsageStatObject {
  @Field(() => DateTimeResolver, {
    description: 'Start of the bucket (UTC); for entries summed over the whole range, the start of the range.',
  })
  bucketStart!: Date;

  @Field(() => String, {
    description:
      'The operation name (unnamed operations appear as their root fields, e.g. `{viewer}`); `*` when summed over operations.',
  })
  operation!: string;

  @Field(() => ID, { nullable: true, description: 'The key, in `byKey`; null where summed over keys.' })
  apiKeyId!: string | null;

  @Field(() => Int, { description: 'All requests, whatever their outcome.' })
  requests!: number;

  @Field(() => Int, { description: 'Requests answered without errors.' })
  ok!: number;

  @Field(() => Int, { description: 'Requests answered with errors.' })
  errors!: number;

  @Field(() => Int, { description: 'Requests refused for a missing scope.' })
  denied!: number;

  @Field(() => Int, { description: 'Requests refused by the rate limit (429).' })
  rateLimited!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean duration in milliseconds; null when there were no requests.',
  })
  averageDurationMs!: number | null;
}

@ObjectType('UsageTotals', { description: 'Requests over a whole report range, by outcome.' })
export class UsageTotalsObject {
  @Field(() => Int, { description: 'All requests.' })
  requests!: number;

  @Field(() => Int, { description: 'Answered without errors.' })
  ok!: number;

  @Field(() => Int, { description: 'Answered with errors.' })
  errors!: number;

  @Field(() => Int, { description: 'Refused for a missing scope.' })
  denied!: number;

  @Field(() => Int, { description: 'Refused by the rate limit.' })
  rateLimited!: number;
}

@ObjectType('UsageReport', {
  description:
    'Usage over a time range, aggregated by the usage worker (seconds behind live traffic). TEST keys are reported apart from LIVE ones.',
})
export class UsageReportObject {
  @Field(() => DateTimeResolver, { description: 'Start of the range: the start of its first bucket.' })
  from!: Date;

  @Field(() => DateTimeResolver, { description: 'End of the range (exclusive).' })
  to!: Date;

  @Field(() => UsageGranularity, { description: 'Bucket size of `series`.' })
  granularity!: BucketSize;

  @Field(() => UsageTotalsObject, { description: 'Totals over the range.' })
  totals!: UsageTotalsObject;

  @Field(() => [UsageStatObject], {
    description:
      'One entry per bucket of the range, oldest first, summed over operations (`operation` is `*`); empty buckets are zeros.',
  })
  series!: UsageStatObject[];

  @Field(() => [UsageStatObject], {
    description: 'One entry per operation, summed over the range, busiest first (at most 100).',
  })
  byOperation!: UsageStatObject[];

  @Field(() => [UsageStatObject], {
    description: 'One entry per key, summed over the range, busiest first (at most 100); empty on `ApiKey.usage`.',
  })
  byKey!: UsageStatObject[];
}

@ObjectType('Activity', { description: 'One recent request made with a key.' })
export class ActivityObject {
  @Field(() => ID, { description: 'Stable id; ids sort by time.' })
  id!: string;

  @Field(() => String, {
    description: 'The operation name, or the root fields of an unnamed operation, e.g. `{viewer}`.',
  })
  operation!: string;

  @Field(() => String, { description: '`query`, `mutation`, `verification` (verifyApiKey of this key) or `unknown`.' })
  operationType!: string;

  @Field(() => UsageOutcomeEnum, { description: 'How the request ended.' })
  outcome!: UsageOutcome;

  @Field(() => Int, { description: 'Time to answer, in milliseconds.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'Address the request came from.' })
  clientAddress!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the request arrived.' })
  createdAt!: Date;
}

export const ActivityConnection = createConnection(
  'Activity',
  ActivityObject,
  'Recent requests of a key, newest first (kept for at least 7 days).',
);

@ArgsType()
export class UsageArgs {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Start of the range; default: 24 hours before `to`.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'End of the range (exclusive); default: now.' })
  to?: Date | null;

  @Field(() => UsageGranularity, { nullable: true, defaultValue: 'HOUR', description: 'Bucket size of the series.' })
  granularity?: BucketSize | null;
}

@ArgsType()
export class ProjectUsageArgs extends UsageArgs {
  @Field(() => ApiKeyEnvironment, {
    nullable: true,
    description:
      'Keys of this environment only (default LIVE; for a TEST key, TEST, the only one it may read): TEST keys do not count against live usage.',
  })
  environment?: 'LIVE' | 'TEST' | null;
}

@ArgsType()
export class ActivityArgs extends PageArgsType {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Only requests at or after this time.' })
  since?: Date | null;
}
