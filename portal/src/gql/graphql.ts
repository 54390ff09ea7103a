/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Invite someone to a project by email. The answer is the same whether or not the email has an account: an invitation to an unknown email waits for its sign-up. */
export type AddMemberInput = {
  /** Email of the person to invite (signed up or not). */
  email: string;
  /** The project. */
  projectId: string | number;
  /** Their role once they accept; you can grant only what you hold. */
  role: Role;
};

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

/** A new password, confirmed with the current one. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password: the same rules as at sign-up (12+ characters, not common or guessable). Your other sessions are revoked. */
  newPassword: string;
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

/** A new personal access token. */
export type CreatePersonalTokenInput = {
  /** Required: when the token expires, at most 366 days from now. */
  expiresAt: string;
  /** A name to recognise the token by (1–64 characters, unique among yours). */
  name: string;
  /** Projects the token may act in (yours); empty for all of your projects. */
  projectIds: Array<string | number>;
  /** Scopes from the scopes query; at least one. */
  scopes: Array<string>;
};

/** A new project. */
export type CreateProjectInput = {
  /** 1–64 printable characters. */
  name: string;
  /** Defaults to the instance’s default plan (LATCHKEY_DEFAULT_PLAN, FREE unless set); only instance administrators may ask for another (FORBIDDEN otherwise). */
  plan?: Plan | null | undefined;
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

/** Confirmation of an account deletion. */
export type DeleteAccountInput = {
  /** The account’s password. */
  password: string;
};

/** Which permission to delete. */
export type DeletePermissionInput = {
  /** Also take it from the keys holding it (without it: CONFLICT while any key holds it). */
  force?: boolean | null | undefined;
  /** The permission. */
  id: string | number;
};

/** Which project to delete, and its name typed again as a confirmation. */
export type DeleteProjectInput = {
  /** The project’s name, exactly: a guard against deleting the wrong one. */
  confirmName: string;
  /** The project. */
  id: string | number;
};

/** Who reported a leaked key. */
export type LeakReporter =
  /** GitHub’s secret scanning found the key in a public repository, gist or package. */
  | 'GITHUB'
  /** Someone reported it with `reportLeakedKey`. */
  | 'REPORT';

/** Credentials to log in with. */
export type LogInInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** Whether a membership is a pending invitation or in force. */
export type MembershipStatus =
  /** A member: the role’s scopes apply. */
  | 'ACTIVE'
  /** Invited: grants nothing until the invitee accepts (acceptInvitation) or declines it. */
  | 'INVITED';

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

/** Remove a member, or withdraw an invitation: give exactly one of userId and email. */
export type RemoveMemberInput = {
  /** The member’s or invitee’s email: the only handle of an invitation to an email without an account. */
  email?: string | null | undefined;
  /** The project. */
  projectId: string | number;
  /** The member’s (or a signed-up invitee’s) user id. */
  userId?: string | number | null | undefined;
};

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

/** Replace an endpoint’s signing secret. */
export type RotateWebhookSecretInput = {
  /** The endpoint. */
  id: string | number;
  /** Seconds the previous secret keeps signing too (two signatures per request), 0 to 604800 (7 days); default 86400. */
  overlapSeconds?: number | null | undefined;
};

/** A new account. */
export type SignUpInput = {
  /** Email address; must be unique (case-insensitive). */
  email: string;
  /** Display name; defaults to the part of the email before @. */
  name?: string | null | undefined;
  /** At least 12 characters, not only spaces or control characters, and not common or guessable (a zxcvbn score of 3 or more; the email and name count as guessable words). */
  password: string;
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

/** Change a member’s role. */
export type UpdateMemberRoleInput = {
  /** The project. */
  projectId: string | number;
  /** The new role. */
  role: Role;
  /** The member’s user id. */
  userId: string | number;
};

/** Changes to a permission; its name is fixed (keys hold it by name). */
export type UpdatePermissionInput = {
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** The permission. */
  id: string | number;
  /** The permissions it implies, replacing the list. */
  implies?: Array<string> | null | undefined;
};

/** Change an endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new description; an empty string clears it. */
  description?: string | null | undefined;
  /** Disable or enable it; enabling clears its failure streak. */
  enabled?: boolean | null | undefined;
  /** New event types; an empty list means every event. */
  events?: Array<string> | null | undefined;
  /** The endpoint. */
  id: string | number;
  /** A new URL (checked like a new endpoint’s). */
  url?: string | null | undefined;
};

/** Size of the time buckets of a usage report (UTC). */
export type UsageGranularity =
  /** One bucket per UTC day; ranges up to 90 days. */
  | 'DAY'
  /** One bucket per hour; ranges up to 31 days. */
  | 'HOUR';

/** How a metered request ended. */
export type UsageOutcome =
  /** Refused for a missing scope (FORBIDDEN). */
  | 'DENIED'
  /** Answered with errors (bad input, not found, an internal error). */
  | 'ERROR'
  /** Answered without errors. */
  | 'OK'
  /** Refused with 429: the key was over its rate limit; nothing was executed. */
  | 'RATE_LIMITED';

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

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { viewer: { user: { id: string, email: string, name: string } | null, personalTokens: Array<{ id: string, name: string, preview: string, scopes: Array<string>, projectIds: Array<string>, createdAt: string, expiresAt: string, expired: boolean, lastUsedAt: string | null }>, sessions: Array<{ id: string, createdAt: string, expiresAt: string, userAgent: string | null, clientAddress: string | null, current: boolean }> }, projects: Array<{ id: string, name: string }>, scopes: Array<{ name: string, description: string, implies: Array<string> }> };

export type CreatePersonalTokenMutationVariables = Exact<{
  input: CreatePersonalTokenInput;
}>;


export type CreatePersonalTokenMutation = { createPersonalToken: { secret: string, token: { id: string, name: string } } };

export type RevokePersonalTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokePersonalTokenMutation = { revokePersonalToken: { id: string } };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type PortalApiKeyChangedSubscriptionVariables = Exact<{
  projectId: string | number;
}>;


export type PortalApiKeyChangedSubscription = { apiKeyChanged: { id: string } };

export type PortalAuditEventsSubscriptionVariables = Exact<{
  projectId: string | number;
}>;


export type PortalAuditEventsSubscription = { auditEvents: { id: string, targetId: string } };

export type PortalUsageEventsSubscriptionVariables = Exact<{
  projectId: string | number;
  apiKeyId?: string | number | null | undefined;
}>;


export type PortalUsageEventsSubscription = { usageEvents: { id: string, apiKeyId: string, operation: string, operationType: string, outcome: UsageOutcome, durationMs: number, createdAt: string } };

export type KeyDetailQueryVariables = Exact<{
  id: string | number;
  auditFirst?: number | null | undefined;
  auditAfter?: string | null | undefined;
}>;


export type KeyDetailQuery = { apiKey: { liveConnections: number, id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, isDefault: boolean, createdAt: string, lastUsedAt: string | null, usageCount: number, expiresAt: string | null, graceEndsAt: string | null, rotatedAt: string | null, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, leaks: Array<{ id: string, reporter: LeakReporter, url: string | null, reportedAt: string }> | null, rotatedFrom: { id: string, name: string, preview: string } | null, replacedBy: { id: string, name: string, preview: string } | null, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, createdAt: string, targetType: string, targetId: string, targetLabel: string | null, clientAddress: string | null, userAgent: string | null, requestId: string | null, summary: Record<string, unknown>, actor: { id: string | null, label: string, type: string } } }> } | null, scopes: Array<{ name: string }>, createdBy: { id: string | null, label: string, type: string } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null } | null };

