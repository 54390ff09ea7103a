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

/** A key you found in public, and where. */
export type ReportLeakedKeyInput = {
  /** The key as you found it (`lk_live_…` or `lk_test_…`). */
  key: string;
  /** Where you found it: an http or https URL. */
  url?: string | null | undefined;
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

/** A plan for a project, set by an instance administrator. */
export type SetProjectPlanInput = {
  /** The new plan. */
  plan: Plan;
  /** The project (any project of the instance). */
  projectId: string | number;
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

/** Changes to a project. */
export type UpdateProjectInput = {
  /** The project. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New plan: instance administrators only (FORBIDDEN for anyone else); see also setProjectPlan. */
  plan?: Plan | null | undefined;
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

export type HarnessAdminMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type HarnessAdminMutation = { signUp: { token: string } };

export type SeedUserMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SeedUserMutation = { signUp: { token: string, user: { id: string } } };

export type SeedProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SeedProjectMutation = { createProject: { secret: string, project: { id: string }, defaultKey: { id: string } } };

export type SeedProjectPlanMutationVariables = Exact<{
  input: SetProjectPlanInput;
}>;


export type SeedProjectPlanMutation = { setProjectPlan: { plan: Plan } };

export type SeedKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SeedKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type SeedMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type SeedMemberMutation = { addMember: { id: string } };

export type SeedMemberAcceptsMutationVariables = Exact<{
  projectId: string | number;
}>;


export type SeedMemberAcceptsMutation = { acceptInvitation: { id: string } };

export type DataloaderProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DataloaderProjectQuery = { project: { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: ApiKeyStatus, preview: string, usageCount: number, lastUsedAt: string | null, scopes: Array<{ name: string, description: string, implies: Array<string> }>, createdBy: { type: string, label: string } | null, project: { id: string, name: string }, rateLimit: { perMinute: number | null, perDay: number | null }, replacedBy: { id: string } | null } }> } | null } | null };

export type DataloaderLeakedKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type DataloaderLeakedKeysQuery = { project: { leakedKeys: Array<{ id: string, leaks: Array<{ url: string | null, reportedAt: string }> | null }> | null } | null };

export type DataloaderCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type DataloaderCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type KeyCacheViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyCacheViewerQuery = { viewer: { scopes: Array<string>, apiKey: { id: string } | null } };

export type KeyCacheViewerUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyCacheViewerUsageQuery = { viewer: { apiKey: { id: string, usageCount: number, lastUsedAt: string | null } | null } };

export type KeyCacheVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type KeyCacheVerifyApiKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode } };

export type KeyCacheDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeyCacheDeactivateApiKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type KeyCacheReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeyCacheReactivateApiKeyMutation = { reactivateApiKey: { status: ApiKeyStatus } };

export type KeyCacheDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeyCacheDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type KeyCacheUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type KeyCacheUpdateApiKeyMutation = { updateApiKey: { id: string } };

export type KeyCacheRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type KeyCacheRotateApiKeyMutation = { rotateApiKey: { secret: string } };

export type KeyCacheSetProjectPlanMutationVariables = Exact<{
  input: SetProjectPlanInput;
}>;


export type KeyCacheSetProjectPlanMutation = { setProjectPlan: { plan: Plan } };

export type KeyCacheViewerUserQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyCacheViewerUserQuery = { viewer: { user: { email: string } | null } };

export type KeyCacheLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type KeyCacheLogOutMutation = { logOut: boolean };

export type KeyRestrictionsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyRestrictionsViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type KeyRestrictionsUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type KeyRestrictionsUpdateApiKeyMutation = { updateApiKey: { expiresAt: string | null, rateLimit: { perMinute: number | null, perDay: number | null } } };

export type KeyRestrictionsRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type KeyRestrictionsRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string }, previous: { graceEndsAt: string | null } } };

export type KeyRestrictionsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type KeyRestrictionsCreateApiKeyMutation = { createApiKey: { apiKey: { id: string, environment: ApiKeyEnvironment } } };

export type KeyRestrictionsApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsApiKeyQuery = { apiKey: { rateLimit: { perMinute: number | null } } | null };

export type KeyRestrictionsApiKey2QueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsApiKey2Query = { apiKey: { expiresAt: string | null } | null };

export type KeyRestrictionsApiKey3QueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsApiKey3Query = { apiKey: { id: string } | null };

export type KeyRestrictionsDeactivateApiKey2MutationVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsDeactivateApiKey2Mutation = { deactivateApiKey: { id: string } };

export type KeyRestrictionsDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type KeyRestrictionsDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsDeactivateApiKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type KeyRestrictionsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsProjectQuery = { project: { apiKeys: { edges: Array<{ node: { environment: ApiKeyEnvironment } }> } | null } | null };

export type KeyRestrictionsViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type KeyRestrictionsViewer2Query = { viewer: { project: { apiKeys: { edges: Array<{ node: { environment: ApiKeyEnvironment } }> } | null } | null } };

export type KeyRestrictionsVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type KeyRestrictionsVerifyApiKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode } };

export type KeyRestrictionsProject2QueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsProject2Query = { project: { usage: { totals: { requests: number } } | null } | null };

export type KeyRestrictionsProject3QueryVariables = Exact<{
  id: string | number;
}>;


export type KeyRestrictionsProject3Query = { project: { usage: { totals: { requests: number } } | null } | null };

export type KeysCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type KeysCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, environment: ApiKeyEnvironment, preview: string } } };

export type KeysUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type KeysUpdateApiKeyMutation = { updateApiKey: { name: string, description: string | null, expiresAt: string | null, scopes: Array<{ name: string }>, rateLimit: { perMinute: number | null, perDay: number | null, source: RateLimitSource } } };

export type KeysVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type KeysVerifyApiKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode, apiKey: { id: string, name: string, scopes: Array<{ name: string }> } | null } };

export type KeysDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeysDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type KeysViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysViewerQuery = { viewer: { scopes: Array<string> } };

export type KeysApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type KeysApiKeyQuery = { apiKey: { auditEvents: { edges: Array<{ node: { action: string, summary: Record<string, unknown> } }> } | null } | null };

export type KeysRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type KeysRotateApiKeyMutation = { rotateApiKey: { secret: string } };

export type KeysDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type KeysDeactivateApiKeyMutation = { deactivateApiKey: { id: string } };

export type KeysProjectQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
}>;


export type KeysProjectQuery = { project: { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string } }> } | null } | null };

export type LifecycleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleViewerQuery = { viewer: { scopes: Array<string>, apiKey: { id: string, name: string } | null } };

export type LifecycleDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeactivateApiKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type LifecycleReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleReactivateApiKeyMutation = { reactivateApiKey: { status: ApiKeyStatus } };

export type LifecycleDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type LifecycleApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleApiKeyQuery = { apiKey: { id: string } | null };

export type LifecycleApiKey2QueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleApiKey2Query = { apiKey: { status: ApiKeyStatus } | null };

export type LifecycleRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type LifecycleRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, name: string, scopes: Array<{ name: string }> }, previous: { id: string, graceEndsAt: string | null } } };

export type LifecycleRotateApiKey2MutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type LifecycleRotateApiKey2Mutation = { rotateApiKey: { secret: string } };

export type LifecycleDeactivateApiKey2MutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeactivateApiKey2Mutation = { deactivateApiKey: { id: string } };

export type LifecycleRotateApiKey3MutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type LifecycleRotateApiKey3Mutation = { rotateApiKey: { apiKey: { isDefault: boolean }, previous: { isDefault: boolean } } };

export type ReadRecordsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ReadRecordsCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type ReadRecordsRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type ReadRecordsRotateApiKeyMutation = { rotateApiKey: { apiKey: { id: string } } };

export type ReadRecordsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadRecordsProjectQuery = { project: { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, usageCount: number, createdBy: { type: string, label: string } | null, rotatedFrom: { id: string, usageCount: number } | null, replacedBy: { id: string } | null } }> } | null } | null };

export type ReadRecordsCreateByKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ReadRecordsCreateByKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type ReadRecordsDeleteCreatorMutationVariables = Exact<{
  id: string | number;
}>;


export type ReadRecordsDeleteCreatorMutation = { deleteApiKey: { id: string } };

export type ReadRecordsCreatorsPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ReadRecordsCreatorsPageQuery = { project: { apiKeys: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdBy: { type: string, id: string | null, label: string } | null } }> } | null } | null };

export type ReadRecordsCreatorQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadRecordsCreatorQuery = { apiKey: { createdBy: { type: string, id: string | null, label: string } | null } | null };

export type ReadRecordsProject2QueryVariables = Exact<{
  id: string | number;
}>;


export type ReadRecordsProject2Query = { project: { id: string, name: string, apiKeys: { totalCount: number } | null } | null };

export type AuditUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type AuditUpdateApiKeyMutation = { updateApiKey: { id: string } };

export type AuditDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeactivateApiKeyMutation = { deactivateApiKey: { id: string } };

export type AuditReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditReactivateApiKeyMutation = { reactivateApiKey: { id: string } };

export type AuditRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type AuditRotateApiKeyMutation = { rotateApiKey: { apiKey: { id: string } } };

export type AuditDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type AuditUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type AuditUpdateProjectMutation = { updateProject: { id: string } };

export type AuditAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AuditAddMemberMutation = { addMember: { id: string } };

export type AuditAcceptInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type AuditAcceptInvitationMutation = { acceptInvitation: { id: string } };

export type AuditUpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type AuditUpdateMemberRoleMutation = { updateMemberRole: { id: string } };

export type AuditRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type AuditRemoveMemberMutation = { removeMember: boolean };

export type AuditProjectNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditProjectNameQuery = { project: { name: string } | null };

export type AuditProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditProjectQuery = { project: { auditEvents: { totalCount: number, edges: Array<{ node: { action: string, targetId: string, clientAddress: string | null, userAgent: string | null, requestId: string | null, actor: { type: string, label: string } } }> } | null } | null };

export type AuditCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuditCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type AuditProject2QueryVariables = Exact<{
  id: string | number;
  since?: string | null | undefined;
}>;


export type AuditProject2Query = { project: { auditEvents: { totalCount: number, edges: Array<{ node: { action: string, targetId: string, clientAddress: string | null, userAgent: string | null, requestId: string | null, actor: { type: string, label: string } } }> } | null } | null };

export type RedisPrefixViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisPrefixViewerQuery = { viewer: { scopes: Array<string> } };

export type ScaleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleViewerQuery = { viewer: { scopes: Array<string> } };

export type ScaleKeyUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type ScaleKeyUsageQuery = { apiKey: { usage: { totals: { requests: number } } | null } | null };

export type ScaleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ScaleCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type ScaleSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ScaleSignUpMutation = { signUp: { token: string } };

export type ScaleCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateProjectMutation = { createProject: { secret: string, project: { id: string }, defaultKey: { id: string } } };

export type ScaleUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type ScaleUpdateApiKeyMutation = { updateApiKey: { id: string, rateLimit: { perMinute: number | null } } };

export type ScaleDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ScaleDeactivateApiKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type ScaleListsQueryVariables = Exact<{
  id: string | number;
  projectId: string | number;
}>;


export type ScaleListsQuery = { apiKey: { recentActivity: { totalCount: number } | null } | null, project: { auditEvents: { totalCount: number } | null } | null };

export type AbuseCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AbuseCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type AbuseViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AbuseViewerQuery = { viewer: { scopes: Array<string> } };

export type AbusePageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AbusePageQuery = { viewer: { project: { apiKeys: { totalCount: number } | null } | null } };

export type AbuseApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type AbuseApiKeyQuery = { apiKey: { id: string } | null };

export type AbuseProjectUsageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AbuseProjectUsageQuery = { viewer: { project: { usage: { from: string } | null } | null } };

export type AbuseLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AbuseLogInMutation = { logIn: { token: string } };

export type AbuseVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type AbuseVerifyApiKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode } };

export type FaultsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsViewerQuery = { viewer: { scopes: Array<string>, apiKey: { id: string } | null } };

export type FaultsApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsApiKeyQuery = { apiKey: { id: string, name: string } | null };

export type FaultsProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsProjectsQuery = { projects: Array<{ id: string }> };

export type FaultsScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsScopesQuery = { scopes: Array<{ name: string }> };

export type FaultsViewerScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsViewerScopesQuery = { viewer: { scopes: Array<string> } };

export type FaultsDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type FaultsDeactivateApiKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type GraphqlHttpAuditScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlHttpAuditScopesQuery = { scopes: Array<{ name: string }> };

export type GraphqlHttpAuditLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type GraphqlHttpAuditLogOutMutation = { logOut: boolean };

export type HeadersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadersViewerQuery = { viewer: { scopes: Array<string> } };

export type HeadersScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadersScopesQuery = { scopes: Array<{ name: string }> };

export type LoggingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LoggingViewerQuery = { viewer: { scopes: Array<string> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { viewer: { apiKey: { id: string } | null } };

export type LoggingApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type LoggingApiKeyQuery = { apiKey: { id: string } | null };

export type LoggingSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type LoggingSignUpMutation = { signUp: { token: string } };

export type LoggingLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LoggingLogInMutation = { logIn: { token: string } };

export type LoggingVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type LoggingVerifyApiKeyMutation = { verifyApiKey: { valid: boolean } };

export type MaskingScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskingScopesQuery = { scopes: Array<{ name: string, description: string }> };

export type MaskingCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type MaskingCreateApiKeyMutation = { createApiKey: { secret: string } };

export type MaskingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskingViewerQuery = { viewer: { scopes: Array<string> } };

export type MetricsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsViewerQuery = { viewer: { scopes: Array<string> } };

export type QueryLimitsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type QueryLimitsProjectQuery = { project: { id: string, name: string } | null };

export type QueryLimitsPortalListQueryVariables = Exact<{
  id: string | number;
}>;


export type QueryLimitsPortalListQuery = { project: { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, scopes: Array<{ name: string, description: string, implies: Array<string> }>, createdBy: { __typename: 'Actor' } | null } }> } | null } | null };

