/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Operation } from '../operation.js';

/** Where a key is meant to be used. */
export type ApiKeyEnvironment =
  /** Production traffic; keys look like `lk_live_…`. */
  | 'LIVE'
  /** Testing; keys look like `lk_test_…`, get 10× the per-minute limit and do not count against live usage. */
  | 'TEST';

/** Filters for a project’s keys. */
export type ApiKeyFilter = {
  /** Only keys of this environment. */
  environment?: ApiKeyEnvironment | null | undefined;
  /** Only keys with this external id (exactly). */
  externalId?: string | null | undefined;
  /** Only keys holding this scope (as granted, e.g. `keys:write`). */
  scope?: string | null | undefined;
  /** Only keys whose name contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only keys with this status. */
  status?: ApiKeyStatus | null | undefined;
};

/** Whether a key is accepted right now. */
export type ApiKeyStatus =
  /** Accepted. */
  | 'ACTIVE'
  /** Refused until reactivated. */
  | 'DEACTIVATED'
  /** Past its expiry (or past the grace period after a rotation); refused. */
  | 'EXPIRED'
  /** Reported leaked (a secret scanner or reportLeakedKey); refused for good: rotate it. */
  | 'LEAKED';

/** Filters for audit events. */
export type AuditEventFilter = {
  /** Only these actions. */
  actions?: Array<string> | null | undefined;
  /** Only events at or after this time. */
  since?: string | null | undefined;
  /** Only events about this target. */
  targetId?: string | number | null | undefined;
  /** Only events before this time. */
  until?: string | null | undefined;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** IPv4/IPv6 CIDRs (or single addresses) the key may be used from, at most 50; empty: anywhere. */
  allowedCidrs?: Array<string> | null | undefined;
  /** Credits; null (on update) removes them. */
  credits?: CreditsInput | null | undefined;
  /** Up to 500 characters. */
  description?: string | null | undefined;
  /** Defaults to `LIVE`. */
  environment?: ApiKeyEnvironment | null | undefined;
  /** When the key expires; omit for never. */
  expiresAt?: string | null | undefined;
  /** Your own id of who the key belongs to (at most 256 characters). */
  externalId?: string | null | undefined;
  /** Your JSON object about the key (at most 4 KB). */
  meta?: Record<string, unknown> | null | undefined;
  /** 1–64 printable characters, unique in the project. */
  name: string;
  /** Permissions of your API to grant (`Project.permissions`); a key grants only permissions it holds. */
  permissions?: Array<string> | null | undefined;
  /** The project the key belongs to. */
  projectId: string | number;
  /** Scopes to grant; you can grant only scopes you hold. May be empty. */
  scopes: Array<string>;
};

/** A new permission of the project’s own API. */
export type CreatePermissionInput = {
  /** What it grants (at most 500 characters). */
  description?: string | null | undefined;
  /** Other permissions of the project it implies. */
  implies?: Array<string> | null | undefined;
  /** `resource:action`, lowercase, e.g. `bots:read`; unique in the project. */
  name: string;
  /** The project. */
  projectId: string | number;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for (at most 500 characters). */
  description?: string | null | undefined;
  /** Event types to receive (see `webhookEventTypes`); an empty list means every event. */
  events: Array<string>;
  /** The project whose events it receives. */
  projectId: string | number;
  /** An https URL on a public address (at most 2048 characters); redirects are not followed. */
  url: string;
};

/** A refill of a key’s credits. */
export type CreditRefillInput = {
  /** Credits after each refill (1 to 1,000,000,000). */
  amount: number;
  /** DAY or MONTH. */
  interval: CreditRefillInterval;
};

/** How often a key’s credits are refilled. */
export type CreditRefillInterval =
  /** At 00:00 UTC every day. */
  | 'DAY'
  /** At 00:00 UTC on the first of every month. */
  | 'MONTH';

/** Credits of a key: it is refused with USAGE_EXCEEDED once they are spent. */
export type CreditsInput = {
  /** Refill per DAY or MONTH; omit for none. */
  refill?: CreditRefillInput | null | undefined;
  /** Credits now (0 to 1,000,000,000). */
  remaining: number;
};