export type KeyFieldsFragment = { id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, isDefault: boolean, createdAt: string, lastUsedAt: string | null, usageCount: number, expiresAt: string | null, graceEndsAt: string | null, rotatedAt: string | null, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, scopes: Array<{ name: string }>, createdBy: { id: string | null, label: string, type: string } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null };

export type ProjectKeysQueryVariables = Exact<{
  projectId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
}>;


export type ProjectKeysQuery = { project: { id: string, plan: Plan, keyCount: number, limits: { maxKeys: number | null }, apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, isDefault: boolean, createdAt: string, lastUsedAt: string | null, usageCount: number, expiresAt: string | null, graceEndsAt: string | null, rotatedAt: string | null, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, scopes: Array<{ name: string }>, createdBy: { id: string | null, label: string, type: string } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null } }> } | null } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, preview: string, permissions: Array<string> } } };

export type UpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type UpdateApiKeyMutation = { updateApiKey: { id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, isDefault: boolean, createdAt: string, lastUsedAt: string | null, usageCount: number, expiresAt: string | null, graceEndsAt: string | null, rotatedAt: string | null, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, scopes: Array<{ name: string }>, createdBy: { id: string | null, label: string, type: string } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null } };

export type RotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type RotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, name: string, preview: string, permissions: Array<string> }, previous: { id: string, preview: string, graceEndsAt: string | null, status: ApiKeyStatus } } };