export type QueryLimitsFirst1000QueryVariables = Exact<{
  id: string | number;
}>;


export type QueryLimitsFirst1000Query = { project: { apiKeys: { totalCount: number } | null } | null };

export type SigtermSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SigtermSignUpMutation = { signUp: { token: string } };

export type SigtermCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type SigtermCreateProjectMutation = { createProject: { secret: string, defaultKey: { id: string } } };

export type SigtermViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SigtermViewerQuery = { viewer: { apiKey: { name: string } | null } };

export type LeakWebhooksReportMutationVariables = Exact<{
  input: ReportLeakedKeyInput;
}>;


export type LeakWebhooksReportMutation = { reportLeakedKey: { received: boolean } };

export type LeaksViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaksViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type LeaksVerifyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type LeaksVerifyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode } };

export type LeaksKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaksKeyQuery = { apiKey: { id: string, status: ApiKeyStatus, leaks: Array<{ reporter: LeakReporter, url: string | null, source: string, reportedAt: string }> | null } | null };

export type LeaksProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaksProjectQuery = { project: { leakedKeys: Array<{ id: string, status: ApiKeyStatus }> | null, auditEvents: { totalCount: number, edges: Array<{ node: { action: string, targetId: string, summary: Record<string, unknown>, actor: { type: string, label: string } } }> } | null } | null };

export type LeaksReactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaksReactivateMutation = { reactivateApiKey: { status: ApiKeyStatus } };

export type LeaksDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaksDeactivateMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type LeaksRotateMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type LeaksRotateMutation = { rotateApiKey: { secret: string, apiKey: { id: string, status: ApiKeyStatus } } };

export type LeaksReportMutationVariables = Exact<{
  input: ReportLeakedKeyInput;
}>;


export type LeaksReportMutation = { reportLeakedKey: { received: boolean } };

export type LiveCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type LiveCreateKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type LiveDeactivateKeyMutationVariables = Exact<{
  id: string | number;
  terminateConnections?: boolean | null | undefined;
}>;


export type LiveDeactivateKeyMutation = { deactivateApiKey: { status: ApiKeyStatus } };

export type LiveDeleteKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveDeleteKeyMutation = { deleteApiKey: { id: string } };

export type LiveUpdateKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type LiveUpdateKeyMutation = { updateApiKey: { id: string } };

export type LiveRotateKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type LiveRotateKeyMutation = { rotateApiKey: { apiKey: { id: string } } };

export type LiveLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LiveLogOutMutation = { logOut: boolean };

export type LiveRevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRevokeTokenMutation = { revokePersonalToken: { id: string } };

export type LiveConnectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveConnectionsQuery = { apiKey: { liveConnections: number } | null };

export type LiveViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveViewerQuery = { viewer: { scopes: Array<string> } };

export type LiveReportLeakMutationVariables = Exact<{
  input: ReportLeakedKeyInput;
}>;


export type LiveReportLeakMutation = { reportLeakedKey: { received: boolean } };

export type LiveDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type LiveDeleteProjectMutation = { deleteProject: { id: string } };

export type MembersAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type MembersAddMemberMutation = { addMember: { role: Role, status: MembershipStatus, email: string, scopes: Array<string>, joinedAt: string | null, user: { id: string, email: string } | null } };

export type MembersUpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type MembersUpdateMemberRoleMutation = { updateMemberRole: { role: Role } };

export type MembersRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type MembersRemoveMemberMutation = { removeMember: boolean };

export type MembersProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersProjectQuery = { project: { members: Array<{ role: Role, status: MembershipStatus, email: string, user: { email: string } | null }> | null } | null };

export type MembersAcceptInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type MembersAcceptInvitationMutation = { acceptInvitation: { role: Role, status: MembershipStatus, email: string, joinedAt: string | null, user: { id: string } | null } };

export type MembersDeclineInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type MembersDeclineInvitationMutation = { declineInvitation: boolean };

export type MembersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersViewerQuery = { viewer: { invitations: Array<{ projectId: string, projectName: string, role: Role, scopes: Array<string>, invitedAt: string }> } };

export type MembersProject2QueryVariables = Exact<{
  id: string | number;
}>;


export type MembersProject2Query = { project: { auditEvents: { edges: Array<{ node: { action: string, targetType: string, targetId: string } }> } | null } | null };

export type MembersProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersProjectsQuery = { projects: Array<{ id: string }> };

export type MembersCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type MembersCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type MembersSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type MembersSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type PermissionsCreateMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type PermissionsCreateMutation = { createPermission: { id: string, name: string, implies: Array<string>, keyCount: number } };

export type PermissionsUpdateMutationVariables = Exact<{
  input: UpdatePermissionInput;
}>;


export type PermissionsUpdateMutation = { updatePermission: { id: string, implies: Array<string> } };

export type PermissionsDeleteMutationVariables = Exact<{
  input: DeletePermissionInput;
}>;


export type PermissionsDeleteMutation = { deletePermission: { id: string, removedFromKeys: number } };

export type PermissionsListQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsListQuery = { project: { permissions: Array<{ name: string, implies: Array<string>, keyCount: number }> } | null };

export type PermissionsCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type PermissionsCreateKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, permissions: Array<string>, meta: Record<string, unknown> | null, externalId: string | null, allowedCidrs: Array<string>, credits: { remaining: number, refillAt: string | null, refill: { amount: number, interval: CreditRefillInterval } | null } | null } } };

export type PermissionsUpdateKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type PermissionsUpdateKeyMutation = { updateApiKey: { id: string, permissions: Array<string> } };

export type PermissionsVerifyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type PermissionsVerifyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode, permissions: Array<string>, meta: Record<string, unknown> | null, externalId: string | null, credits: { remaining: number } | null } };

export type PermissionsByExternalIdQueryVariables = Exact<{
  id: string | number;
  externalId: string;
}>;


export type PermissionsByExternalIdQuery = { project: { apiKeys: { totalCount: number, edges: Array<{ node: { externalId: string | null } }> } | null } | null };

export type PermissionsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type TokenProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenProjectsQuery = { projects: Array<{ id: string }> };

export type TokenProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type TokenProjectQuery = { project: { id: string, name: string } | null };

export type TokenProjectKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type TokenProjectKeysQuery = { project: { apiKeys: { totalCount: number } | null } | null };

export type TokenCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TokenCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type TokenCreatePersonalTokenMutationVariables = Exact<{
  input: CreatePersonalTokenInput;
}>;


export type TokenCreatePersonalTokenMutation = { createPersonalToken: { secret: string, token: { id: string, name: string, preview: string, scopes: Array<string>, projectIds: Array<string>, expiresAt: string, expired: boolean } } };

export type TokenRevokePersonalTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type TokenRevokePersonalTokenMutation = { revokePersonalToken: { id: string } };

export type TokenViewerTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenViewerTokensQuery = { viewer: { personalTokens: Array<{ id: string, name: string, preview: string }> } };

export type TokenViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenViewerQuery = { viewer: { scopes: Array<string>, user: { id: string, email: string } | null, apiKey: { id: string } | null } };

export type TokenChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type TokenChangePasswordMutation = { changePassword: boolean };

export type TokenDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type TokenDeleteAccountMutation = { deleteAccount: boolean };

export type TokenViewerTokenUsesQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenViewerTokenUsesQuery = { viewer: { personalTokens: Array<{ id: string, lastUsedAt: string | null }> } };

export type TokenViewerSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenViewerSessionsQuery = { viewer: { sessions: Array<{ id: string, current: boolean }> } };

export type TokenMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type TokenMembersQuery = { project: { members: Array<{ user: { id: string } | null }> | null } | null };

export type SeedPersonalTokenMutationVariables = Exact<{
  input: CreatePersonalTokenInput;
}>;


export type SeedPersonalTokenMutation = { createPersonalToken: { secret: string, token: { id: string } } };

export type DeletionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeletionViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type DeletionDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type DeletionDeleteProjectMutation = { deleteProject: { id: string, purgeAt: string } };

export type DeletionProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeletionProjectsQuery = { projects: Array<{ id: string }> };

export type DeletionProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DeletionProjectQuery = { project: { id: string, usage: { totals: { requests: number } } | null } | null };

export type DeletionDeletedProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeletionDeletedProjectsQuery = { deletedProjects: Array<{ id: string, name: string, deletedAt: string, purgeAt: string, usage: { totals: { requests: number } }, auditEvents: { totalCount: number, edges: Array<{ node: { action: string } }> } }> };

export type DeletionCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type DeletionCreateWebhookMutation = { createWebhookEndpoint: { endpoint: { id: string, enabled: boolean } } };

export type DeletionCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type DeletionCreateProjectMutation = { createProject: { project: { id: string } } };

export type DeletionDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeletionDeleteAccountMutation = { deleteAccount: boolean };

export type PlansCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type PlansCreateProjectMutation = { createProject: { project: { id: string, plan: Plan } } };

export type PlansUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type PlansUpdateProjectMutation = { updateProject: { name: string, plan: Plan } };

export type PlansSetProjectPlanMutationVariables = Exact<{
  input: SetProjectPlanInput;
}>;


export type PlansSetProjectPlanMutation = { setProjectPlan: { plan: Plan } };

export type PlansProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type PlansProjectQuery = { project: { plan: Plan, limits: { maxKeys: number | null } } | null };

export type PlansProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansProjectsQuery = { projects: Array<{ id: string }> };

export type PlansViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansViewerQuery = { viewer: { isAdministrator: boolean } };

export type CliCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CliCreateProjectMutation = { createProject: { project: { id: string } } };

export type CliCreatePersonalTokenMutationVariables = Exact<{
  input: CreatePersonalTokenInput;
}>;


export type CliCreatePersonalTokenMutation = { createPersonalToken: { secret: string, token: { id: string } } };

export type CliRevokePersonalTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type CliRevokePersonalTokenMutation = { revokePersonalToken: { id: string } };

export type StoryCreatePermissionMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type StoryCreatePermissionMutation = { createPermission: { id: string } };

export type StoryCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type StoryCreateKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type StoryUpdateKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type StoryUpdateKeyMutation = { updateApiKey: { id: string } };

export type SecretsEverythingQueryVariables = Exact<{
  id: string | number;
  key: string | number;
}>;


export type SecretsEverythingQuery = { project: { id: string, name: string, plan: Plan, limits: { maxKeys: number | null }, members: Array<{ role: Role, user: { id: string, email: string, name: string } | null }> | null, apiKeys: { edges: Array<{ node: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, rotatedAt: string | null, graceEndsAt: string | null, replacedBy: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, rotatedAt: string | null, graceEndsAt: string | null, scopes: Array<{ name: string }>, createdBy: { label: string } | null, rateLimit: { perMinute: number | null } } | null, rotatedFrom: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, rotatedAt: string | null, graceEndsAt: string | null, scopes: Array<{ name: string }>, createdBy: { label: string } | null, rateLimit: { perMinute: number | null } } | null, scopes: Array<{ name: string }>, createdBy: { label: string } | null, rateLimit: { perMinute: number | null } } }> } | null, auditEvents: { edges: Array<{ node: { id: string, action: string, targetType: string, targetId: string, targetLabel: string | null, summary: Record<string, unknown>, clientAddress: string | null, userAgent: string | null, requestId: string | null, createdAt: string, actor: { type: string, id: string | null, label: string } } }> } | null } | null, apiKey: { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, rotatedAt: string | null, graceEndsAt: string | null, auditEvents: { edges: Array<{ node: { summary: Record<string, unknown> } }> } | null, scopes: Array<{ name: string }>, createdBy: { label: string } | null, rateLimit: { perMinute: number | null } } | null };

export type SecretsKeyFragment = { id: string, name: string, description: string | null, environment: ApiKeyEnvironment, preview: string, status: ApiKeyStatus, isDefault: boolean, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, usageCount: number, rotatedAt: string | null, graceEndsAt: string | null, scopes: Array<{ name: string }>, createdBy: { label: string } | null, rateLimit: { perMinute: number | null } };

export type SecretsRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type SecretsRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string } } };

export type SecretsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsViewerQuery = { viewer: { scopes: Array<string> } };

export type SecretsVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type SecretsVerifyApiKeyMutation = { verifyApiKey: { code: VerificationCode } };

export type SecretsLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type SecretsLogInMutation = { logIn: { token: string } };

export type SecurityAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type SecurityAddMemberMutation = { addMember: { id: string } };

export type SecurityCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SecurityCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type SecurityUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type SecurityUpdateApiKeyMutation = { updateApiKey: { id: string } };

export type SecurityRotateApiKeySecretMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type SecurityRotateApiKeySecretMutation = { rotateApiKey: { secret: string } };

export type SecurityDeactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityDeactivateApiKeyMutation = { deactivateApiKey: { id: string } };

export type SecurityReactivateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityReactivateApiKeyMutation = { reactivateApiKey: { id: string } };

export type SecurityDeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityDeleteApiKeyMutation = { deleteApiKey: { id: string } };

export type SecurityReportLeakedKeyMutationVariables = Exact<{
  input: ReportLeakedKeyInput;
}>;


export type SecurityReportLeakedKeyMutation = { reportLeakedKey: { received: boolean } };

export type SecurityFreshPermissionMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type SecurityFreshPermissionMutation = { createPermission: { id: string } };

export type SecurityCreatePermissionMutationVariables = Exact<{
  input: CreatePermissionInput;
}>;