/** Which permission to delete. */
export type DeletePermissionInput = {
  /** Also take it from the keys holding it (without it: CONFLICT while any key holds it). */
  force?: boolean | null | undefined;
  /** The permission. */
  id: string | number;
};

/** Credentials to log in with. */
export type LogInInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** A project's plan: its key limit and rate limits. */
export type Plan =
  /** Unlimited keys; limits set per key. */
  | 'ENTERPRISE'
  /** 2 keys; 100 requests per minute and 10,000 per day per key. */
  | 'FREE'
  /** 10 keys; 300 per minute and 50,000 per day per key. */
  | 'PRO'
  /** 50 keys; 1,000 per minute and 200,000 per day per key. */
  | 'TEAM';

/** A per-key override of the plan's rate limits (null clears it). */
export type RateLimitInput = {
  /** Requests per day. */
  perDay?: number | null | undefined;
  /** Requests per minute. */
  perMinute?: number | null | undefined;
};

/** Where a limit comes from. */
export type RateLimitSource =
  /** The key's own override. */
  | 'KEY'
  /** The project's plan. */
  | 'PLAN';

/** A member's role in a project; roles map to scopes. */
export type Role =
  /** Every scope, but cannot remove owners. */
  | 'ADMIN'
  /** projects:read, keys:write, keys:verify, usage:read, audit:read, members:read, webhooks:read. */
  | 'DEVELOPER'
  /** Every scope; only owners make or remove owners. */
  | 'OWNER'
  /** Every read scope. */
  | 'VIEWER';

/** Rotate a key: issue a replacement and retire this one after a grace period. */
export type RotateApiKeyInput = {
  /** How long the old key keeps working, in seconds (0, the default: refused at once; at most 30 days). */
  gracePeriodSeconds?: number | null | undefined;
  /** The key to rotate. */
  id: string | number;
};

/** Changes to a key. Omitted fields stay as they are; they take effect on the next request. */
export type UpdateApiKeyInput = {
  /** IPv4/IPv6 CIDRs (or single addresses) the key may be used from, at most 50; empty: anywhere. */
  allowedCidrs?: Array<string> | null | undefined;
  /** Credits; null (on update) removes them. */
  credits?: CreditsInput | null | undefined;
  /** New description (null clears it). */
  description?: string | null | undefined;
  /** New expiry (null: never). */
  expiresAt?: string | null | undefined;
  /** Your own id of who the key belongs to (at most 256 characters). */
  externalId?: string | null | undefined;
  /** The key to change. */
  id: string | number;
  /** Your JSON object about the key (at most 4 KB). */
  meta?: Record<string, unknown> | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** Permissions of your API to grant (`Project.permissions`); a key grants only permissions it holds. */
  permissions?: Array<string> | null | undefined;
  /** Per-key limits (null: the plan’s). */
  rateLimit?: RateLimitInput | null | undefined;
  /** New scopes (replacing the old ones). */
  scopes?: Array<string> | null | undefined;
};

/** Size of the time buckets of a usage report (UTC). */
export type UsageGranularity =
  /** One bucket per UTC day; ranges up to 90 days. */
  | 'DAY'
  /** One bucket per hour; ranges up to 31 days. */
  | 'HOUR';

/** Outcome of verifyApiKey. */
export type VerificationCode =
  /** The client address is not in the key’s allowed CIDRs (or none was given for a key that has a list). */
  | 'ADDRESS_NOT_ALLOWED'
  /** The key is deactivated. */
  | 'DEACTIVATED'
  /** The key has expired, or its rotation grace period has ended. */
  | 'EXPIRED'
  /** The key is valid but lacks a required permission of your API. */
  | 'INSUFFICIENT_PERMISSIONS'
  /** The key is valid but lacks a required scope. */
  | 'INSUFFICIENT_SCOPE'
  /** The key was reported leaked and is refused for good. */
  | 'LEAKED'
  /** The string is not a key: wrong format or checksum. */
  | 'MALFORMED'
  /** No such key in a project the caller may verify for, or the key was deleted. */
  | 'NOT_FOUND'
  /** The key is over its rate limit. */
  | 'RATE_LIMITED'
  /** The key has no credits left for this cost. */
  | 'USAGE_EXCEEDED'
  /** The key is valid and holds the required scopes. */
  | 'VALID';