export type DeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateApiKeyMutation = { deactivateApiKey: { id: string, status: ApiKeyStatus } };

export type ReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateApiKeyMutation = { reactivateApiKey: { id: string, status: ApiKeyStatus } };

export type DeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, email: string, name: string } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { user: { id: string, email: string, name: string } } };

export type PartnerKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerKeyQuery = { viewer: { scopes: Array<string>, apiKey: { id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, createdAt: string, expiresAt: string | null, graceEndsAt: string | null, scopes: Array<{ name: string, description: string }>, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource } } | null } };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { viewer: { isAdministrator: boolean }, projects: Array<{ id: string, name: string, plan: Plan, viewerRole: Role | null, createdAt: string, limits: { maxKeys: number | null }, apiKeys: { totalCount: number } | null }> };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { secret: string, project: { id: string, name: string }, defaultKey: { id: string, name: string, preview: string } } };

export type PermissionFieldsFragment = { id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string };

export type ProjectPermissionsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectPermissionsQuery = { project: { id: string, permissions: Array<{ id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string }> } | null };

export type CreatePermissionMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type CreatePermissionMutation = { createPermission: { id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string } };

export type UpdatePermissionMutationVariables = Exact<{
  input: UpdatePermissionInput;
}>;


export type UpdatePermissionMutation = { updatePermission: { id: string, name: string, description: string | null, implies: Array<string>, keyCount: number, createdAt: string } };

export type DeletePermissionMutationVariables = Exact<{
  input: DeletePermissionInput;
}>;


export type DeletePermissionMutation = { deletePermission: { id: string, removedFromKeys: number } };

export type ProjectOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectOverviewQuery = { viewer: { user: { id: string } | null }, project: { id: string, name: string, plan: Plan, viewerRole: Role | null, createdAt: string, limits: { maxKeys: number | null, perMinute: number | null, perDay: number | null }, members: Array<{ id: string, scopes: Array<string>, user: { id: string } | null }> | null, leakedKeys: Array<{ id: string, name: string, description: string | null, preview: string, status: ApiKeyStatus, environment: ApiKeyEnvironment, isDefault: boolean, createdAt: string, lastUsedAt: string | null, usageCount: number, expiresAt: string | null, graceEndsAt: string | null, rotatedAt: string | null, permissions: Array<string>, externalId: string | null, meta: Record<string, unknown> | null, allowedCidrs: Array<string>, leaks: Array<{ id: string, reporter: LeakReporter, url: string | null, reportedAt: string }> | null, scopes: Array<{ name: string }>, createdBy: { id: string | null, label: string, type: string } | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null, source: RateLimitSource }, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null }> | null } | null, scopes: Array<{ name: string, description: string, implies: Array<string> }> };

export type ProjectMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectMembersQuery = { project: { id: string, members: Array<{ id: string, role: Role, status: MembershipStatus, email: string, createdAt: string, joinedAt: string | null, user: { id: string, name: string, email: string } | null }> | null } | null };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { id: string, role: Role } };

