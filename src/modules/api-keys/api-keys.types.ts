import { JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { createConnection, registerEnum } from '../../shared/graphql-types.js';
import type { ApiKey } from './api-keys.entity.js';
import {
  CREDIT_REFILL_INTERVALS,
  type CreditRefillInterval,
  KEY_ENVIRONMENTS,
  KEY_STATUSES,
} from './api-keys.entity.js';
import { VERIFICATION_CODES } from './key-status.js';

export const ApiKeyEnvironment = registerEnum(
  KEY_ENVIRONMENTS,
  'ApiKeyEnvironment',
  'Where a key is meant to be used.',
  {
    LIVE: 'Production traffic; keys look like `lk_live_…`.',
    TEST: 'Testing; keys look like `lk_test_…`, get 10× the per-minute limit and do not count against live usage.',
  },
);

export const ApiKeyStatus = registerEnum(KEY_STATUSES, 'ApiKeyStatus', 'Whether a key is accepted right now.', {
  ACTIVE: 'Accepted.',
  DEACTIVATED: 'Refused until reactivated.',
  EXPIRED: 'Past its expiry (or past the grace period after a rotation); refused.',
  LEAKED: 'Reported leaked (a secret scanner or reportLeakedKey); refused for good: rotate it.',
});

export const VerificationCode = registerEnum(VERIFICATION_CODES, 'VerificationCode', 'Outcome of verifyApiKey.', {
  VALID: 'The key is valid and holds the required scopes.',
  MALFORMED: 'The string is not a key: wrong format or checksum.',
  NOT_FOUND: 'No such key in a project the caller may verify for, or the key was deleted.',
  DEACTIVATED: 'The key is deactivated.',
  EXPIRED: 'The key has expired, or its rotation grace period has ended.',
  RATE_LIMITED: 'The key is over its rate limit.',
  INSUFFICIENT_SCOPE: 'The key is valid but lacks a required scope.',
  INSUFFICIENT_PERMISSIONS: 'The key is valid but lacks a required permission of your API.',
  ADDRESS_NOT_ALLOWED:
    'The client address is not in the key’s allowed CIDRs (or none was given for a key that has a list).',
  USAGE_EXCEEDED: 'The key has no credits left for this cost.',
  LEAKED: 'The key was reported leaked and is refused for good.',
});

export const CreditRefillIntervalEnum = registerEnum(
  CREDIT_REFILL_INTERVALS,
  'CreditRefillInterval',
  'How often a key’s credits are refilled.',
  { DAY: 'At 00:00 UTC every day.', MONTH: 'At 00:00 UTC on the first of every month.' },
);

@ObjectType('CreditRefill', { description: 'A refill of a key’s credits.' })
export class CreditRefill {
  @Field(() => Int, { description: 'The credits the key has after each refill.' })
  amount!: number;

  @Field(() => CreditRefillIntervalEnum, { description: 'DAY or MONTH.' })
  interval!: CreditRefillInterval;
}

@ObjectType('Credits', { description: 'A key usable a number of times (`cost` per verification or API request).' })
export class Credits {
  @Field(() => Int, { description: 'Credits left now (exact across processes).' })
  remaining!: number;

  @Field(() => CreditRefill, { nullable: true, description: 'The refill, if any.' })
  refill!: CreditRefill | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the next refill happens.' })
  refillAt!: Date | null;
}

@InputType({ description: 'A refill of a key’s credits.' })
export class CreditRefillInput {
  @Field(() => Int, { description: 'Credits after each refill (1 to 1,000,000,000).' })
  amount!: number;

  @Field(() => CreditRefillIntervalEnum, { description: 'DAY or MONTH.' })
  interval!: CreditRefillInterval;
}

@InputType({ description: 'Credits of a key: it is refused with USAGE_EXCEEDED once they are spent.' })
export class CreditsInput {
  @Field(() => Int, { description: 'Credits now (0 to 1,000,000,000).' })
  remaining!: number;

  @Field(() => CreditRefillInput, { nullable: true, description: 'Refill per DAY or MONTH; omit for none.' })
  refill?: CreditRefillInput | null;
}

export const RateLimitSource = registerEnum(['PLAN', 'KEY'] as const, 'RateLimitSource', 'Where a limit comes from.', {
  PLAN: "The project's plan.",
  KEY: "The key's own override.",
});

@ObjectType('RateLimitSettings', { description: 'The limits that apply to a key.' })
export class RateLimitSettings {
  @Field(() => Int, { nullable: true, description: 'Requests per minute (null: unlimited).' })
  perMinute!: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests per day (null: unlimited).' })
  perDay!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Short bursts may reach this many requests per minute, for up to 10 s.',
  })
  burstPerMinute!: number | null;

  @Field(() => RateLimitSource, { description: 'Whether the limits come from the plan or a per-key override.' })
  source!: 'PLAN' | 'KEY';
}