/** A key another backend received, to verify. */
export type VerifyApiKeyInput = {
  /** The address your caller connected from; required for a key with allowed CIDRs. */
  clientAddress?: string | null | undefined;
  /** Credits this use costs (default 1; 0 checks without spending). */
  cost?: number | null | undefined;
  /** The full key as presented. */
  key: string;
  /** Permissions of your API the key must hold (with what they imply) for the verification to be VALID. */
  requiredPermissions?: Array<string> | null | undefined;
  /** Scopes the key must hold for the verification to be VALID. */
  requiredScopes?: Array<string> | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (or the endpoint is disabled); redeliver it to try again. */
  | 'FAILED'
  /** Not attempted yet. */
  | 'PENDING'
  /** An attempt failed; the next one is at `nextAttemptAt`. */
  | 'RETRYING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

export type WhoamiQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoamiQuery = { viewer: { isAdministrator: boolean, scopes: Array<string>, user: { id: string, email: string, name: string } | null, apiKey: { id: string, name: string, preview: string, environment: ApiKeyEnvironment } | null, project: { id: string, name: string } | null } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { token: string, user: { id: string, email: string, name: string } } };

export type AuditEventsLiveSubscriptionVariables = Exact<{
  projectId: string | number;
}>;


export type AuditEventsLiveSubscription = { auditEvents: { id: string, action: string, targetType: string, targetId: string, targetLabel: string | null, summary: Record<string, unknown>, clientAddress: string | null, userAgent: string | null, requestId: string | null, createdAt: string, actor: { type: string, id: string | null, label: string } } };

export type ApiKeyFieldsFragment = { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } };

export type AuditEventsQueryVariables = Exact<{
  projectId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { project: { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: string, targetType: string, targetId: string, targetLabel: string | null, summary: Record<string, unknown>, clientAddress: string | null, userAgent: string | null, requestId: string | null, createdAt: string, actor: { type: string, id: string | null, label: string } } }> } | null } | null };

export type VerifyKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type VerifyKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, apiKey: { id: string, name: string, environment: ApiKeyEnvironment, preview: string, expiresAt: string | null } | null, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { limit: number, remaining: number, resetAt: string } | null } };

export type UpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type UpdateApiKeyMutation = { updateApiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } } };

export type CreatePermissionMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type CreatePermissionMutation = { createPermission: { id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string } };

export type ReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateApiKeyMutation = { reactivateApiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } };

export type PermissionsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type PermissionsQuery = { project: { permissions: Array<{ id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string }> } | null };

export type UsageReportFieldsFragment = { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byKey: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> };

export type DeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateApiKeyMutation = { deactivateApiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } };

export type ApiKeysQueryVariables = Exact<{
  projectId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
}>;


export type ApiKeysQuery = { project: { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } }> } | null } | null };

export type ApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyQuery = { apiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } | null };

export type ScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopesQuery = { scopes: Array<{ name: string, description: string, implies: Array<string> }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { isAdministrator: boolean, scopes: Array<string>, user: { id: string, email: string, name: string, createdAt: string } | null, apiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, project: { id: string } } | null, project: { id: string, name: string } | null, rateLimit: { limit: number, remaining: number, resetAt: string } | null } };

export type ProjectFieldsFragment = { id: string, name: string, plan: Plan, createdAt: string, keyCount: number, viewerRole: Role | null, limits: { maxKeys: number | null, perMinute: number | null, perDay: number | null } };

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestWebhookMutation = { sendTestWebhook: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, durationMs: number | null, error: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null } };

export type ApiKeyUsageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
}>;


export type ApiKeyUsageQuery = { apiKey: { usage: { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byKey: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> } | null } | null };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { project: { id: string, name: string, plan: Plan, createdAt: string, keyCount: number, viewerRole: Role | null, limits: { maxKeys: number | null, perMinute: number | null, perDay: number | null } } | null };