export type SecurityCreatePermissionMutation = { createPermission: { id: string } };

export type SecurityUpdatePermissionMutationVariables = Exact<{
  input: UpdatePermissionInput;
}>;


export type SecurityUpdatePermissionMutation = { updatePermission: { id: string } };

export type SecurityDeletePermissionMutationVariables = Exact<{
  input: DeletePermissionInput;
}>;


export type SecurityDeletePermissionMutation = { deletePermission: { id: string } };

export type SecurityViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityViewerQuery = { viewer: { scopes: Array<string> } };

export type SecurityScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityScopesQuery = { scopes: Array<{ name: string }> };

export type SecurityProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityProjectsQuery = { projects: Array<{ id: string }> };

export type SecurityProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectQuery = { project: { id: string, name: string } | null };

export type SecurityApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityApiKeyQuery = { apiKey: { id: string } | null };

export type SecuritySignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SecuritySignUpMutation = { signUp: { user: { id: string } } };

export type SecurityLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type SecurityLogInMutation = { logIn: { user: { id: string } } };

export type SecurityLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityLogOutMutation = { logOut: boolean };

export type SecurityCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SecurityCreateProjectMutation = { createProject: { project: { id: string } } };

export type SecurityUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type SecurityUpdateProjectMutation = { updateProject: { id: string } };

export type SecuritySetProjectPlanMutationVariables = Exact<{
  input: SetProjectPlanInput;
}>;


export type SecuritySetProjectPlanMutation = { setProjectPlan: { id: string } };

export type SecurityRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type SecurityRotateApiKeyMutation = { rotateApiKey: { apiKey: { id: string } } };

export type SecurityVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type SecurityVerifyApiKeyMutation = { verifyApiKey: { code: VerificationCode } };

export type SecurityUpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type SecurityUpdateMemberRoleMutation = { updateMemberRole: { id: string } };

export type SecurityRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type SecurityRemoveMemberMutation = { removeMember: boolean };

export type SecurityAcceptInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type SecurityAcceptInvitationMutation = { acceptInvitation: { id: string } };

export type SecurityDeclineInvitationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type SecurityDeclineInvitationMutation = { declineInvitation: boolean };

export type SecurityWebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityWebhookEventTypesQuery = { webhookEventTypes: Array<{ name: string, description: string }> };

export type SecurityWebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityWebhookEndpointQuery = { webhookEndpoint: { id: string, url: string, deliveries: { totalCount: number } } | null };

export type SecurityCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type SecurityCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type SecurityUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type SecurityUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string } };

export type SecurityDeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { id: string } };

export type SecurityRotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type SecurityRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string } };

export type SecuritySendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SecuritySendTestWebhookMutation = { sendTestWebhook: { id: string } };

export type SecurityRedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type SecurityRedeliverWebhookMutation = { redeliverWebhook: { id: string } };

export type SecurityCreatePersonalTokenMutationVariables = Exact<{
  input: CreatePersonalTokenInput;
}>;


export type SecurityCreatePersonalTokenMutation = { createPersonalToken: { secret: string, token: { id: string } } };

export type SecurityRevokePersonalTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityRevokePersonalTokenMutation = { revokePersonalToken: { id: string } };

export type SecurityRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityRevokeSessionMutation = { revokeSession: boolean };

export type SecuritySecondSessionMutationVariables = Exact<{
  input: LogInInput;
}>;


export type SecuritySecondSessionMutation = { logIn: { token: string } };

export type SecuritySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecuritySessionsQuery = { viewer: { sessions: Array<{ id: string, current: boolean }> } };

export type SecurityDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type SecurityDeleteProjectMutation = { deleteProject: { id: string, purgeAt: string } };

export type SecurityChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type SecurityChangePasswordMutation = { changePassword: boolean };

export type SecurityDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type SecurityDeleteAccountMutation = { deleteAccount: boolean };

export type SecurityDeletedProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityDeletedProjectsQuery = { deletedProjects: Array<{ id: string, purgeAt: string }> };

export type SecurityProjectNameQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectNameQuery = { project: { name: string } | null };

export type SecurityRevokeSeededTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityRevokeSeededTokenMutation = { revokePersonalToken: { id: string } };

export type SecurityProjectKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectKeysQuery = { project: { name: string, apiKeys: { totalCount: number } | null } | null };

export type SecurityProjectMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectMembersQuery = { project: { name: string, members: Array<{ role: Role }> | null } | null };

export type SecurityProjectAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectAuditQuery = { project: { name: string, auditEvents: { totalCount: number } | null } | null };

export type SecurityProjectUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectUsageQuery = { project: { name: string, usage: { totals: { requests: number } } | null } | null };

export type SecurityApiKeyCreatorQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityApiKeyCreatorQuery = { apiKey: { name: string, createdBy: { label: string } | null } | null };

export type SecurityApiKeyUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityApiKeyUsageQuery = { apiKey: { name: string, usage: { totals: { requests: number } } | null } | null };

export type SecurityApiKeyActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityApiKeyActivityQuery = { apiKey: { name: string, recentActivity: { totalCount: number } | null } | null };

export type SecurityProjectKeyCreatorsQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityProjectKeyCreatorsQuery = { project: { apiKeys: { edges: Array<{ node: { name: string, createdBy: { label: string } | null } }> } | null } | null };

export type SecurityViewerKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityViewerKeyQuery = { viewer: { apiKey: { id: string, isDefault: boolean } | null } };

export type HttpScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpScopesQuery = { scopes: Array<{ name: string }> };

export type HttpLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type HttpLogOutMutation = { logOut: boolean };

export type HttpTurnsQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpTurnsQuery = { viewer: { apiKey: { id: string } | null, user: { id: string } | null } };

export type HttpViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type HttpProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpProjectsQuery = { projects: Array<{ id: string }> };

export type CappedActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type CappedActivityQuery = { apiKey: { usageCount: number, recentActivity: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ExpiryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpiryViewerQuery = { viewer: { scopes: Array<string> } };

export type ExpiryApiKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type ExpiryApiKeyQuery = { apiKey: { status: ApiKeyStatus, auditEvents: { edges: Array<{ node: { action: string, actor: { type: string } } }> } | null } | null };

export type UsageFaultsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UsageFaultsViewerQuery = { viewer: { scopes: Array<string> } };

export type RateLimitsViewerLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitsViewerLimitsQuery = { viewer: { apiKey: { id: string } | null, rateLimit: { limit: number, remaining: number, resetAt: string } | null } };

export type RateLimitsUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type RateLimitsUpdateApiKeyMutation = { updateApiKey: { id: string } };

export type RateLimitsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RateLimitsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type RateLimitsVerifyApiKeyMutationVariables = Exact<{
  input: VerifyApiKeyInput;
}>;


export type RateLimitsVerifyApiKeyMutation = { verifyApiKey: { valid: boolean, code: VerificationCode, rateLimit: { limit: number, remaining: number } | null } };

export type RateLimitsScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitsScopesQuery = { scopes: Array<{ name: string }> };

export type RateLimitsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitsViewerQuery = { viewer: { user: { id: string } | null } };

export type RateLimitsCreateApiKey2MutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RateLimitsCreateApiKey2Mutation = { createApiKey: { apiKey: { id: string } } };

export type RateLimitsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type RateLimitsProjectQuery = { project: { auditEvents: { edges: Array<{ node: { targetLabel: string | null, clientAddress: string | null } }> } | null } | null };

export type UsageNoticesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UsageNoticesViewerQuery = { viewer: { apiKey: { id: string } | null } };

export type UsageNoticesAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type UsageNoticesAuditQuery = { project: { auditEvents: { totalCount: number, edges: Array<{ node: { action: string, targetId: string, targetLabel: string | null, summary: Record<string, unknown>, actor: { type: string, label: string } } }> } | null } | null };

export type UsageNoticesUpdateKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type UsageNoticesUpdateKeyMutation = { updateApiKey: { id: string } };

export type KeyUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyUsageQuery = { apiKey: { usageCount: number, lastUsedAt: string | null, usage: { totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, byOperation: Array<{ operation: string, requests: number, ok: number, errors: number, denied: number, rateLimited: number, averageDurationMs: number | null }>, byKey: Array<{ apiKeyId: string | null }> } | null } | null };

export type UsageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UsageViewerQuery = { viewer: { scopes: Array<string> } };

export type UsageUpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type UsageUpdateApiKeyMutation = { updateApiKey: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { scopes: Array<string> } };

export type MembersQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersQuery = { project: { members: Array<{ role: Role }> | null } | null };

export type MissingQueryVariables = Exact<{
  id: string | number;
}>;


export type MissingQuery = { apiKey: { id: string } | null };

export type UsageRecentActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type UsageRecentActivityQuery = { apiKey: { recentActivity: { totalCount: number, edges: Array<{ node: { id: string, operation: string, operationType: string, outcome: UsageOutcome, durationMs: number, clientAddress: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type UsageRecentActivityAfterQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type UsageRecentActivityAfterQuery = { apiKey: { recentActivity: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type UsageProjectUsageQueryVariables = Exact<{
  id: string | number;
  environment?: ApiKeyEnvironment | null | undefined;
}>;


export type UsageProjectUsageQuery = { project: { usage: { granularity: UsageGranularity, totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number }, byKey: Array<{ apiKeyId: string | null, requests: number, operation: string }>, series: Array<{ bucketStart: string, requests: number, operation: string }> } | null } | null };

export type UsageRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type UsageRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string } } };

export type UsageRangeQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  granularity?: UsageGranularity | null | undefined;
}>;


export type UsageRangeQuery = { project: { usage: { from: string } | null } | null };

export type UsagePartnerSelfQueryVariables = Exact<{ [key: string]: never; }>;


export type UsagePartnerSelfQuery = { viewer: { apiKey: { id: string, expiresAt: string | null, rateLimit: { perMinute: number | null, perDay: number | null, burstPerMinute: number | null }, usage: { totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number } } | null, recentActivity: { totalCount: number } | null } | null, rateLimit: { limit: number, remaining: number, resetAt: string } | null } };

export type UsagePartnerProjectUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type UsagePartnerProjectUsageQuery = { project: { usage: { totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number } } | null } | null };

export type UsagePartnerOtherKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type UsagePartnerOtherKeyQuery = { apiKey: { usage: { totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number } } | null, recentActivity: { totalCount: number } | null } | null };

export type UsageKeyReaderQueryVariables = Exact<{
  id: string | number;
}>;


export type UsageKeyReaderQuery = { apiKey: { id: string, usage: { totals: { requests: number, ok: number, errors: number, denied: number, rateLimited: number } } | null } | null };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { user: { id: string, email: string } | null } };

export type AuthLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AuthLogInMutation = { logIn: { token: string, user: { id: string } } };

export type AuthSignUpCookieMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthSignUpCookieMutation = { signUp: { token: string, user: { id: string, email: string, name: string } } };

export type AuthSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthSignUpMutation = { signUp: { token: string } };

export type AuthLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogOutMutation = { logOut: boolean };

export type LoginLimitsLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LoginLimitsLogInMutation = { logIn: { token: string, user: { id: string } } };

export type RelayUpdateKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type RelayUpdateKeyMutation = { updateApiKey: { id: string } };

export type RelaySendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type RelaySendTestMutation = { sendTestWebhook: { id: string, eventId: string } };

export type WebhookCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhookCreateEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, secretPreview: string, createdAt: string } } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeliveriesQuery = { project: { webhookEndpoints: Array<{ id: string, enabled: boolean, disabledReason: string | null, failingSince: string | null, deliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, responseStatus: number | null, durationMs: number | null, error: string | null, redeliveryOf: string | null, createdAt: string } }> } }> } | null };

export type WebhookSecurityListQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookSecurityListQuery = { project: { webhookEndpoints: Array<{ id: string, url: string, secretPreview: string }> } | null };

export type WebhookSecurityUpdateMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhookSecurityUpdateMutation = { updateWebhookEndpoint: { id: string, url: string, description: string | null, events: Array<string>, enabled: boolean } };

export type WebhookSecurityDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookSecurityDeleteMutation = { deleteWebhookEndpoint: { id: string } };

export type WebhookSecurityRotateMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type WebhookSecurityRotateMutation = { rotateWebhookSecret: { secret: string } };

export type WebhookSecuritySendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookSecuritySendTestMutation = { sendTestWebhook: { id: string } };

export type WebhookSecurityRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type WebhookSecurityRedeliverMutation = { redeliverWebhook: { id: string } };

export type WebhookSendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookSendTestMutation = { sendTestWebhook: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number } };

export type WebhookRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type WebhookRedeliverMutation = { redeliverWebhook: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, redeliveryOf: string | null } };

export type WebhookRotateMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type WebhookRotateMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, secretPreview: string, previousSecretExpiresAt: string | null } } };

export type WebhookDeactivateKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeactivateKeyMutation = { deactivateApiKey: { id: string, status: ApiKeyStatus } };

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
export const SecretsKeyFragmentDoc = new TypedDocumentString(`
    fragment SecretsKey on ApiKey {
  id
  name
  description
  environment
  preview
  status
  isDefault
  scopes {
    name
  }
  expiresAt
  createdAt
  lastUsedAt
  usageCount
  rotatedAt
  graceEndsAt
  createdBy {
    label
  }
  rateLimit {
    perMinute
  }
}
    `, {"fragmentName":"SecretsKey"}) as unknown as TypedDocumentString<SecretsKeyFragment, unknown>;