export type UpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type UpdateMemberRoleMutation = { updateMemberRole: { id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type AuditEventFieldsFragment = { id: string, action: string, createdAt: string, targetType: string, targetId: string, targetLabel: string | null, clientAddress: string | null, userAgent: string | null, requestId: string | null, summary: Record<string, unknown>, actor: { id: string | null, label: string, type: string } };

export type ProjectAuditQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type ProjectAuditQuery = { project: { id: string, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, createdAt: string, targetType: string, targetId: string, targetLabel: string | null, clientAddress: string | null, userAgent: string | null, requestId: string | null, summary: Record<string, unknown>, actor: { id: string | null, label: string, type: string } } }> } | null } | null };

export type DeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type DeleteProjectMutation = { deleteProject: { id: string, purgeAt: string } };

export type ViewerInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerInvitationsQuery = { viewer: { invitations: Array<{ projectId: string, projectName: string, role: Role, invitedAt: string }> } };

export type AcceptInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, status: MembershipStatus } };

export type DeclineInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type DeclineInvitationMutation = { declineInvitation: boolean };

export type SessionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionViewerQuery = { viewer: { user: { id: string, email: string, name: string } | null } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type UsageReportFieldsFragment = { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> };

export type ActivityFieldsFragment = { id: string, operation: string, operationType: string, outcome: UsageOutcome, durationMs: number, clientAddress: string | null, createdAt: string };

export type KeyUsageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
}>;


export type KeyUsageQuery = { apiKey: { id: string, usage: { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> } | null } | null };

export type KeyActivityQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type KeyActivityQuery = { apiKey: { id: string, recentActivity: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, operation: string, operationType: string, outcome: UsageOutcome, durationMs: number, clientAddress: string | null, createdAt: string } }> } | null } | null };

export type PartnerUsageQueryVariables = Exact<{
  from?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
}>;


export type PartnerUsageQuery = { viewer: { rateLimit: { limit: number, remaining: number, resetAt: string } | null, project: { id: string } | null, apiKey: { id: string, usage: { from: string, to: string, granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> } | null, recentActivity: { totalCount: number, edges: Array<{ node: { id: string, operation: string, operationType: string, outcome: UsageOutcome, durationMs: number, clientAddress: string | null, createdAt: string } }> } | null } | null } };

export type ProjectUsageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
  environment?: ApiKeyEnvironment | null | undefined;
}>;