@ObjectType('RateLimitState', { description: 'Where a key stands against its limit right now.' })
export class RateLimitState {
  @Field(() => Int, {
    description:
      'The limit of the window reported: the per-minute limit, or the per-day limit once fewer requests are left today than this minute.',
  })
  limit!: number;

  @Field(() => Int, { description: 'Requests left in that window (0 while a burst is being used).' })
  remaining!: number;

  @Field(() => DateTimeResolver, { description: 'When that window resets (a minute window, or 00:00 UTC).' })
  resetAt!: Date;
}

@ObjectType('Actor', { description: 'Who did something: a user or an API key.', simpleResolvers: true })
export class ActorObject {
  @Field(() => String, { description: '`USER`, `API_KEY` or `SYSTEM`.' })
  type!: 'USER' | 'API_KEY' | 'SYSTEM';

  @Field(() => ID, { nullable: true, description: 'Id of the user or key.' })
  id!: string | null;

  @Field(() => String, { description: "A readable label: the user's email, or the key's name and preview." })
  label!: string;
}

// Plain data fields are read off the record by graphql-js (`simpleResolvers`: no type-graphql wrapper
// per field); the fields with resolvers in ApiKeysResolver keep theirs.
@ObjectType('ApiKey', {
  description: 'An API key. Its secret is never readable: only its preview.',
  simpleResolvers: true,
})
export class ApiKeyObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Name, unique in the project (case-insensitive).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the key is for.' })
  description!: string | null;

  @Field(() => ApiKeyEnvironment, { description: '`LIVE` or `TEST`.' })
  environment!: string;

  @Field(() => String, { description: 'The first 12 and last 4 characters, e.g. `lk_live_Np8J…4hMj`.' })
  preview!: string;

  // status, scopes, project, createdBy, rateLimit, rotatedFrom and replacedBy are field resolvers.

  @Field(() => Boolean, {
    description: "Whether this is the project's default key (cannot be deactivated or deleted).",
  })
  isDefault!: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key expires; null: never.' })
  expiresAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key was last used (updated in batches).' })
  lastUsedAt!: Date | null;

  @Field(() => SafeIntResolver, { description: 'How many requests the key has made (updated in batches).' })
  usageCount!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key was rotated away, if it was.' })
  rotatedAt!: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'After a rotation, the end of the grace period: the key is refused from then on.',
  })
  graceEndsAt!: Date | null;

  @Field(() => [String], { description: 'Permissions of your API granted to the key (implied ones are not listed).' })
  permissions!: string[];

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Your JSON object about the key (at most 4 KB).' })
  meta!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Your own id of who the key belongs to.' })
  externalId!: string | null;

  @Field(() => [String], { description: 'CIDRs the key may be used from; empty: anywhere.' })
  allowedCidrs!: string[];
}

export const ApiKeyConnection = createConnection('ApiKey', ApiKeyObject, 'A page of API keys, newest first.');

@InputType({ description: "A per-key override of the plan's rate limits (null clears it)." })
export class RateLimitInput {
  @Field(() => Int, { nullable: true, description: 'Requests per minute.' })
  perMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests per day.' })
  perDay?: number | null;
}

@InputType({ description: 'Filters for a project’s keys.' })
export class ApiKeyFilter {
  @Field(() => ApiKeyStatus, { nullable: true, description: 'Only keys with this status.' })
  status?: 'ACTIVE' | 'DEACTIVATED' | 'EXPIRED' | 'LEAKED' | null;

  @Field(() => ApiKeyEnvironment, { nullable: true, description: 'Only keys of this environment.' })
  environment?: 'LIVE' | 'TEST' | null;