export type WebhookEndpointsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type WebhookEndpointsQuery = { project: { webhookEndpoints: Array<{ id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, createdAt: string }> } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type RotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type RotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } }, previous: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, graceEndsAt: string | null, rotatedAt: string | null, scopes: Array<{ name: string }>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, rotatedFrom: { id: string } | null, replacedBy: { id: string } | null, project: { id: string } } } };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { projects: Array<{ id: string, name: string, plan: Plan, createdAt: string, keyCount: number, viewerRole: Role | null, limits: { maxKeys: number | null, perMinute: number | null, perDay: number | null } }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, createdAt: string } } };

export type DeletePermissionMutationVariables = Exact<{
  input: DeletePermissionInput;
}>;


export type DeletePermissionMutation = { deletePermission: { id: string, removedFromKeys: number } };

export type DeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type ProjectUsageQueryVariables = Exact<{
  projectId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
  environment?: ApiKeyEnvironment | null | undefined;
}>;


export type ProjectUsageQuery = { project: { usage: { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byKey: Array<{ bucketStart: string, apiKeyId: string | null, operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> } | null } | null };

/** The `Whoami` query, with its result and variables types. */
export const WhoamiOperation: Operation<WhoamiQuery, WhoamiQueryVariables> = {
  name: "Whoami",
  type: "query",
  document: "query Whoami{viewer{isAdministrator scopes user{id email name}apiKey{id name preview environment}project{id name}}}",
};

/** The `LogIn` mutation, with its result and variables types. */
export const LogInOperation: Operation<LogInMutation, LogInMutationVariables> = {
  name: "LogIn",
  type: "mutation",
  document: "mutation LogIn($input:LogInInput!){logIn(input:$input){token user{id email name}}}",
};

/** The `AuditEventsLive` subscription, with its result and variables types. */
export const AuditEventsLiveOperation: Operation<AuditEventsLiveSubscription, AuditEventsLiveSubscriptionVariables> = {
  name: "AuditEventsLive",
  type: "subscription",
  document: "subscription AuditEventsLive($projectId:ID!){auditEvents(projectId:$projectId){id action actor{type id label}targetType targetId targetLabel summary clientAddress userAgent requestId createdAt}}",
};

/** The `AuditEvents` query, with its result and variables types. */
export const AuditEventsOperation: Operation<AuditEventsQuery, AuditEventsQueryVariables> = {
  name: "AuditEvents",
  type: "query",
  document: "query AuditEvents($projectId:ID!$first:Int$after:String$filter:AuditEventFilter){project(id:$projectId){auditEvents(first:$first after:$after filter:$filter){totalCount pageInfo{hasNextPage endCursor}edges{cursor node{id action actor{type id label}targetType targetId targetLabel summary clientAddress userAgent requestId createdAt}}}}}",
};

/** The `VerifyKey` mutation, with its result and variables types. */
export const VerifyKeyOperation: Operation<VerifyKeyMutation, VerifyKeyMutationVariables> = {
  name: "VerifyKey",
  type: "mutation",
  document: "mutation VerifyKey($input:VerifyApiKeyInput!){verifyApiKey(input:$input){valid code apiKey{id name environment preview expiresAt}permissions externalId meta credits{remaining refill{amount interval}refillAt}rateLimit{limit remaining resetAt}}}",
};

/** The `UpdateApiKey` mutation, with its result and variables types. */
export const UpdateApiKeyOperation: Operation<UpdateApiKeyMutation, UpdateApiKeyMutationVariables> = {
  name: "UpdateApiKey",
  type: "mutation",
  document: "mutation UpdateApiKey($input:UpdateApiKeyInput!){updateApiKey(input:$input){...ApiKeyFields}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `CreateApiKey` mutation, with its result and variables types. */
export const CreateApiKeyOperation: Operation<CreateApiKeyMutation, CreateApiKeyMutationVariables> = {
  name: "CreateApiKey",
  type: "mutation",
  document: "mutation CreateApiKey($input:CreateApiKeyInput!){createApiKey(input:$input){secret apiKey{...ApiKeyFields}}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `CreatePermission` mutation, with its result and variables types. */
export const CreatePermissionOperation: Operation<CreatePermissionMutation, CreatePermissionMutationVariables> = {
  name: "CreatePermission",
  type: "mutation",
  document: "mutation CreatePermission($input:CreatePermissionInput!){createPermission(input:$input){id name description implies keyCount createdAt}}",
};

/** The `ReactivateApiKey` mutation, with its result and variables types. */
export const ReactivateApiKeyOperation: Operation<ReactivateApiKeyMutation, ReactivateApiKeyMutationVariables> = {
  name: "ReactivateApiKey",
  type: "mutation",
  document: "mutation ReactivateApiKey($id:ID!){reactivateApiKey(id:$id){...ApiKeyFields}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `Permissions` query, with its result and variables types. */
export const PermissionsOperation: Operation<PermissionsQuery, PermissionsQueryVariables> = {
  name: "Permissions",
  type: "query",
  document: "query Permissions($projectId:ID!){project(id:$projectId){permissions{id name description implies keyCount createdAt}}}",
};

/** The `DeactivateApiKey` mutation, with its result and variables types. */
export const DeactivateApiKeyOperation: Operation<DeactivateApiKeyMutation, DeactivateApiKeyMutationVariables> = {
  name: "DeactivateApiKey",
  type: "mutation",
  document: "mutation DeactivateApiKey($id:ID!){deactivateApiKey(id:$id){...ApiKeyFields}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `ApiKeys` query, with its result and variables types. */
export const ApiKeysOperation: Operation<ApiKeysQuery, ApiKeysQueryVariables> = {
  name: "ApiKeys",
  type: "query",
  document: "query ApiKeys($projectId:ID!$first:Int$after:String$filter:ApiKeyFilter){project(id:$projectId){apiKeys(first:$first after:$after filter:$filter){totalCount pageInfo{hasNextPage endCursor}edges{cursor node{...ApiKeyFields}}}}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `ApiKey` query, with its result and variables types. */
export const ApiKeyOperation: Operation<ApiKeyQuery, ApiKeyQueryVariables> = {
  name: "ApiKey",
  type: "query",
  document: "query ApiKey($id:ID!){apiKey(id:$id){...ApiKeyFields}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `Scopes` query, with its result and variables types. */
export const ScopesOperation: Operation<ScopesQuery, ScopesQueryVariables> = {
  name: "Scopes",
  type: "query",
  document: "query Scopes{scopes{name description implies}}",
};

/** The `Viewer` query, with its result and variables types. */
export const ViewerOperation: Operation<ViewerQuery, ViewerQueryVariables> = {
  name: "Viewer",
  type: "query",
  document: "query Viewer{viewer{isAdministrator scopes user{id email name createdAt}apiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt project{id}}project{id name}rateLimit{limit remaining resetAt}}}",
};

/** The `SendTestWebhook` mutation, with its result and variables types. */
export const SendTestWebhookOperation: Operation<SendTestWebhookMutation, SendTestWebhookMutationVariables> = {
  name: "SendTestWebhook",
  type: "mutation",
  document: "mutation SendTestWebhook($id:ID!){sendTestWebhook(id:$id){id eventId eventType status attempts responseStatus durationMs error createdAt lastAttemptAt nextAttemptAt}}",
};

/** The `ApiKeyUsage` query, with its result and variables types. */
export const ApiKeyUsageOperation: Operation<ApiKeyUsageQuery, ApiKeyUsageQueryVariables> = {
  name: "ApiKeyUsage",
  type: "query",
  document: "query ApiKeyUsage($id:ID!$from:DateTime$to:DateTime$granularity:UsageGranularity){apiKey(id:$id){usage(from:$from to:$to granularity:$granularity){...UsageReportFields}}}fragment UsageReportFields on UsageReport{from to granularity totals{requests ok errors denied rateLimited}series{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}byOperation{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}byKey{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}}",
};

/** The `Project` query, with its result and variables types. */
export const ProjectOperation: Operation<ProjectQuery, ProjectQueryVariables> = {
  name: "Project",
  type: "query",
  document: "query Project($id:ID!){project(id:$id){...ProjectFields}}fragment ProjectFields on Project{id name plan createdAt keyCount limits{maxKeys perMinute perDay}viewerRole}",
};

/** The `WebhookEndpoints` query, with its result and variables types. */
export const WebhookEndpointsOperation: Operation<WebhookEndpointsQuery, WebhookEndpointsQueryVariables> = {
  name: "WebhookEndpoints",
  type: "query",
  document: "query WebhookEndpoints($projectId:ID!){project(id:$projectId){webhookEndpoints{id url description events enabled disabledReason failingSince secretPreview createdAt}}}",
};

/** The `LogOut` mutation, with its result and variables types. */
export const LogOutOperation: Operation<LogOutMutation, LogOutMutationVariables> = {
  name: "LogOut",
  type: "mutation",
  document: "mutation LogOut{logOut}",
};

/** The `RotateApiKey` mutation, with its result and variables types. */
export const RotateApiKeyOperation: Operation<RotateApiKeyMutation, RotateApiKeyMutationVariables> = {
  name: "RotateApiKey",
  type: "mutation",
  document: "mutation RotateApiKey($input:RotateApiKeyInput!){rotateApiKey(input:$input){secret apiKey{...ApiKeyFields}previous{...ApiKeyFields}}}fragment ApiKeyFields on ApiKey{id name description environment preview status isDefault scopes{name}permissions externalId meta allowedCidrs credits{remaining refill{amount interval}refillAt}rateLimit{perMinute perDay burstPerMinute source}expiresAt createdAt lastUsedAt usageCount graceEndsAt rotatedAt rotatedFrom{id}replacedBy{id}project{id}}",
};

/** The `Projects` query, with its result and variables types. */
export const ProjectsOperation: Operation<ProjectsQuery, ProjectsQueryVariables> = {
  name: "Projects",
  type: "query",
  document: "query Projects{projects{...ProjectFields}}fragment ProjectFields on Project{id name plan createdAt keyCount limits{maxKeys perMinute perDay}viewerRole}",
};

/** The `CreateWebhookEndpoint` mutation, with its result and variables types. */
export const CreateWebhookEndpointOperation: Operation<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables> = {
  name: "CreateWebhookEndpoint",
  type: "mutation",
  document: "mutation CreateWebhookEndpoint($input:CreateWebhookEndpointInput!){createWebhookEndpoint(input:$input){secret endpoint{id url description events enabled disabledReason failingSince secretPreview createdAt}}}",
};

/** The `DeletePermission` mutation, with its result and variables types. */
export const DeletePermissionOperation: Operation<DeletePermissionMutation, DeletePermissionMutationVariables> = {
  name: "DeletePermission",
  type: "mutation",
  document: "mutation DeletePermission($input:DeletePermissionInput!){deletePermission(input:$input){id removedFromKeys}}",
};

/** The `DeleteApiKey` mutation, with its result and variables types. */
export const DeleteApiKeyOperation: Operation<DeleteApiKeyMutation, DeleteApiKeyMutationVariables> = {
  name: "DeleteApiKey",
  type: "mutation",
  document: "mutation DeleteApiKey($id:ID!){deleteApiKey(id:$id){id}}",
};

/** The `ProjectUsage` query, with its result and variables types. */
export const ProjectUsageOperation: Operation<ProjectUsageQuery, ProjectUsageQueryVariables> = {
  name: "ProjectUsage",
  type: "query",
  document: "query ProjectUsage($projectId:ID!$from:DateTime$to:DateTime$granularity:UsageGranularity$environment:ApiKeyEnvironment){project(id:$projectId){usage(from:$from to:$to granularity:$granularity environment:$environment){...UsageReportFields}}}fragment UsageReportFields on UsageReport{from to granularity totals{requests ok errors denied rateLimited}series{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}byOperation{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}byKey{bucketStart apiKeyId operation requests ok errors denied rateLimited averageDurationMs}}",
};

/** The fields of `VerifyApiKeyInput` in the schema this file was generated from. */
export const VerifyApiKeyInputFields: ReadonlySet<string> = new Set(["clientAddress","cost","key","requiredPermissions","requiredScopes"]);