export const HarnessAdminDocument = new TypedDocumentString(`
    mutation HarnessAdmin($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<HarnessAdminMutation, HarnessAdminMutationVariables>;
export const SeedUserDocument = new TypedDocumentString(`
    mutation SeedUser($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeedUserMutation, SeedUserMutationVariables>;
export const SeedProjectDocument = new TypedDocumentString(`
    mutation SeedProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
    }
    defaultKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SeedProjectMutation, SeedProjectMutationVariables>;
export const SeedProjectPlanDocument = new TypedDocumentString(`
    mutation SeedProjectPlan($input: SetProjectPlanInput!) {
  setProjectPlan(input: $input) {
    plan
  }
}
    `) as unknown as TypedDocumentString<SeedProjectPlanMutation, SeedProjectPlanMutationVariables>;
export const SeedKeyDocument = new TypedDocumentString(`
    mutation SeedKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SeedKeyMutation, SeedKeyMutationVariables>;
export const SeedMemberDocument = new TypedDocumentString(`
    mutation SeedMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedMemberMutation, SeedMemberMutationVariables>;
export const SeedMemberAcceptsDocument = new TypedDocumentString(`
    mutation SeedMemberAccepts($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedMemberAcceptsMutation, SeedMemberAcceptsMutationVariables>;
export const DataloaderProjectDocument = new TypedDocumentString(`
    query DataloaderProject($id: ID!) {
  project(id: $id) {
    apiKeys(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          preview
          usageCount
          lastUsedAt
          scopes {
            name
            description
            implies
          }
          createdBy {
            type
            label
          }
          project {
            id
            name
          }
          rateLimit {
            perMinute
            perDay
          }
          replacedBy {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataloaderProjectQuery, DataloaderProjectQueryVariables>;
export const DataloaderLeakedKeysDocument = new TypedDocumentString(`
    query DataloaderLeakedKeys($id: ID!) {
  project(id: $id) {
    leakedKeys {
      id
      leaks {
        url
        reportedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataloaderLeakedKeysQuery, DataloaderLeakedKeysQueryVariables>;
export const DataloaderCreateApiKeyDocument = new TypedDocumentString(`
    mutation DataloaderCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DataloaderCreateApiKeyMutation, DataloaderCreateApiKeyMutationVariables>;
export const KeyCacheViewerDocument = new TypedDocumentString(`
    query KeyCacheViewer {
  viewer {
    scopes
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KeyCacheViewerQuery, KeyCacheViewerQueryVariables>;
export const KeyCacheViewerUsageDocument = new TypedDocumentString(`
    query KeyCacheViewerUsage {
  viewer {
    apiKey {
      id
      usageCount
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<KeyCacheViewerUsageQuery, KeyCacheViewerUsageQueryVariables>;
export const KeyCacheVerifyApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
  }
}
    `) as unknown as TypedDocumentString<KeyCacheVerifyApiKeyMutation, KeyCacheVerifyApiKeyMutationVariables>;
export const KeyCacheDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<KeyCacheDeactivateApiKeyMutation, KeyCacheDeactivateApiKeyMutationVariables>;
export const KeyCacheReactivateApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheReactivateApiKey($id: ID!) {
  reactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<KeyCacheReactivateApiKeyMutation, KeyCacheReactivateApiKeyMutationVariables>;
export const KeyCacheDeleteApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyCacheDeleteApiKeyMutation, KeyCacheDeleteApiKeyMutationVariables>;
export const KeyCacheUpdateApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyCacheUpdateApiKeyMutation, KeyCacheUpdateApiKeyMutationVariables>;
export const KeyCacheRotateApiKeyDocument = new TypedDocumentString(`
    mutation KeyCacheRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<KeyCacheRotateApiKeyMutation, KeyCacheRotateApiKeyMutationVariables>;
export const KeyCacheSetProjectPlanDocument = new TypedDocumentString(`
    mutation KeyCacheSetProjectPlan($input: SetProjectPlanInput!) {
  setProjectPlan(input: $input) {
    plan
  }
}
    `) as unknown as TypedDocumentString<KeyCacheSetProjectPlanMutation, KeyCacheSetProjectPlanMutationVariables>;
export const KeyCacheViewerUserDocument = new TypedDocumentString(`
    query KeyCacheViewerUser {
  viewer {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<KeyCacheViewerUserQuery, KeyCacheViewerUserQueryVariables>;
export const KeyCacheLogOutDocument = new TypedDocumentString(`
    mutation KeyCacheLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<KeyCacheLogOutMutation, KeyCacheLogOutMutationVariables>;
export const KeyRestrictionsViewerDocument = new TypedDocumentString(`
    query KeyRestrictionsViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsViewerQuery, KeyRestrictionsViewerQueryVariables>;
export const KeyRestrictionsUpdateApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    expiresAt
    rateLimit {
      perMinute
      perDay
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsUpdateApiKeyMutation, KeyRestrictionsUpdateApiKeyMutationVariables>;
export const KeyRestrictionsRotateApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
    secret
    previous {
      graceEndsAt
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsRotateApiKeyMutation, KeyRestrictionsRotateApiKeyMutationVariables>;
export const KeyRestrictionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      environment
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsCreateApiKeyMutation, KeyRestrictionsCreateApiKeyMutationVariables>;
export const KeyRestrictionsApiKeyDocument = new TypedDocumentString(`
    query KeyRestrictionsApiKey($id: ID!) {
  apiKey(id: $id) {
    rateLimit {
      perMinute
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsApiKeyQuery, KeyRestrictionsApiKeyQueryVariables>;
export const KeyRestrictionsApiKey2Document = new TypedDocumentString(`
    query KeyRestrictionsApiKey2($id: ID!) {
  apiKey(id: $id) {
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsApiKey2Query, KeyRestrictionsApiKey2QueryVariables>;
export const KeyRestrictionsApiKey3Document = new TypedDocumentString(`
    query KeyRestrictionsApiKey3($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsApiKey3Query, KeyRestrictionsApiKey3QueryVariables>;
export const KeyRestrictionsDeactivateApiKey2Document = new TypedDocumentString(`
    mutation KeyRestrictionsDeactivateApiKey2($id: ID!) {
  deactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsDeactivateApiKey2Mutation, KeyRestrictionsDeactivateApiKey2MutationVariables>;
export const KeyRestrictionsDeleteApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsDeleteApiKeyMutation, KeyRestrictionsDeleteApiKeyMutationVariables>;
export const KeyRestrictionsDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsDeactivateApiKeyMutation, KeyRestrictionsDeactivateApiKeyMutationVariables>;
export const KeyRestrictionsProjectDocument = new TypedDocumentString(`
    query KeyRestrictionsProject($id: ID!) {
  project(id: $id) {
    apiKeys(first: 100) {
      edges {
        node {
          environment
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsProjectQuery, KeyRestrictionsProjectQueryVariables>;
export const KeyRestrictionsViewer2Document = new TypedDocumentString(`
    query KeyRestrictionsViewer2 {
  viewer {
    project {
      apiKeys(first: 100) {
        edges {
          node {
            environment
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsViewer2Query, KeyRestrictionsViewer2QueryVariables>;
export const KeyRestrictionsVerifyApiKeyDocument = new TypedDocumentString(`
    mutation KeyRestrictionsVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsVerifyApiKeyMutation, KeyRestrictionsVerifyApiKeyMutationVariables>;
export const KeyRestrictionsProject2Document = new TypedDocumentString(`
    query KeyRestrictionsProject2($id: ID!) {
  project(id: $id) {
    usage(environment: LIVE) {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsProject2Query, KeyRestrictionsProject2QueryVariables>;
export const KeyRestrictionsProject3Document = new TypedDocumentString(`
    query KeyRestrictionsProject3($id: ID!) {
  project(id: $id) {
    usage {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyRestrictionsProject3Query, KeyRestrictionsProject3QueryVariables>;
export const KeysCreateApiKeyDocument = new TypedDocumentString(`
    mutation KeysCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
      environment
      preview
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<KeysCreateApiKeyMutation, KeysCreateApiKeyMutationVariables>;
export const KeysUpdateApiKeyDocument = new TypedDocumentString(`
    mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    name
    description
    scopes {
      name
    }
    expiresAt
    rateLimit {
      perMinute
      perDay
      source
    }
  }
}
    `) as unknown as TypedDocumentString<KeysUpdateApiKeyMutation, KeysUpdateApiKeyMutationVariables>;
export const KeysVerifyApiKeyDocument = new TypedDocumentString(`
    mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
    apiKey {
      id
      name
      scopes {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeysVerifyApiKeyMutation, KeysVerifyApiKeyMutationVariables>;
export const KeysDeleteApiKeyDocument = new TypedDocumentString(`
    mutation KeysDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeysDeleteApiKeyMutation, KeysDeleteApiKeyMutationVariables>;
export const KeysViewerDocument = new TypedDocumentString(`
    query KeysViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<KeysViewerQuery, KeysViewerQueryVariables>;
export const KeysApiKeyDocument = new TypedDocumentString(`
    query KeysApiKey($id: ID!) {
  apiKey(id: $id) {
    auditEvents {
      edges {
        node {
          action
          summary
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeysApiKeyQuery, KeysApiKeyQueryVariables>;
export const KeysRotateApiKeyDocument = new TypedDocumentString(`
    mutation KeysRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<KeysRotateApiKeyMutation, KeysRotateApiKeyMutationVariables>;
export const KeysDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation KeysDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeysDeactivateApiKeyMutation, KeysDeactivateApiKeyMutationVariables>;
export const KeysProjectDocument = new TypedDocumentString(`
    query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {
  project(id: $id) {
    apiKeys(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeysProjectQuery, KeysProjectQueryVariables>;
export const LifecycleViewerDocument = new TypedDocumentString(`
    query LifecycleViewer {
  viewer {
    apiKey {
      id
      name
    }
    scopes
  }
}
    `) as unknown as TypedDocumentString<LifecycleViewerQuery, LifecycleViewerQueryVariables>;
export const LifecycleDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation LifecycleDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeactivateApiKeyMutation, LifecycleDeactivateApiKeyMutationVariables>;
export const LifecycleReactivateApiKeyDocument = new TypedDocumentString(`
    mutation LifecycleReactivateApiKey($id: ID!) {
  reactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleReactivateApiKeyMutation, LifecycleReactivateApiKeyMutationVariables>;
export const LifecycleDeleteApiKeyDocument = new TypedDocumentString(`
    mutation LifecycleDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeleteApiKeyMutation, LifecycleDeleteApiKeyMutationVariables>;
export const LifecycleApiKeyDocument = new TypedDocumentString(`
    query LifecycleApiKey($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleApiKeyQuery, LifecycleApiKeyQueryVariables>;
export const LifecycleApiKey2Document = new TypedDocumentString(`
    query LifecycleApiKey2($id: ID!) {
  apiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleApiKey2Query, LifecycleApiKey2QueryVariables>;
export const LifecycleRotateApiKeyDocument = new TypedDocumentString(`
    mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      scopes {
        name
      }
    }
    previous {
      id
      graceEndsAt
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleRotateApiKeyMutation, LifecycleRotateApiKeyMutationVariables>;
export const LifecycleRotateApiKey2Document = new TypedDocumentString(`
    mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<LifecycleRotateApiKey2Mutation, LifecycleRotateApiKey2MutationVariables>;
export const LifecycleDeactivateApiKey2Document = new TypedDocumentString(`
    mutation LifecycleDeactivateApiKey2($id: ID!) {
  deactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeactivateApiKey2Mutation, LifecycleDeactivateApiKey2MutationVariables>;
export const LifecycleRotateApiKey3Document = new TypedDocumentString(`
    mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      isDefault
    }
    previous {
      isDefault
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleRotateApiKey3Mutation, LifecycleRotateApiKey3MutationVariables>;
export const ReadRecordsCreateApiKeyDocument = new TypedDocumentString(`
    mutation ReadRecordsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsCreateApiKeyMutation, ReadRecordsCreateApiKeyMutationVariables>;
export const ReadRecordsRotateApiKeyDocument = new TypedDocumentString(`
    mutation ReadRecordsRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsRotateApiKeyMutation, ReadRecordsRotateApiKeyMutationVariables>;
export const ReadRecordsProjectDocument = new TypedDocumentString(`
    query ReadRecordsProject($id: ID!) {
  project(id: $id) {
    apiKeys(first: 10) {
      totalCount
      edges {
        node {
          id
          usageCount
          createdBy {
            type
            label
          }
          rotatedFrom {
            id
            usageCount
          }
          replacedBy {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsProjectQuery, ReadRecordsProjectQueryVariables>;
export const ReadRecordsCreateByKeyDocument = new TypedDocumentString(`
    mutation ReadRecordsCreateByKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsCreateByKeyMutation, ReadRecordsCreateByKeyMutationVariables>;
export const ReadRecordsDeleteCreatorDocument = new TypedDocumentString(`
    mutation ReadRecordsDeleteCreator($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsDeleteCreatorMutation, ReadRecordsDeleteCreatorMutationVariables>;
export const ReadRecordsCreatorsPageDocument = new TypedDocumentString(`
    query ReadRecordsCreatorsPage($id: ID!, $after: String) {
  project(id: $id) {
    apiKeys(first: 2, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdBy {
            type
            id
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsCreatorsPageQuery, ReadRecordsCreatorsPageQueryVariables>;
export const ReadRecordsCreatorDocument = new TypedDocumentString(`
    query ReadRecordsCreator($id: ID!) {
  apiKey(id: $id) {
    createdBy {
      type
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsCreatorQuery, ReadRecordsCreatorQueryVariables>;
export const ReadRecordsProject2Document = new TypedDocumentString(`
    query ReadRecordsProject2($id: ID!) {
  project(id: $id) {
    id
    name
    apiKeys(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReadRecordsProject2Query, ReadRecordsProject2QueryVariables>;
export const AuditUpdateApiKeyDocument = new TypedDocumentString(`
    mutation AuditUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateApiKeyMutation, AuditUpdateApiKeyMutationVariables>;
export const AuditDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation AuditDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditDeactivateApiKeyMutation, AuditDeactivateApiKeyMutationVariables>;
export const AuditReactivateApiKeyDocument = new TypedDocumentString(`
    mutation AuditReactivateApiKey($id: ID!) {
  reactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReactivateApiKeyMutation, AuditReactivateApiKeyMutationVariables>;
export const AuditRotateApiKeyDocument = new TypedDocumentString(`
    mutation AuditRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditRotateApiKeyMutation, AuditRotateApiKeyMutationVariables>;
export const AuditDeleteApiKeyDocument = new TypedDocumentString(`
    mutation AuditDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditDeleteApiKeyMutation, AuditDeleteApiKeyMutationVariables>;
export const AuditUpdateProjectDocument = new TypedDocumentString(`
    mutation AuditUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateProjectMutation, AuditUpdateProjectMutationVariables>;
export const AuditAddMemberDocument = new TypedDocumentString(`
    mutation AuditAddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditAddMemberMutation, AuditAddMemberMutationVariables>;
export const AuditAcceptInvitationDocument = new TypedDocumentString(`
    mutation AuditAcceptInvitation($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditAcceptInvitationMutation, AuditAcceptInvitationMutationVariables>;
export const AuditUpdateMemberRoleDocument = new TypedDocumentString(`
    mutation AuditUpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateMemberRoleMutation, AuditUpdateMemberRoleMutationVariables>;
export const AuditRemoveMemberDocument = new TypedDocumentString(`
    mutation AuditRemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<AuditRemoveMemberMutation, AuditRemoveMemberMutationVariables>;
export const AuditProjectNameDocument = new TypedDocumentString(`
    query AuditProjectName($id: ID!) {
  project(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<AuditProjectNameQuery, AuditProjectNameQueryVariables>;
export const AuditProjectDocument = new TypedDocumentString(`
    query AuditProject($id: ID!) {
  project(id: $id) {
    auditEvents(first: 100) {
      totalCount
      edges {
        node {
          action
          actor {
            type
            label
          }
          targetId
          clientAddress
          userAgent
          requestId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditProjectQuery, AuditProjectQueryVariables>;
export const AuditCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuditCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCreateApiKeyMutation, AuditCreateApiKeyMutationVariables>;
export const AuditProject2Document = new TypedDocumentString(`
    query AuditProject2($id: ID!, $since: DateTime) {
  project(id: $id) {
    auditEvents(filter: {actions: ["key.created"], since: $since}) {
      totalCount
      edges {
        node {
          action
          actor {
            type
            label
          }
          targetId
          clientAddress
          userAgent
          requestId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditProject2Query, AuditProject2QueryVariables>;
export const RedisPrefixViewerDocument = new TypedDocumentString(`
    query RedisPrefixViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<RedisPrefixViewerQuery, RedisPrefixViewerQueryVariables>;
export const ScaleViewerDocument = new TypedDocumentString(`
    query ScaleViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<ScaleViewerQuery, ScaleViewerQueryVariables>;
export const ScaleKeyUsageDocument = new TypedDocumentString(`
    query ScaleKeyUsage($id: ID!) {
  apiKey(id: $id) {
    usage {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleKeyUsageQuery, ScaleKeyUsageQueryVariables>;
export const ScaleCreateApiKeyDocument = new TypedDocumentString(`
    mutation ScaleCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateApiKeyMutation, ScaleCreateApiKeyMutationVariables>;
export const ScaleSignUpDocument = new TypedDocumentString(`
    mutation ScaleSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ScaleSignUpMutation, ScaleSignUpMutationVariables>;
export const ScaleCreateProjectDocument = new TypedDocumentString(`
    mutation ScaleCreateProject {
  createProject(input: {name: "Scale"}) {
    secret
    project {
      id
    }
    defaultKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateProjectMutation, ScaleCreateProjectMutationVariables>;
export const ScaleUpdateApiKeyDocument = new TypedDocumentString(`
    mutation ScaleUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
    rateLimit {
      perMinute
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleUpdateApiKeyMutation, ScaleUpdateApiKeyMutationVariables>;
export const ScaleDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation ScaleDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ScaleDeactivateApiKeyMutation, ScaleDeactivateApiKeyMutationVariables>;
export const ScaleListsDocument = new TypedDocumentString(`
    query ScaleLists($id: ID!, $projectId: ID!) {
  apiKey(id: $id) {
    recentActivity(first: 5) {
      totalCount
    }
  }
  project(id: $projectId) {
    auditEvents(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleListsQuery, ScaleListsQueryVariables>;
export const AbuseCreateApiKeyDocument = new TypedDocumentString(`
    mutation AbuseCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<AbuseCreateApiKeyMutation, AbuseCreateApiKeyMutationVariables>;
export const AbuseViewerDocument = new TypedDocumentString(`
    query AbuseViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<AbuseViewerQuery, AbuseViewerQueryVariables>;
export const AbusePageDocument = new TypedDocumentString(`
    query AbusePage($first: Int) {
  viewer {
    project {
      apiKeys(first: $first) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbusePageQuery, AbusePageQueryVariables>;
export const AbuseApiKeyDocument = new TypedDocumentString(`
    query AbuseApiKey($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseApiKeyQuery, AbuseApiKeyQueryVariables>;
export const AbuseProjectUsageDocument = new TypedDocumentString(`
    query AbuseProjectUsage($from: DateTime, $to: DateTime) {
  viewer {
    project {
      usage(from: $from, to: $to) {
        from
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseProjectUsageQuery, AbuseProjectUsageQueryVariables>;
export const AbuseLogInDocument = new TypedDocumentString(`
    mutation AbuseLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<AbuseLogInMutation, AbuseLogInMutationVariables>;
export const AbuseVerifyApiKeyDocument = new TypedDocumentString(`
    mutation AbuseVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
  }
}
    `) as unknown as TypedDocumentString<AbuseVerifyApiKeyMutation, AbuseVerifyApiKeyMutationVariables>;
export const FaultsViewerDocument = new TypedDocumentString(`
    query FaultsViewer {
  viewer {
    apiKey {
      id
    }
    scopes
  }
}
    `) as unknown as TypedDocumentString<FaultsViewerQuery, FaultsViewerQueryVariables>;
export const FaultsApiKeyDocument = new TypedDocumentString(`
    query FaultsApiKey($id: ID!) {
  apiKey(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FaultsApiKeyQuery, FaultsApiKeyQueryVariables>;
export const FaultsProjectsDocument = new TypedDocumentString(`
    query FaultsProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsProjectsQuery, FaultsProjectsQueryVariables>;
export const FaultsScopesDocument = new TypedDocumentString(`
    query FaultsScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<FaultsScopesQuery, FaultsScopesQueryVariables>;
export const FaultsViewerScopesDocument = new TypedDocumentString(`
    query FaultsViewerScopes {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<FaultsViewerScopesQuery, FaultsViewerScopesQueryVariables>;
export const FaultsDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation FaultsDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<FaultsDeactivateApiKeyMutation, FaultsDeactivateApiKeyMutationVariables>;
export const GraphqlHttpAuditScopesDocument = new TypedDocumentString(`
    query GraphqlHttpAuditScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<GraphqlHttpAuditScopesQuery, GraphqlHttpAuditScopesQueryVariables>;
export const GraphqlHttpAuditLogOutDocument = new TypedDocumentString(`
    mutation GraphqlHttpAuditLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<GraphqlHttpAuditLogOutMutation, GraphqlHttpAuditLogOutMutationVariables>;
export const HeadersViewerDocument = new TypedDocumentString(`
    query HeadersViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<HeadersViewerQuery, HeadersViewerQueryVariables>;
export const HeadersScopesDocument = new TypedDocumentString(`
    query HeadersScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<HeadersScopesQuery, HeadersScopesQueryVariables>;
export const LoggingViewerDocument = new TypedDocumentString(`
    query LoggingViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<LoggingViewerQuery, LoggingViewerQueryVariables>;
export const WhoAmIDocument = new TypedDocumentString(`
    query WhoAmI {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WhoAmIQuery, WhoAmIQueryVariables>;
export const LoggingApiKeyDocument = new TypedDocumentString(`
    query LoggingApiKey($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoggingApiKeyQuery, LoggingApiKeyQueryVariables>;
export const LoggingSignUpDocument = new TypedDocumentString(`
    mutation LoggingSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoggingSignUpMutation, LoggingSignUpMutationVariables>;
export const LoggingLogInDocument = new TypedDocumentString(`
    mutation LoggingLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoggingLogInMutation, LoggingLogInMutationVariables>;
export const LoggingVerifyApiKeyDocument = new TypedDocumentString(`
    mutation LoggingVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
  }
}
    `) as unknown as TypedDocumentString<LoggingVerifyApiKeyMutation, LoggingVerifyApiKeyMutationVariables>;
export const MaskingScopesDocument = new TypedDocumentString(`
    query MaskingScopes {
  scopes {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<MaskingScopesQuery, MaskingScopesQueryVariables>;
export const MaskingCreateApiKeyDocument = new TypedDocumentString(`
    mutation MaskingCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<MaskingCreateApiKeyMutation, MaskingCreateApiKeyMutationVariables>;
export const MaskingViewerDocument = new TypedDocumentString(`
    query MaskingViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<MaskingViewerQuery, MaskingViewerQueryVariables>;
export const MetricsViewerDocument = new TypedDocumentString(`
    query MetricsViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<MetricsViewerQuery, MetricsViewerQueryVariables>;
export const QueryLimitsProjectDocument = new TypedDocumentString(`
    query QueryLimitsProject($id: ID!) {
  project(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsProjectQuery, QueryLimitsProjectQueryVariables>;
export const QueryLimitsPortalListDocument = new TypedDocumentString(`
    query QueryLimitsPortalList($id: ID!) {
  project(id: $id) {
    apiKeys(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          description
          environment
          preview
          status
          isDefault
          expiresAt
          createdAt
          lastUsedAt
          usageCount
          scopes {
            name
            description
            implies
          }
          createdBy {
            __typename
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsPortalListQuery, QueryLimitsPortalListQueryVariables>;
export const QueryLimitsFirst1000Document = new TypedDocumentString(`
    query QueryLimitsFirst1000($id: ID!) {
  project(id: $id) {
    apiKeys(first: 1000) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsFirst1000Query, QueryLimitsFirst1000QueryVariables>;
export const SigtermSignUpDocument = new TypedDocumentString(`
    mutation SigtermSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SigtermSignUpMutation, SigtermSignUpMutationVariables>;
export const SigtermCreateProjectDocument = new TypedDocumentString(`
    mutation SigtermCreateProject {
  createProject(input: {name: "Slow", plan: PRO}) {
    secret
    defaultKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SigtermCreateProjectMutation, SigtermCreateProjectMutationVariables>;
export const SigtermViewerDocument = new TypedDocumentString(`
    query SigtermViewer {
  viewer {
    apiKey {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SigtermViewerQuery, SigtermViewerQueryVariables>;
export const LeakWebhooksReportDocument = new TypedDocumentString(`
    mutation LeakWebhooksReport($input: ReportLeakedKeyInput!) {
  reportLeakedKey(input: $input) {
    received
  }
}
    `) as unknown as TypedDocumentString<LeakWebhooksReportMutation, LeakWebhooksReportMutationVariables>;
export const LeaksViewerDocument = new TypedDocumentString(`
    query LeaksViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LeaksViewerQuery, LeaksViewerQueryVariables>;
export const LeaksVerifyDocument = new TypedDocumentString(`
    mutation LeaksVerify($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
  }
}
    `) as unknown as TypedDocumentString<LeaksVerifyMutation, LeaksVerifyMutationVariables>;
export const LeaksKeyDocument = new TypedDocumentString(`
    query LeaksKey($id: ID!) {
  apiKey(id: $id) {
    id
    status
    leaks {
      reporter
      url
      source
      reportedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LeaksKeyQuery, LeaksKeyQueryVariables>;
export const LeaksProjectDocument = new TypedDocumentString(`
    query LeaksProject($id: ID!) {
  project(id: $id) {
    leakedKeys {
      id
      status
    }
    auditEvents(filter: {actions: ["key.leaked"]}) {
      totalCount
      edges {
        node {
          action
          targetId
          summary
          actor {
            type
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaksProjectQuery, LeaksProjectQueryVariables>;
export const LeaksReactivateDocument = new TypedDocumentString(`
    mutation LeaksReactivate($id: ID!) {
  reactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LeaksReactivateMutation, LeaksReactivateMutationVariables>;
export const LeaksDeactivateDocument = new TypedDocumentString(`
    mutation LeaksDeactivate($id: ID!) {
  deactivateApiKey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LeaksDeactivateMutation, LeaksDeactivateMutationVariables>;
export const LeaksRotateDocument = new TypedDocumentString(`
    mutation LeaksRotate($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
    apiKey {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LeaksRotateMutation, LeaksRotateMutationVariables>;
export const LeaksReportDocument = new TypedDocumentString(`
    mutation LeaksReport($input: ReportLeakedKeyInput!) {
  reportLeakedKey(input: $input) {
    received
  }
}
    `) as unknown as TypedDocumentString<LeaksReportMutation, LeaksReportMutationVariables>;
export const LiveCreateKeyDocument = new TypedDocumentString(`
    mutation LiveCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<LiveCreateKeyMutation, LiveCreateKeyMutationVariables>;
export const LiveDeactivateKeyDocument = new TypedDocumentString(`
    mutation LiveDeactivateKey($id: ID!, $terminateConnections: Boolean) {
  deactivateApiKey(id: $id, terminateConnections: $terminateConnections) {
    status
  }
}
    `) as unknown as TypedDocumentString<LiveDeactivateKeyMutation, LiveDeactivateKeyMutationVariables>;
export const LiveDeleteKeyDocument = new TypedDocumentString(`
    mutation LiveDeleteKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveDeleteKeyMutation, LiveDeleteKeyMutationVariables>;
export const LiveUpdateKeyDocument = new TypedDocumentString(`
    mutation LiveUpdateKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveUpdateKeyMutation, LiveUpdateKeyMutationVariables>;
export const LiveRotateKeyDocument = new TypedDocumentString(`
    mutation LiveRotateKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveRotateKeyMutation, LiveRotateKeyMutationVariables>;
export const LiveLogOutDocument = new TypedDocumentString(`
    mutation LiveLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LiveLogOutMutation, LiveLogOutMutationVariables>;
export const LiveRevokeTokenDocument = new TypedDocumentString(`
    mutation LiveRevokeToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveRevokeTokenMutation, LiveRevokeTokenMutationVariables>;
export const LiveConnectionsDocument = new TypedDocumentString(`
    query LiveConnections($id: ID!) {
  apiKey(id: $id) {
    liveConnections
  }
}
    `) as unknown as TypedDocumentString<LiveConnectionsQuery, LiveConnectionsQueryVariables>;
export const LiveViewerDocument = new TypedDocumentString(`
    query LiveViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<LiveViewerQuery, LiveViewerQueryVariables>;
export const LiveReportLeakDocument = new TypedDocumentString(`
    mutation LiveReportLeak($input: ReportLeakedKeyInput!) {
  reportLeakedKey(input: $input) {
    received
  }
}
    `) as unknown as TypedDocumentString<LiveReportLeakMutation, LiveReportLeakMutationVariables>;
export const LiveDeleteProjectDocument = new TypedDocumentString(`
    mutation LiveDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveDeleteProjectMutation, LiveDeleteProjectMutationVariables>;
export const MembersAddMemberDocument = new TypedDocumentString(`
    mutation MembersAddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    role
    status
    email
    user {
      id
      email
    }
    scopes
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<MembersAddMemberMutation, MembersAddMemberMutationVariables>;
export const MembersUpdateMemberRoleDocument = new TypedDocumentString(`
    mutation MembersUpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    role
  }
}
    `) as unknown as TypedDocumentString<MembersUpdateMemberRoleMutation, MembersUpdateMemberRoleMutationVariables>;
export const MembersRemoveMemberDocument = new TypedDocumentString(`
    mutation MembersRemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<MembersRemoveMemberMutation, MembersRemoveMemberMutationVariables>;
export const MembersProjectDocument = new TypedDocumentString(`
    query MembersProject($id: ID!) {
  project(id: $id) {
    members {
      role
      status
      email
      user {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersProjectQuery, MembersProjectQueryVariables>;
export const MembersAcceptInvitationDocument = new TypedDocumentString(`
    mutation MembersAcceptInvitation($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    role
    status
    email
    joinedAt
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembersAcceptInvitationMutation, MembersAcceptInvitationMutationVariables>;
export const MembersDeclineInvitationDocument = new TypedDocumentString(`
    mutation MembersDeclineInvitation($projectId: ID!) {
  declineInvitation(projectId: $projectId)
}
    `) as unknown as TypedDocumentString<MembersDeclineInvitationMutation, MembersDeclineInvitationMutationVariables>;
export const MembersViewerDocument = new TypedDocumentString(`
    query MembersViewer {
  viewer {
    invitations {
      projectId
      projectName
      role
      scopes
      invitedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MembersViewerQuery, MembersViewerQueryVariables>;
export const MembersProject2Document = new TypedDocumentString(`
    query MembersProject2($id: ID!) {
  project(id: $id) {
    auditEvents(first: 100) {
      edges {
        node {
          action
          targetType
          targetId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersProject2Query, MembersProject2QueryVariables>;
export const MembersProjectsDocument = new TypedDocumentString(`
    query MembersProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<MembersProjectsQuery, MembersProjectsQueryVariables>;
export const MembersCreateApiKeyDocument = new TypedDocumentString(`
    mutation MembersCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembersCreateApiKeyMutation, MembersCreateApiKeyMutationVariables>;
export const MembersSignUpDocument = new TypedDocumentString(`
    mutation MembersSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembersSignUpMutation, MembersSignUpMutationVariables>;
export const PermissionsCreateDocument = new TypedDocumentString(`
    mutation PermissionsCreate($input: CreatePermissionInput!) {
  createPermission(input: $input) {
    id
    name
    implies
    keyCount
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateMutation, PermissionsCreateMutationVariables>;
export const PermissionsUpdateDocument = new TypedDocumentString(`
    mutation PermissionsUpdate($input: UpdatePermissionInput!) {
  updatePermission(input: $input) {
    id
    implies
  }
}
    `) as unknown as TypedDocumentString<PermissionsUpdateMutation, PermissionsUpdateMutationVariables>;
export const PermissionsDeleteDocument = new TypedDocumentString(`
    mutation PermissionsDelete($input: DeletePermissionInput!) {
  deletePermission(input: $input) {
    id
    removedFromKeys
  }
}
    `) as unknown as TypedDocumentString<PermissionsDeleteMutation, PermissionsDeleteMutationVariables>;
export const PermissionsListDocument = new TypedDocumentString(`
    query PermissionsList($id: ID!) {
  project(id: $id) {
    permissions {
      name
      implies
      keyCount
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsListQuery, PermissionsListQueryVariables>;
export const PermissionsCreateKeyDocument = new TypedDocumentString(`
    mutation PermissionsCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      permissions
      meta
      externalId
      allowedCidrs
      credits {
        remaining
        refill {
          amount
          interval
        }
        refillAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateKeyMutation, PermissionsCreateKeyMutationVariables>;
export const PermissionsUpdateKeyDocument = new TypedDocumentString(`
    mutation PermissionsUpdateKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
    permissions
  }
}
    `) as unknown as TypedDocumentString<PermissionsUpdateKeyMutation, PermissionsUpdateKeyMutationVariables>;
export const PermissionsVerifyDocument = new TypedDocumentString(`
    mutation PermissionsVerify($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
    permissions
    meta
    externalId
    credits {
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsVerifyMutation, PermissionsVerifyMutationVariables>;
export const PermissionsByExternalIdDocument = new TypedDocumentString(`
    query PermissionsByExternalId($id: ID!, $externalId: String!) {
  project(id: $id) {
    apiKeys(filter: {externalId: $externalId}) {
      totalCount
      edges {
        node {
          externalId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsByExternalIdQuery, PermissionsByExternalIdQueryVariables>;
export const PermissionsViewerDocument = new TypedDocumentString(`
    query PermissionsViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsViewerQuery, PermissionsViewerQueryVariables>;
export const TokenProjectsDocument = new TypedDocumentString(`
    query TokenProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<TokenProjectsQuery, TokenProjectsQueryVariables>;
export const TokenProjectDocument = new TypedDocumentString(`
    query TokenProject($id: ID!) {
  project(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TokenProjectQuery, TokenProjectQueryVariables>;
export const TokenProjectKeysDocument = new TypedDocumentString(`
    query TokenProjectKeys($id: ID!) {
  project(id: $id) {
    apiKeys {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<TokenProjectKeysQuery, TokenProjectKeysQueryVariables>;
export const TokenCreateApiKeyDocument = new TypedDocumentString(`
    mutation TokenCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<TokenCreateApiKeyMutation, TokenCreateApiKeyMutationVariables>;
export const TokenCreatePersonalTokenDocument = new TypedDocumentString(`
    mutation TokenCreatePersonalToken($input: CreatePersonalTokenInput!) {
  createPersonalToken(input: $input) {
    token {
      id
      name
      preview
      scopes
      projectIds
      expiresAt
      expired
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<TokenCreatePersonalTokenMutation, TokenCreatePersonalTokenMutationVariables>;
export const TokenRevokePersonalTokenDocument = new TypedDocumentString(`
    mutation TokenRevokePersonalToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TokenRevokePersonalTokenMutation, TokenRevokePersonalTokenMutationVariables>;
export const TokenViewerTokensDocument = new TypedDocumentString(`
    query TokenViewerTokens {
  viewer {
    personalTokens {
      id
      name
      preview
    }
  }
}
    `) as unknown as TypedDocumentString<TokenViewerTokensQuery, TokenViewerTokensQueryVariables>;
export const TokenViewerDocument = new TypedDocumentString(`
    query TokenViewer {
  viewer {
    user {
      id
      email
    }
    scopes
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TokenViewerQuery, TokenViewerQueryVariables>;
export const TokenChangePasswordDocument = new TypedDocumentString(`
    mutation TokenChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<TokenChangePasswordMutation, TokenChangePasswordMutationVariables>;
export const TokenDeleteAccountDocument = new TypedDocumentString(`
    mutation TokenDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<TokenDeleteAccountMutation, TokenDeleteAccountMutationVariables>;
export const TokenViewerTokenUsesDocument = new TypedDocumentString(`
    query TokenViewerTokenUses {
  viewer {
    personalTokens {
      id
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<TokenViewerTokenUsesQuery, TokenViewerTokenUsesQueryVariables>;
export const TokenViewerSessionsDocument = new TypedDocumentString(`
    query TokenViewerSessions {
  viewer {
    sessions {
      id
      current
    }
  }
}
    `) as unknown as TypedDocumentString<TokenViewerSessionsQuery, TokenViewerSessionsQueryVariables>;
export const TokenMembersDocument = new TypedDocumentString(`
    query TokenMembers($id: ID!) {
  project(id: $id) {
    members {
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TokenMembersQuery, TokenMembersQueryVariables>;
export const SeedPersonalTokenDocument = new TypedDocumentString(`
    mutation SeedPersonalToken($input: CreatePersonalTokenInput!) {
  createPersonalToken(input: $input) {
    token {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SeedPersonalTokenMutation, SeedPersonalTokenMutationVariables>;
export const DeletionViewerDocument = new TypedDocumentString(`
    query DeletionViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionViewerQuery, DeletionViewerQueryVariables>;
export const DeletionDeleteProjectDocument = new TypedDocumentString(`
    mutation DeletionDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    id
    purgeAt
  }
}
    `) as unknown as TypedDocumentString<DeletionDeleteProjectMutation, DeletionDeleteProjectMutationVariables>;
export const DeletionProjectsDocument = new TypedDocumentString(`
    query DeletionProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<DeletionProjectsQuery, DeletionProjectsQueryVariables>;
export const DeletionProjectDocument = new TypedDocumentString(`
    query DeletionProject($id: ID!) {
  project(id: $id) {
    id
    usage {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionProjectQuery, DeletionProjectQueryVariables>;
export const DeletionDeletedProjectsDocument = new TypedDocumentString(`
    query DeletionDeletedProjects {
  deletedProjects {
    id
    name
    deletedAt
    purgeAt
    usage {
      totals {
        requests
      }
    }
    auditEvents(first: 100) {
      totalCount
      edges {
        node {
          action
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionDeletedProjectsQuery, DeletionDeletedProjectsQueryVariables>;
export const DeletionCreateWebhookDocument = new TypedDocumentString(`
    mutation DeletionCreateWebhook($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      id
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionCreateWebhookMutation, DeletionCreateWebhookMutationVariables>;
export const DeletionCreateProjectDocument = new TypedDocumentString(`
    mutation DeletionCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionCreateProjectMutation, DeletionCreateProjectMutationVariables>;
export const DeletionDeleteAccountDocument = new TypedDocumentString(`
    mutation DeletionDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeletionDeleteAccountMutation, DeletionDeleteAccountMutationVariables>;
export const PlansCreateProjectDocument = new TypedDocumentString(`
    mutation PlansCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
      plan
    }
  }
}
    `) as unknown as TypedDocumentString<PlansCreateProjectMutation, PlansCreateProjectMutationVariables>;
export const PlansUpdateProjectDocument = new TypedDocumentString(`
    mutation PlansUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    name
    plan
  }
}
    `) as unknown as TypedDocumentString<PlansUpdateProjectMutation, PlansUpdateProjectMutationVariables>;
export const PlansSetProjectPlanDocument = new TypedDocumentString(`
    mutation PlansSetProjectPlan($input: SetProjectPlanInput!) {
  setProjectPlan(input: $input) {
    plan
  }
}
    `) as unknown as TypedDocumentString<PlansSetProjectPlanMutation, PlansSetProjectPlanMutationVariables>;
export const PlansProjectDocument = new TypedDocumentString(`
    query PlansProject($id: ID!) {
  project(id: $id) {
    plan
    limits {
      maxKeys
    }
  }
}
    `) as unknown as TypedDocumentString<PlansProjectQuery, PlansProjectQueryVariables>;
export const PlansProjectsDocument = new TypedDocumentString(`
    query PlansProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<PlansProjectsQuery, PlansProjectsQueryVariables>;
export const PlansViewerDocument = new TypedDocumentString(`
    query PlansViewer {
  viewer {
    isAdministrator
  }
}
    `) as unknown as TypedDocumentString<PlansViewerQuery, PlansViewerQueryVariables>;
export const CliCreateProjectDocument = new TypedDocumentString(`
    mutation CliCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CliCreateProjectMutation, CliCreateProjectMutationVariables>;
export const CliCreatePersonalTokenDocument = new TypedDocumentString(`
    mutation CliCreatePersonalToken($input: CreatePersonalTokenInput!) {
  createPersonalToken(input: $input) {
    token {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<CliCreatePersonalTokenMutation, CliCreatePersonalTokenMutationVariables>;
export const CliRevokePersonalTokenDocument = new TypedDocumentString(`
    mutation CliRevokePersonalToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CliRevokePersonalTokenMutation, CliRevokePersonalTokenMutationVariables>;
export const StoryCreatePermissionDocument = new TypedDocumentString(`
    mutation StoryCreatePermission($input: CreatePermissionInput!) {
  createPermission(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StoryCreatePermissionMutation, StoryCreatePermissionMutationVariables>;
export const StoryCreateKeyDocument = new TypedDocumentString(`
    mutation StoryCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<StoryCreateKeyMutation, StoryCreateKeyMutationVariables>;
export const StoryUpdateKeyDocument = new TypedDocumentString(`
    mutation StoryUpdateKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StoryUpdateKeyMutation, StoryUpdateKeyMutationVariables>;
export const SecretsEverythingDocument = new TypedDocumentString(`
    query SecretsEverything($id: ID!, $key: ID!) {
  project(id: $id) {
    id
    name
    plan
    limits {
      maxKeys
    }
    members {
      role
      user {
        id
        email
        name
      }
    }
    apiKeys(first: 100) {
      edges {
        node {
          ...SecretsKey
          replacedBy {
            ...SecretsKey
          }
          rotatedFrom {
            ...SecretsKey
          }
        }
      }
    }
    auditEvents(first: 100) {
      edges {
        node {
          id
          action
          actor {
            type
            id
            label
          }
          targetType
          targetId
          targetLabel
          summary
          clientAddress
          userAgent
          requestId
          createdAt
        }
      }
    }
  }
  apiKey(id: $key) {
    ...SecretsKey
    auditEvents {
      edges {
        node {
          summary
        }
      }
    }
  }
}
    fragment SecretsKey on ApiKey {
  id
  name
  description
  environment
  preview
  status
  isDefault
  scopes {
    name
  }
  expiresAt
  createdAt
  lastUsedAt
  usageCount
  rotatedAt
  graceEndsAt
  createdBy {
    label
  }
  rateLimit {
    perMinute
  }
}`) as unknown as TypedDocumentString<SecretsEverythingQuery, SecretsEverythingQueryVariables>;
export const SecretsRotateApiKeyDocument = new TypedDocumentString(`
    mutation SecretsRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecretsRotateApiKeyMutation, SecretsRotateApiKeyMutationVariables>;
export const SecretsViewerDocument = new TypedDocumentString(`
    query SecretsViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<SecretsViewerQuery, SecretsViewerQueryVariables>;
export const SecretsVerifyApiKeyDocument = new TypedDocumentString(`
    mutation SecretsVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SecretsVerifyApiKeyMutation, SecretsVerifyApiKeyMutationVariables>;
export const SecretsLogInDocument = new TypedDocumentString(`
    mutation SecretsLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SecretsLogInMutation, SecretsLogInMutationVariables>;
export const SecurityAddMemberDocument = new TypedDocumentString(`
    mutation SecurityAddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityAddMemberMutation, SecurityAddMemberMutationVariables>;
export const SecurityCreateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateApiKeyMutation, SecurityCreateApiKeyMutationVariables>;
export const SecurityUpdateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdateApiKeyMutation, SecurityUpdateApiKeyMutationVariables>;
export const SecurityRotateApiKeySecretDocument = new TypedDocumentString(`
    mutation SecurityRotateApiKeySecret($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<SecurityRotateApiKeySecretMutation, SecurityRotateApiKeySecretMutationVariables>;
export const SecurityDeactivateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityDeactivateApiKey($id: ID!) {
  deactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityDeactivateApiKeyMutation, SecurityDeactivateApiKeyMutationVariables>;
export const SecurityReactivateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityReactivateApiKey($id: ID!) {
  reactivateApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityReactivateApiKeyMutation, SecurityReactivateApiKeyMutationVariables>;
export const SecurityDeleteApiKeyDocument = new TypedDocumentString(`
    mutation SecurityDeleteApiKey($id: ID!) {
  deleteApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityDeleteApiKeyMutation, SecurityDeleteApiKeyMutationVariables>;
export const SecurityReportLeakedKeyDocument = new TypedDocumentString(`
    mutation SecurityReportLeakedKey($input: ReportLeakedKeyInput!) {
  reportLeakedKey(input: $input) {
    received
  }
}
    `) as unknown as TypedDocumentString<SecurityReportLeakedKeyMutation, SecurityReportLeakedKeyMutationVariables>;
export const SecurityFreshPermissionDocument = new TypedDocumentString(`
    mutation SecurityFreshPermission($input: CreatePermissionInput!) {
  createPermission(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityFreshPermissionMutation, SecurityFreshPermissionMutationVariables>;
export const SecurityCreatePermissionDocument = new TypedDocumentString(`
    mutation SecurityCreatePermission($input: CreatePermissionInput!) {
  createPermission(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityCreatePermissionMutation, SecurityCreatePermissionMutationVariables>;
export const SecurityUpdatePermissionDocument = new TypedDocumentString(`
    mutation SecurityUpdatePermission($input: UpdatePermissionInput!) {
  updatePermission(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdatePermissionMutation, SecurityUpdatePermissionMutationVariables>;
export const SecurityDeletePermissionDocument = new TypedDocumentString(`
    mutation SecurityDeletePermission($input: DeletePermissionInput!) {
  deletePermission(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityDeletePermissionMutation, SecurityDeletePermissionMutationVariables>;
export const SecurityViewerDocument = new TypedDocumentString(`
    query SecurityViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<SecurityViewerQuery, SecurityViewerQueryVariables>;
export const SecurityScopesDocument = new TypedDocumentString(`
    query SecurityScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<SecurityScopesQuery, SecurityScopesQueryVariables>;
export const SecurityProjectsDocument = new TypedDocumentString(`
    query SecurityProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectsQuery, SecurityProjectsQueryVariables>;
export const SecurityProjectDocument = new TypedDocumentString(`
    query SecurityProject($id: ID!) {
  project(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectQuery, SecurityProjectQueryVariables>;
export const SecurityApiKeyDocument = new TypedDocumentString(`
    query SecurityApiKey($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeyQuery, SecurityApiKeyQueryVariables>;
export const SecuritySignUpDocument = new TypedDocumentString(`
    mutation SecuritySignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecuritySignUpMutation, SecuritySignUpMutationVariables>;
export const SecurityLogInDocument = new TypedDocumentString(`
    mutation SecurityLogIn($input: LogInInput!) {
  logIn(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityLogInMutation, SecurityLogInMutationVariables>;
export const SecurityLogOutDocument = new TypedDocumentString(`
    mutation SecurityLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<SecurityLogOutMutation, SecurityLogOutMutationVariables>;
export const SecurityCreateProjectDocument = new TypedDocumentString(`
    mutation SecurityCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateProjectMutation, SecurityCreateProjectMutationVariables>;
export const SecurityUpdateProjectDocument = new TypedDocumentString(`
    mutation SecurityUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdateProjectMutation, SecurityUpdateProjectMutationVariables>;
export const SecuritySetProjectPlanDocument = new TypedDocumentString(`
    mutation SecuritySetProjectPlan($input: SetProjectPlanInput!) {
  setProjectPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecuritySetProjectPlanMutation, SecuritySetProjectPlanMutationVariables>;
export const SecurityRotateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityRotateApiKeyMutation, SecurityRotateApiKeyMutationVariables>;
export const SecurityVerifyApiKeyDocument = new TypedDocumentString(`
    mutation SecurityVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SecurityVerifyApiKeyMutation, SecurityVerifyApiKeyMutationVariables>;
export const SecurityUpdateMemberRoleDocument = new TypedDocumentString(`
    mutation SecurityUpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdateMemberRoleMutation, SecurityUpdateMemberRoleMutationVariables>;
export const SecurityRemoveMemberDocument = new TypedDocumentString(`
    mutation SecurityRemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<SecurityRemoveMemberMutation, SecurityRemoveMemberMutationVariables>;
export const SecurityAcceptInvitationDocument = new TypedDocumentString(`
    mutation SecurityAcceptInvitation($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityAcceptInvitationMutation, SecurityAcceptInvitationMutationVariables>;
export const SecurityDeclineInvitationDocument = new TypedDocumentString(`
    mutation SecurityDeclineInvitation($projectId: ID!) {
  declineInvitation(projectId: $projectId)
}
    `) as unknown as TypedDocumentString<SecurityDeclineInvitationMutation, SecurityDeclineInvitationMutationVariables>;
export const SecurityWebhookEventTypesDocument = new TypedDocumentString(`
    query SecurityWebhookEventTypes {
  webhookEventTypes {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<SecurityWebhookEventTypesQuery, SecurityWebhookEventTypesQueryVariables>;
export const SecurityWebhookEndpointDocument = new TypedDocumentString(`
    query SecurityWebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    id
    url
    deliveries {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityWebhookEndpointQuery, SecurityWebhookEndpointQueryVariables>;
export const SecurityCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation SecurityCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateWebhookEndpointMutation, SecurityCreateWebhookEndpointMutationVariables>;
export const SecurityUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation SecurityUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdateWebhookEndpointMutation, SecurityUpdateWebhookEndpointMutationVariables>;
export const SecurityDeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation SecurityDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityDeleteWebhookEndpointMutation, SecurityDeleteWebhookEndpointMutationVariables>;
export const SecurityRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation SecurityRotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<SecurityRotateWebhookSecretMutation, SecurityRotateWebhookSecretMutationVariables>;
export const SecuritySendTestWebhookDocument = new TypedDocumentString(`
    mutation SecuritySendTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecuritySendTestWebhookMutation, SecuritySendTestWebhookMutationVariables>;
export const SecurityRedeliverWebhookDocument = new TypedDocumentString(`
    mutation SecurityRedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityRedeliverWebhookMutation, SecurityRedeliverWebhookMutationVariables>;
export const SecurityCreatePersonalTokenDocument = new TypedDocumentString(`
    mutation SecurityCreatePersonalToken($input: CreatePersonalTokenInput!) {
  createPersonalToken(input: $input) {
    token {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SecurityCreatePersonalTokenMutation, SecurityCreatePersonalTokenMutationVariables>;
export const SecurityRevokePersonalTokenDocument = new TypedDocumentString(`
    mutation SecurityRevokePersonalToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityRevokePersonalTokenMutation, SecurityRevokePersonalTokenMutationVariables>;
export const SecurityRevokeSessionDocument = new TypedDocumentString(`
    mutation SecurityRevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<SecurityRevokeSessionMutation, SecurityRevokeSessionMutationVariables>;
export const SecuritySecondSessionDocument = new TypedDocumentString(`
    mutation SecuritySecondSession($input: LogInInput!) {
  logIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SecuritySecondSessionMutation, SecuritySecondSessionMutationVariables>;
export const SecuritySessionsDocument = new TypedDocumentString(`
    query SecuritySessions {
  viewer {
    sessions {
      id
      current
    }
  }
}
    `) as unknown as TypedDocumentString<SecuritySessionsQuery, SecuritySessionsQueryVariables>;
export const SecurityDeleteProjectDocument = new TypedDocumentString(`
    mutation SecurityDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    id
    purgeAt
  }
}
    `) as unknown as TypedDocumentString<SecurityDeleteProjectMutation, SecurityDeleteProjectMutationVariables>;
export const SecurityChangePasswordDocument = new TypedDocumentString(`
    mutation SecurityChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<SecurityChangePasswordMutation, SecurityChangePasswordMutationVariables>;
export const SecurityDeleteAccountDocument = new TypedDocumentString(`
    mutation SecurityDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<SecurityDeleteAccountMutation, SecurityDeleteAccountMutationVariables>;
export const SecurityDeletedProjectsDocument = new TypedDocumentString(`
    query SecurityDeletedProjects {
  deletedProjects {
    id
    purgeAt
  }
}
    `) as unknown as TypedDocumentString<SecurityDeletedProjectsQuery, SecurityDeletedProjectsQueryVariables>;
export const SecurityProjectNameDocument = new TypedDocumentString(`
    query SecurityProjectName($id: ID!) {
  project(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectNameQuery, SecurityProjectNameQueryVariables>;
export const SecurityRevokeSeededTokenDocument = new TypedDocumentString(`
    mutation SecurityRevokeSeededToken($id: ID!) {
  revokePersonalToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityRevokeSeededTokenMutation, SecurityRevokeSeededTokenMutationVariables>;
export const SecurityProjectKeysDocument = new TypedDocumentString(`
    query SecurityProjectKeys($id: ID!) {
  project(id: $id) {
    name
    apiKeys {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectKeysQuery, SecurityProjectKeysQueryVariables>;
export const SecurityProjectMembersDocument = new TypedDocumentString(`
    query SecurityProjectMembers($id: ID!) {
  project(id: $id) {
    name
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectMembersQuery, SecurityProjectMembersQueryVariables>;
export const SecurityProjectAuditDocument = new TypedDocumentString(`
    query SecurityProjectAudit($id: ID!) {
  project(id: $id) {
    name
    auditEvents {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectAuditQuery, SecurityProjectAuditQueryVariables>;
export const SecurityProjectUsageDocument = new TypedDocumentString(`
    query SecurityProjectUsage($id: ID!) {
  project(id: $id) {
    name
    usage {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectUsageQuery, SecurityProjectUsageQueryVariables>;
export const SecurityApiKeyCreatorDocument = new TypedDocumentString(`
    query SecurityApiKeyCreator($id: ID!) {
  apiKey(id: $id) {
    name
    createdBy {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeyCreatorQuery, SecurityApiKeyCreatorQueryVariables>;
export const SecurityApiKeyUsageDocument = new TypedDocumentString(`
    query SecurityApiKeyUsage($id: ID!) {
  apiKey(id: $id) {
    name
    usage {
      totals {
        requests
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeyUsageQuery, SecurityApiKeyUsageQueryVariables>;
export const SecurityApiKeyActivityDocument = new TypedDocumentString(`
    query SecurityApiKeyActivity($id: ID!) {
  apiKey(id: $id) {
    name
    recentActivity {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeyActivityQuery, SecurityApiKeyActivityQueryVariables>;
export const SecurityProjectKeyCreatorsDocument = new TypedDocumentString(`
    query SecurityProjectKeyCreators($id: ID!) {
  project(id: $id) {
    apiKeys {
      edges {
        node {
          name
          createdBy {
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityProjectKeyCreatorsQuery, SecurityProjectKeyCreatorsQueryVariables>;
export const SecurityViewerKeyDocument = new TypedDocumentString(`
    query SecurityViewerKey {
  viewer {
    apiKey {
      id
      isDefault
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityViewerKeyQuery, SecurityViewerKeyQueryVariables>;
export const HttpScopesDocument = new TypedDocumentString(`
    query HttpScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<HttpScopesQuery, HttpScopesQueryVariables>;
export const HttpLogOutDocument = new TypedDocumentString(`
    mutation HttpLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<HttpLogOutMutation, HttpLogOutMutationVariables>;
export const HttpTurnsDocument = new TypedDocumentString(`
    query HttpTurns {
  viewer {
    apiKey {
      id
    }
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HttpTurnsQuery, HttpTurnsQueryVariables>;
export const HttpViewerDocument = new TypedDocumentString(`
    query HttpViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HttpViewerQuery, HttpViewerQueryVariables>;
export const HttpProjectsDocument = new TypedDocumentString(`
    query HttpProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpProjectsQuery, HttpProjectsQueryVariables>;
export const CappedActivityDocument = new TypedDocumentString(`
    query CappedActivity($id: ID!) {
  apiKey(id: $id) {
    usageCount
    recentActivity(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CappedActivityQuery, CappedActivityQueryVariables>;
export const ExpiryViewerDocument = new TypedDocumentString(`
    query ExpiryViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<ExpiryViewerQuery, ExpiryViewerQueryVariables>;
export const ExpiryApiKeyDocument = new TypedDocumentString(`
    query ExpiryApiKey($id: ID!) {
  apiKey(id: $id) {
    status
    auditEvents {
      edges {
        node {
          action
          actor {
            type
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpiryApiKeyQuery, ExpiryApiKeyQueryVariables>;
export const UsageFaultsViewerDocument = new TypedDocumentString(`
    query UsageFaultsViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<UsageFaultsViewerQuery, UsageFaultsViewerQueryVariables>;
export const RateLimitsViewerLimitsDocument = new TypedDocumentString(`
    query RateLimitsViewerLimits {
  viewer {
    apiKey {
      id
    }
    rateLimit {
      limit
      remaining
      resetAt
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitsViewerLimitsQuery, RateLimitsViewerLimitsQueryVariables>;
export const RateLimitsUpdateApiKeyDocument = new TypedDocumentString(`
    mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitsUpdateApiKeyMutation, RateLimitsUpdateApiKeyMutationVariables>;
export const RateLimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<RateLimitsCreateApiKeyMutation, RateLimitsCreateApiKeyMutationVariables>;
export const RateLimitsVerifyApiKeyDocument = new TypedDocumentString(`
    mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) {
    valid
    code
    rateLimit {
      limit
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitsVerifyApiKeyMutation, RateLimitsVerifyApiKeyMutationVariables>;
export const RateLimitsScopesDocument = new TypedDocumentString(`
    query RateLimitsScopes {
  scopes {
    name
  }
}
    `) as unknown as TypedDocumentString<RateLimitsScopesQuery, RateLimitsScopesQueryVariables>;
export const RateLimitsViewerDocument = new TypedDocumentString(`
    query RateLimitsViewer {
  viewer {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitsViewerQuery, RateLimitsViewerQueryVariables>;
export const RateLimitsCreateApiKey2Document = new TypedDocumentString(`
    mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitsCreateApiKey2Mutation, RateLimitsCreateApiKey2MutationVariables>;
export const RateLimitsProjectDocument = new TypedDocumentString(`
    query RateLimitsProject($id: ID!) {
  project(id: $id) {
    auditEvents(filter: {actions: ["key.created"]}) {
      edges {
        node {
          targetLabel
          clientAddress
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitsProjectQuery, RateLimitsProjectQueryVariables>;
export const UsageNoticesViewerDocument = new TypedDocumentString(`
    query UsageNoticesViewer {
  viewer {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UsageNoticesViewerQuery, UsageNoticesViewerQueryVariables>;
export const UsageNoticesAuditDocument = new TypedDocumentString(`
    query UsageNoticesAudit($id: ID!) {
  project(id: $id) {
    auditEvents(
      first: 50
      filter: {actions: ["usage.rate_limited", "usage.credits_exhausted"]}
    ) {
      totalCount
      edges {
        node {
          action
          targetId
          targetLabel
          actor {
            type
            label
          }
          summary
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageNoticesAuditQuery, UsageNoticesAuditQueryVariables>;
export const UsageNoticesUpdateKeyDocument = new TypedDocumentString(`
    mutation UsageNoticesUpdateKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UsageNoticesUpdateKeyMutation, UsageNoticesUpdateKeyMutationVariables>;
export const KeyUsageDocument = new TypedDocumentString(`
    query KeyUsage($id: ID!) {
  apiKey(id: $id) {
    usageCount
    lastUsedAt
    usage {
      totals {
        requests
        ok
        errors
        denied
        rateLimited
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
      byKey {
        apiKeyId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeyUsageQuery, KeyUsageQueryVariables>;
export const UsageViewerDocument = new TypedDocumentString(`
    query UsageViewer {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<UsageViewerQuery, UsageViewerQueryVariables>;
export const UsageUpdateApiKeyDocument = new TypedDocumentString(`
    mutation UsageUpdateApiKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UsageUpdateApiKeyMutation, UsageUpdateApiKeyMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  viewer {
    scopes
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($id: ID!) {
  project(id: $id) {
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MissingDocument = new TypedDocumentString(`
    query Missing($id: ID!) {
  apiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MissingQuery, MissingQueryVariables>;
export const UsageRecentActivityDocument = new TypedDocumentString(`
    query UsageRecentActivity($id: ID!) {
  apiKey(id: $id) {
    recentActivity(first: 30) {
      totalCount
      edges {
        node {
          id
          operation
          operationType
          outcome
          durationMs
          clientAddress
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageRecentActivityQuery, UsageRecentActivityQueryVariables>;
export const UsageRecentActivityAfterDocument = new TypedDocumentString(`
    query UsageRecentActivityAfter($id: ID!, $after: String) {
  apiKey(id: $id) {
    recentActivity(first: 30, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageRecentActivityAfterQuery, UsageRecentActivityAfterQueryVariables>;
export const UsageProjectUsageDocument = new TypedDocumentString(`
    query UsageProjectUsage($id: ID!, $environment: ApiKeyEnvironment) {
  project(id: $id) {
    usage(environment: $environment) {
      totals {
        requests
        ok
        errors
        denied
        rateLimited
      }
      byKey {
        apiKeyId
        requests
        operation
      }
      series {
        bucketStart
        requests
        operation
      }
      granularity
    }
  }
}
    `) as unknown as TypedDocumentString<UsageProjectUsageQuery, UsageProjectUsageQueryVariables>;
export const UsageRotateApiKeyDocument = new TypedDocumentString(`
    mutation UsageRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<UsageRotateApiKeyMutation, UsageRotateApiKeyMutationVariables>;
export const UsageRangeDocument = new TypedDocumentString(`
    query UsageRange($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) {
  project(id: $id) {
    usage(from: $from, to: $to, granularity: $granularity) {
      from
    }
  }
}
    `) as unknown as TypedDocumentString<UsageRangeQuery, UsageRangeQueryVariables>;
export const UsagePartnerSelfDocument = new TypedDocumentString(`
    query UsagePartnerSelf {
  viewer {
    apiKey {
      id
      expiresAt
      rateLimit {
        perMinute
        perDay
        burstPerMinute
      }
      usage {
        totals {
          requests
          ok
          errors
          denied
          rateLimited
        }
      }
      recentActivity(first: 5) {
        totalCount
      }
    }
    rateLimit {
      limit
      remaining
      resetAt
    }
  }
}
    `) as unknown as TypedDocumentString<UsagePartnerSelfQuery, UsagePartnerSelfQueryVariables>;
export const UsagePartnerProjectUsageDocument = new TypedDocumentString(`
    query UsagePartnerProjectUsage($id: ID!) {
  project(id: $id) {
    usage {
      totals {
        requests
        ok
        errors
        denied
        rateLimited
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsagePartnerProjectUsageQuery, UsagePartnerProjectUsageQueryVariables>;
export const UsagePartnerOtherKeyDocument = new TypedDocumentString(`
    query UsagePartnerOtherKey($id: ID!) {
  apiKey(id: $id) {
    usage {
      totals {
        requests
        ok
        errors
        denied
        rateLimited
      }
    }
    recentActivity {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<UsagePartnerOtherKeyQuery, UsagePartnerOtherKeyQueryVariables>;
export const UsageKeyReaderDocument = new TypedDocumentString(`
    query UsageKeyReader($id: ID!) {
  apiKey(id: $id) {
    id
    usage {
      totals {
        requests
        ok
        errors
        denied
        rateLimited
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageKeyReaderQuery, UsageKeyReaderQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthLogInDocument = new TypedDocumentString(`
    mutation AuthLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLogInMutation, AuthLogInMutationVariables>;
export const AuthSignUpCookieDocument = new TypedDocumentString(`
    mutation AuthSignUpCookie($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSignUpCookieMutation, AuthSignUpCookieMutationVariables>;
export const AuthSignUpDocument = new TypedDocumentString(`
    mutation AuthSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuthSignUpMutation, AuthSignUpMutationVariables>;
export const AuthLogOutDocument = new TypedDocumentString(`
    mutation AuthLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<AuthLogOutMutation, AuthLogOutMutationVariables>;
export const LoginLimitsLogInDocument = new TypedDocumentString(`
    mutation LoginLimitsLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LoginLimitsLogInMutation, LoginLimitsLogInMutationVariables>;
export const RelayUpdateKeyDocument = new TypedDocumentString(`
    mutation RelayUpdateKey($input: UpdateApiKeyInput!) {
  updateApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RelayUpdateKeyMutation, RelayUpdateKeyMutationVariables>;
export const RelaySendTestDocument = new TypedDocumentString(`
    mutation RelaySendTest($id: ID!) {
  sendTestWebhook(id: $id) {
    id
    eventId
  }
}
    `) as unknown as TypedDocumentString<RelaySendTestMutation, RelaySendTestMutationVariables>;
export const WebhookCreateEndpointDocument = new TypedDocumentString(`
    mutation WebhookCreateEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      id
      url
      description
      events
      enabled
      secretPreview
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookCreateEndpointMutation, WebhookCreateEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($id: ID!) {
  project(id: $id) {
    webhookEndpoints {
      id
      enabled
      disabledReason
      failingSince
      deliveries(first: 100) {
        totalCount
        edges {
          node {
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
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookSecurityListDocument = new TypedDocumentString(`
    query WebhookSecurityList($id: ID!) {
  project(id: $id) {
    webhookEndpoints {
      id
      url
      secretPreview
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookSecurityListQuery, WebhookSecurityListQueryVariables>;
export const WebhookSecurityUpdateDocument = new TypedDocumentString(`
    mutation WebhookSecurityUpdate($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    id
    url
    description
    events
    enabled
  }
}
    `) as unknown as TypedDocumentString<WebhookSecurityUpdateMutation, WebhookSecurityUpdateMutationVariables>;
export const WebhookSecurityDeleteDocument = new TypedDocumentString(`
    mutation WebhookSecurityDelete($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebhookSecurityDeleteMutation, WebhookSecurityDeleteMutationVariables>;
export const WebhookSecurityRotateDocument = new TypedDocumentString(`
    mutation WebhookSecurityRotate($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<WebhookSecurityRotateMutation, WebhookSecurityRotateMutationVariables>;
export const WebhookSecuritySendTestDocument = new TypedDocumentString(`
    mutation WebhookSecuritySendTest($id: ID!) {
  sendTestWebhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebhookSecuritySendTestMutation, WebhookSecuritySendTestMutationVariables>;
export const WebhookSecurityRedeliverDocument = new TypedDocumentString(`
    mutation WebhookSecurityRedeliver($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebhookSecurityRedeliverMutation, WebhookSecurityRedeliverMutationVariables>;
export const WebhookSendTestDocument = new TypedDocumentString(`
    mutation WebhookSendTest($id: ID!) {
  sendTestWebhook(id: $id) {
    id
    eventId
    eventType
    status
    attempts
  }
}
    `) as unknown as TypedDocumentString<WebhookSendTestMutation, WebhookSendTestMutationVariables>;
export const WebhookRedeliverDocument = new TypedDocumentString(`
    mutation WebhookRedeliver($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    eventId
    eventType
    status
    redeliveryOf
  }
}
    `) as unknown as TypedDocumentString<WebhookRedeliverMutation, WebhookRedeliverMutationVariables>;
export const WebhookRotateDocument = new TypedDocumentString(`
    mutation WebhookRotate($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      id
      secretPreview
      previousSecretExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookRotateMutation, WebhookRotateMutationVariables>;
export const WebhookDeactivateKeyDocument = new TypedDocumentString(`
    mutation WebhookDeactivateKey($id: ID!) {
  deactivateApiKey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebhookDeactivateKeyMutation, WebhookDeactivateKeyMutationVariables>;