  @Field(() => String, { nullable: true, description: 'Only keys holding this scope (as granted, e.g. `keys:write`).' })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'Only keys whose name contains this text (case-insensitive).' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only keys with this external id (exactly).' })
  externalId?: string | null;
}

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The project the key belongs to.' })
  projectId!: string;

  @Field(() => String, { description: '1–64 printable characters, unique in the project.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  description?: string | null;

  @Field(() => ApiKeyEnvironment, { nullable: true, description: 'Defaults to `LIVE`.' })
  environment?: 'LIVE' | 'TEST' | null;

  @Field(() => [String], { description: 'Scopes to grant; you can grant only scopes you hold. May be empty.' })
  scopes!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key expires; omit for never.' })
  expiresAt?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Permissions of your API to grant (`Project.permissions`); a key grants only permissions it holds.',
  })
  permissions?: string[] | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Your JSON object about the key (at most 4 KB).' })
  meta?: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your own id of who the key belongs to (at most 256 characters).',
  })
  externalId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'IPv4/IPv6 CIDRs (or single addresses) the key may be used from, at most 50; empty: anywhere.',
  })
  allowedCidrs?: string[] | null;

  @Field(() => CreditsInput, { nullable: true, description: 'Credits; null (on update) removes them.' })
  credits?: CreditsInput | null;
}

@ObjectType({ description: 'A created key and its secret.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyObject, { description: 'The new key.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The full key. Shown this once: store it now, it cannot be read again.' })
  secret!: string;
}

@InputType({ description: 'Rotate a key: issue a replacement and retire this one after a grace period.' })
export class RotateApiKeyInput {
  @Field(() => ID, { description: 'The key to rotate.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the old key keeps working, in seconds (0, the default: refused at once; at most 30 days).',
  })
  gracePeriodSeconds?: number | null;
}

@ObjectType({ description: 'A rotation: the replacement with its secret, and the key it replaces.' })
export class RotateApiKeyPayload {
  @Field(() => ApiKeyObject, { description: 'The replacement key.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The replacement’s full key. Shown this once.' })
  secret!: string;

  @Field(() => ApiKeyObject, { description: 'The rotated key, working until its `graceEndsAt`.' })
  previous!: ApiKey;
}

@InputType({ description: 'Changes to a key. Omitted fields stay as they are; they take effect on the next request.' })
export class UpdateApiKeyInput {
  @Field(() => ID, { description: 'The key to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description (null clears it).' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'New scopes (replacing the old ones).' })
  scopes?: string[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New expiry (null: never).' })
  expiresAt?: Date | null;

  @Field(() => RateLimitInput, { nullable: true, description: 'Per-key limits (null: the plan’s).' })
  rateLimit?: RateLimitInput | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Permissions of your API to grant (`Project.permissions`); a key grants only permissions it holds.',
  })
  permissions?: string[] | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Your JSON object about the key (at most 4 KB).' })
  meta?: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your own id of who the key belongs to (at most 256 characters).',
  })
  externalId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'IPv4/IPv6 CIDRs (or single addresses) the key may be used from, at most 50; empty: anywhere.',
  })
  allowedCidrs?: string[] | null;

  @Field(() => CreditsInput, { nullable: true, description: 'Credits; null (on update) removes them.' })
  credits?: CreditsInput | null;
}

@ObjectType({ description: 'The id of a deleted key.' })
export class DeleteApiKeyPayload {
  @Field(() => ID, { description: 'The deleted key’s id.' })
  id!: string;
}

@InputType({ description: 'A key another backend received, to verify.' })
export class VerifyApiKeyInput {
  @Field(() => String, { description: 'The full key as presented.' })
  key!: string;

  @Field(() => [String], { nullable: true, description: 'Scopes the key must hold for the verification to be VALID.' })
  requiredScopes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Permissions of your API the key must hold (with what they imply) for the verification to be VALID.',
  })
  requiredPermissions?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Credits this use costs (default 1; 0 checks without spending).' })
  cost?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The address your caller connected from; required for a key with allowed CIDRs.',
  })
  clientAddress?: string | null;
}

@ObjectType('KeyVerification', {
  description: 'The result of verifying a key. A failure is data (`valid: false`), not an error.',
})
export class KeyVerification {
  @Field(() => Boolean, { description: 'Whether the key may be accepted.' })
  valid!: boolean;

  @Field(() => VerificationCode, { description: 'Why, as a stable code.' })
  code!: string;

  @Field(() => ApiKeyObject, {
    nullable: true,
    description: 'The key’s public fields, when it exists in a project you may verify for.',
  })
  apiKey!: ApiKey | null;

  @Field(() => RateLimitState, {
    nullable: true,
    description: 'The key’s rate-limit state, when rate limiting applies.',
  })
  rateLimit!: RateLimitState | null;

  @Field(() => [String], { description: 'The key’s permissions with everything they imply (empty unless found).' })
  permissions!: string[];

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The key’s meta.' })
  meta!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The key’s external id.' })
  externalId!: string | null;

  @Field(() => Credits, { nullable: true, description: 'The key’s credits after this use, when it has credits.' })
  credits!: Credits | null;
}