export type ProjectUsageQuery = { project: { id: string, usage: { from: string, to: string, granularity: UsageGranularity, byKey: Array<{ apiKeyId: string | null, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, series: Array<{ bucketStart: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byOperation: Array<{ operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }> } | null, apiKeys: { edges: Array<{ node: { id: string, name: string, preview: string } }> } | null } | null };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string };

export type ProjectWebhooksQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectWebhooksQuery = { project: { id: string, webhookEndpoints: Array<{ id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string, deliveries: { totalCount: number, edges: Array<{ node: { id: string, status: WebhookDeliveryStatus, createdAt: string } }> } }> } | null, webhookEventTypes: Array<{ name: string, description: string }> };

export type WebhookDeliveryFieldsFragment = { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, responseStatus: number | null, durationMs: number | null, error: string | null, redeliveryOf: string | null, createdAt: string };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, responseStatus: number | null, durationMs: number | null, error: string | null, redeliveryOf: string | null, createdAt: string } }> } } | null, webhookEventTypes: Array<{ name: string, description: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { id: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null, secretPreview: string, previousSecretExpiresAt: string | null, createdAt: string } } };

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestWebhookMutation = { sendTestWebhook: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, responseStatus: number | null, durationMs: number | null, error: string | null, redeliveryOf: string | null, createdAt: string } };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, responseStatus: number | null, durationMs: number | null, error: string | null, redeliveryOf: string | null, createdAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeyFields on ApiKey {
  id
  name
  description
  preview
  status
  environment
  isDefault
  scopes {
    name
  }
  createdAt
  createdBy {
    id
    label
    type
  }
  lastUsedAt
  usageCount
  expiresAt
  graceEndsAt
  rotatedAt
  rateLimit {
    perMinute
    perDay
    burstPerMinute
    source
  }
  permissions
  externalId
  meta
  allowedCidrs
  credits {
    remaining
    refillAt
    refill {
      amount
      interval
    }
  }
}
    `, {"fragmentName":"KeyFields"}) as unknown as TypedDocumentString<KeyFieldsFragment, unknown>;
export const PermissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PermissionFields on Permission {
  id
  name
  description
  implies
  keyCount
  createdAt
}
    `, {"fragmentName":"PermissionFields"}) as unknown as TypedDocumentString<PermissionFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  id
  action
  createdAt
  targetType
  targetId
  targetLabel
  clientAddress
  userAgent
  requestId
  summary
  actor {
    id
    label
    type
  }
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const UsageReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment UsageReportFields on UsageReport {
  from
  to
  granularity
  totals {
    requests
    ok
    errors
    denied
    rateLimited
  }
  series {
    bucketStart
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
  byOperation {
    operation
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
}
    `, {"fragmentName":"UsageReportFields"}) as unknown as TypedDocumentString<UsageReportFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  operation
  operationType
  outcome
  durationMs
  clientAddress
  createdAt
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventId
  eventType
  status
  attempts
  lastAttemptAt
  nextAttemptAt
  responseStatus
  durationMs
  error
  redeliveryOf
  createdAt
}
    `, {"fragmentName":"WebhookDeliveryFields"}) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const AccountDocument = new TypedDocumentString(`
    query Account {
  viewer {
    user {
      id
      email
      name
    }
    personalTokens {
      id
      name
      preview
      scopes
      projectIds
      createdAt
      expiresAt
      expired
      lastUsedAt
    }
    sessions {
      id
      createdAt
      expiresAt
      userAgent
      clientAddress
      current
    }
  }
  projects {
    id
    name
  }
  scopes {
    name
    description
    implies
  }
}
    `) as unknown as TypedDocumentString<AccountQuery, AccountQueryVariables>;
export const CreatePersonalTokenDocument = new TypedDocumentString(`
    mutation CreatePersonalToken($input: CreatePersonalTokenInput!) {
  createPersonalToken(input: $input) {
    token {
      id
      name
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<CreatePersonalTokenMutation, CreatePersonalTokenMutationVariables>;
export const RevokePersonalTokenDocument = new TypedDocumentString(`
    mutation RevokePersonalToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokePersonalTokenMutation, RevokePersonalTokenMutationVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const PortalApiKeyChangedDocument = new TypedDocumentString(`
    subscription PortalApiKeyChanged($projectId: ID!) {
  apiKeyChanged(projectId: $projectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalApiKeyChangedSubscription, PortalApiKeyChangedSubscriptionVariables>;
export const PortalAuditEventsDocument = new TypedDocumentString(`
    subscription PortalAuditEvents($projectId: ID!) {
  auditEvents(projectId: $projectId) {
    id
    targetId
  }
}
    `) as unknown as TypedDocumentString<PortalAuditEventsSubscription, PortalAuditEventsSubscriptionVariables>;
export const PortalUsageEventsDocument = new TypedDocumentString(`
    subscription PortalUsageEvents($projectId: ID!, $apiKeyId: ID) {
  usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) {
    id
    apiKeyId
    operation
    operationType
    outcome
    durationMs
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PortalUsageEventsSubscription, PortalUsageEventsSubscriptionVariables>;
export const KeyDetailDocument = new TypedDocumentString(`
    query KeyDetail($id: ID!, $auditFirst: Int, $auditAfter: String) {
  apiKey(id: $id) {
    ...KeyFields
    leaks {
      id
      reporter
      url
      reportedAt
    }
    liveConnections
    rotatedFrom {
      id
      name
      preview
    }
    replacedBy {
      id
      name
      preview
    }
    auditEvents(first: $auditFirst, after: $auditAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEventFields
        }
      }
    }
  }
}
    fragment KeyFields on ApiKey {
  id
  name
  description
  preview
  status
  environment
  isDefault
  scopes {
    name
  }
  createdAt
  createdBy {
    id
    label
    type
  }
  lastUsedAt
  usageCount
  expiresAt
  graceEndsAt
  rotatedAt
  rateLimit {
    perMinute
    perDay
    burstPerMinute
    source
  }
  permissions
  externalId
  meta
  allowedCidrs
  credits {
    remaining
    refillAt
    refill {
      amount
      interval
    }
  }
}
fragment AuditEventFields on AuditEvent {
  id
  action
  createdAt
  targetType
  targetId
  targetLabel
  clientAddress
  userAgent
  requestId
  summary
  actor {
    id
    label
    type
  }
}`) as unknown as TypedDocumentString<KeyDetailQuery, KeyDetailQueryVariables>;
export const ProjectKeysDocument = new TypedDocumentString(`
    query ProjectKeys($projectId: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {
  project(id: $projectId) {
    id
    plan
    keyCount
    limits {
      maxKeys
    }
    apiKeys(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...KeyFields
        }
      }
    }
  }
}
    fragment KeyFields on ApiKey {
  id
  name
  description
  preview
  status
  environment
  isDefault
  scopes {
    name
  }
  createdAt
  createdBy {
    id
    label
    type
  }
  lastUsedAt
  usageCount
  expiresAt
  graceEndsAt
  rotatedAt
  rateLimit {
    perMinute
    perDay
    burstPerMinute
    source
  }
  permissions
  externalId
  meta
  allowedCidrs
  credits {
    remaining
    refillAt
    refill {
      amount
      interval
    }
  }
}`) as unknown as TypedDocumentString<ProjectKeysQuery, ProjectKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
      preview
      permissions
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const UpdateApiKeyDocument = new TypedDocumentString(`
    mutation UpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    ...KeyFields
  }
}
    fragment KeyFields on ApiKey {
  id
  name
  description
  preview
  status
  environment
  isDefault
  scopes {
    name
  }
  createdAt
  createdBy {
    id
    label
    type
  }
  lastUsedAt
  usageCount
  expiresAt
  graceEndsAt
  rotatedAt
  rateLimit {
    perMinute
    perDay
    burstPerMinute
    source
  }
  permissions
  externalId
  meta
  allowedCidrs
  credits {
    remaining
    refillAt
    refill {
      amount
      interval
    }
  }
}`) as unknown as TypedDocumentString<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;
export const RotateApiKeyDocument = new TypedDocumentString(`
    mutation RotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
      name
      preview
      permissions
    }
    previous {
      id
      preview
      graceEndsAt
      status
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const DeactivateApiKeyDocument = new TypedDocumentString(`
    mutation DeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeactivateApiKeyMutation, DeactivateApiKeyMutationVariables>;
export const ReactivateApiKeyDocument = new TypedDocumentString(`
    mutation ReactivateApiKey($id: ID!) {
  reactivateApiKey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateApiKeyMutation, ReactivateApiKeyMutationVariables>;
export const DeleteApiKeyDocument = new TypedDocumentString(`
    mutation DeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const PartnerKeyDocument = new TypedDocumentString(`
    query PartnerKey {
  viewer {
    scopes
    apiKey {
      id
      name
      description
      preview
      status
      environment
      createdAt
      expiresAt
      graceEndsAt
      scopes {
        name
        description
      }
      rateLimit {
        perMinute
        perDay
        burstPerMinute
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerKeyQuery, PartnerKeyQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects {
  viewer {
    isAdministrator
  }
  projects {
    id
    name
    plan
    viewerRole
    createdAt
    limits {
      maxKeys
    }
    apiKeys(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
      name
    }
    defaultKey {
      id
      name
      preview
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectPermissionsDocument = new TypedDocumentString(`
    query ProjectPermissions($projectId: ID!) {
  project(id: $projectId) {
    id
    permissions {
      ...PermissionFields
    }
  }
}
    fragment PermissionFields on Permission {
  id
  name
  description
  implies
  keyCount
  createdAt
}`) as unknown as TypedDocumentString<ProjectPermissionsQuery, ProjectPermissionsQueryVariables>;
export const CreatePermissionDocument = new TypedDocumentString(`
    mutation CreatePermission($input: CreatePermissionInput!) {
  createPermission(input: $input) {
    ...PermissionFields
  }
}
    fragment PermissionFields on Permission {
  id
  name
  description
  implies
  keyCount
  createdAt
}`) as unknown as TypedDocumentString<CreatePermissionMutation, CreatePermissionMutationVariables>;
export const UpdatePermissionDocument = new TypedDocumentString(`
    mutation UpdatePermission($input: UpdatePermissionInput!) {
  updatePermission(input: $input) {
    ...PermissionFields
  }
}
    fragment PermissionFields on Permission {
  id
  name
  description
  implies
  keyCount
  createdAt
}`) as unknown as TypedDocumentString<UpdatePermissionMutation, UpdatePermissionMutationVariables>;
export const DeletePermissionDocument = new TypedDocumentString(`
    mutation DeletePermission($input: DeletePermissionInput!) {
  deletePermission(input: $input) {
    id
    removedFromKeys
  }
}
    `) as unknown as TypedDocumentString<DeletePermissionMutation, DeletePermissionMutationVariables>;
export const ProjectOverviewDocument = new TypedDocumentString(`
    query ProjectOverview($id: ID!) {
  viewer {
    user {
      id
    }
  }
  project(id: $id) {
    id
    name
    plan
    viewerRole
    createdAt
    limits {
      maxKeys
      perMinute
      perDay
    }
    members {
      id
      scopes
      user {
        id
      }
    }
    leakedKeys {
      ...KeyFields
      leaks {
        id
        reporter
        url
        reportedAt
      }
    }
  }
  scopes {
    name
    description
    implies
  }
}
    fragment KeyFields on ApiKey {
  id
  name
  description
  preview
  status
  environment
  isDefault
  scopes {
    name
  }
  createdAt
  createdBy {
    id
    label
    type
  }
  lastUsedAt
  usageCount
  expiresAt
  graceEndsAt
  rotatedAt
  rateLimit {
    perMinute
    perDay
    burstPerMinute
    source
  }
  permissions
  externalId
  meta
  allowedCidrs
  credits {
    remaining
    refillAt
    refill {
      amount
      interval
    }
  }
}`) as unknown as TypedDocumentString<ProjectOverviewQuery, ProjectOverviewQueryVariables>;
export const ProjectMembersDocument = new TypedDocumentString(`
    query ProjectMembers($id: ID!) {
  project(id: $id) {
    id
    members {
      id
      role
      status
      email
      createdAt
      joinedAt
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectMembersQuery, ProjectMembersQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const UpdateMemberRoleDocument = new TypedDocumentString(`
    mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ProjectAuditDocument = new TypedDocumentString(`
    query ProjectAudit($id: ID!, $first: Int, $after: String, $filter: AuditEventFilter) {
  project(id: $id) {
    id
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEventFields
        }
      }
    }
  }
}
    fragment AuditEventFields on AuditEvent {
  id
  action
  createdAt
  targetType
  targetId
  targetLabel
  clientAddress
  userAgent
  requestId
  summary
  actor {
    id
    label
    type
  }
}`) as unknown as TypedDocumentString<ProjectAuditQuery, ProjectAuditQueryVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    id
    purgeAt
  }
}
    `) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const ViewerInvitationsDocument = new TypedDocumentString(`
    query ViewerInvitations {
  viewer {
    invitations {
      projectId
      projectName
      role
      invitedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerInvitationsQuery, ViewerInvitationsQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = new TypedDocumentString(`
    mutation DeclineInvitation($projectId: ID!) {
  declineInvitation(projectId: $projectId)
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const SessionViewerDocument = new TypedDocumentString(`
    query SessionViewer {
  viewer {
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SessionViewerQuery, SessionViewerQueryVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const KeyUsageDocument = new TypedDocumentString(`
    query KeyUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity) {
  apiKey(id: $id) {
    id
    usage(from: $from, granularity: $granularity) {
      ...UsageReportFields
    }
  }
}
    fragment UsageReportFields on UsageReport {
  from
  to
  granularity
  totals {
    requests
    ok
    errors
    denied
    rateLimited
  }
  series {
    bucketStart
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
  byOperation {
    operation
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
}`) as unknown as TypedDocumentString<KeyUsageQuery, KeyUsageQueryVariables>;
export const KeyActivityDocument = new TypedDocumentString(`
    query KeyActivity($id: ID!, $first: Int, $after: String) {
  apiKey(id: $id) {
    id
    recentActivity(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActivityFields
        }
      }
    }
  }
}
    fragment ActivityFields on Activity {
  id
  operation
  operationType
  outcome
  durationMs
  clientAddress
  createdAt
}`) as unknown as TypedDocumentString<KeyActivityQuery, KeyActivityQueryVariables>;
export const PartnerUsageDocument = new TypedDocumentString(`
    query PartnerUsage($from: DateTime, $granularity: UsageGranularity) {
  viewer {
    rateLimit {
      limit
      remaining
      resetAt
    }
    project {
      id
    }
    apiKey {
      id
      usage(from: $from, granularity: $granularity) {
        ...UsageReportFields
      }
      recentActivity(first: 10, since: $from) {
        totalCount
        edges {
          node {
            ...ActivityFields
          }
        }
      }
    }
  }
}
    fragment UsageReportFields on UsageReport {
  from
  to
  granularity
  totals {
    requests
    ok
    errors
    denied
    rateLimited
  }
  series {
    bucketStart
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
  byOperation {
    operation
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
}
fragment ActivityFields on Activity {
  id
  operation
  operationType
  outcome
  durationMs
  clientAddress
  createdAt
}`) as unknown as TypedDocumentString<PartnerUsageQuery, PartnerUsageQueryVariables>;
export const ProjectUsageDocument = new TypedDocumentString(`
    query ProjectUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity, $environment: ApiKeyEnvironment) {
  project(id: $id) {
    id
    usage(from: $from, granularity: $granularity, environment: $environment) {
      ...UsageReportFields
      byKey {
        apiKeyId
        requests
        ok
        errors
        denied
        rateLimited
        averageDurationMs
      }
    }
    apiKeys(first: 100) {
      edges {
        node {
          id
          name
          preview
        }
      }
    }
  }
}
    fragment UsageReportFields on UsageReport {
  from
  to
  granularity
  totals {
    requests
    ok
    errors
    denied
    rateLimited
  }
  series {
    bucketStart
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
  byOperation {
    operation
    requests
    ok
    errors
    denied
    rateLimited
    averageDurationMs
  }
}`) as unknown as TypedDocumentString<ProjectUsageQuery, ProjectUsageQueryVariables>;
export const ProjectWebhooksDocument = new TypedDocumentString(`
    query ProjectWebhooks($id: ID!) {
  project(id: $id) {
    id
    webhookEndpoints {
      ...WebhookEndpointFields
      deliveries(first: 1) {
        totalCount
        edges {
          node {
            id
            status
            createdAt
          }
        }
      }
    }
  }
  webhookEventTypes {
    name
    description
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}`) as unknown as TypedDocumentString<ProjectWebhooksQuery, ProjectWebhooksQueryVariables>;
export const WebhookEndpointDocument = new TypedDocumentString(`
    query WebhookEndpoint($id: ID!, $first: Int, $after: String) {
  webhookEndpoint(id: $id) {
    ...WebhookEndpointFields
    deliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WebhookDeliveryFields
        }
      }
    }
  }
  webhookEventTypes {
    name
    description
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}
fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventId
  eventType
  status
  attempts
  lastAttemptAt
  nextAttemptAt
  responseStatus
  durationMs
  error
  redeliveryOf
  createdAt
}`) as unknown as TypedDocumentString<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  failingSince
  secretPreview
  previousSecretExpiresAt
  createdAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = new TypedDocumentString(`
    mutation SendTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventId
  eventType
  status
  attempts
  lastAttemptAt
  nextAttemptAt
  responseStatus
  durationMs
  error
  redeliveryOf
  createdAt
}`) as unknown as TypedDocumentString<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventId
  eventType
  status
  attempts
  lastAttemptAt
  nextAttemptAt
  responseStatus
  durationMs
  error
  redeliveryOf
  createdAt
}`) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;