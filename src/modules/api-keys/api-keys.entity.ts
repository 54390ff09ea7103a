import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { Project } from '../projects/projects.entity.js';
import { User } from '../users/users.entity.js';

export const KEY_ENVIRONMENTS = ['LIVE', 'TEST'] as const;
export type KeyEnvironmentName = (typeof KEY_ENVIRONMENTS)[number];
/** LEAKED: reported leaked (docs/leaked-keys.md); refused for good, like EXPIRED, and only rotation replaces it. */
export const KEY_STATUSES = ['ACTIVE', 'DEACTIVATED', 'EXPIRED', 'LEAKED'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];
export const CREDIT_REFILL_INTERVALS = ['DAY', 'MONTH'] as const;
export type CreditRefillInterval = (typeof CREDIT_REFILL_INTERVALS)[number];

export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk(),
    name: p.string().length(64),
    description: p.string().length(500).nullable(),
    environment: p.enum(KEY_ENVIRONMENTS),
    /** HMAC-SHA-256 of the key under LATCHKEY_SECRET, hex. The key itself is never stored. */
    keyHash: p.string().length(64).unique(),
    /** First 12 and last 4 characters of the key. */
    preview: p.string().length(20),
    status: p.enum(KEY_STATUSES).default('ACTIVE'),
    isDefault: p.boolean().default(false),
    scopes: p.array().default([]),
    expiresAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    createdByUser: () => p.manyToOne(User).mapToPk().nullable(),
    createdByKey: () => p.manyToOne(ApiKey).mapToPk().nullable(),
    lastUsedAt: p.datetime().nullable(),
    usageCount: p.bigint('number').default(0),
    rateLimitPerMinute: p.integer().nullable(),
    rateLimitPerDay: p.integer().nullable(),
    /** The key this one replaced by rotation; its replacement is found by this column. */
    rotatedFrom: () => p.manyToOne(ApiKey).mapToPk().nullable().index(),
    /** Set on a key when it is rotated away; it keeps working until `graceEndsAt`. */
    rotatedAt: p.datetime().nullable(),
    graceEndsAt: p.datetime().nullable(),
    /**
     * The first key of this key's rotation chain (its own id when it was never rotated from
     * another). Rate-limit windows are counted per lineage, so rotating resets nothing.
     */
    lineageId: p.uuid(),
    deletedAt: p.datetime().nullable(),
    /** Permissions of the project's own API granted to the key (DESIGN.md section 13), as granted. */
    permissions: p.array().default([]),
    /** The caller's own JSON object about the key (≤ 4 KB), returned by verifyApiKey. */
    meta: p.json<Record<string, unknown>>().nullable(),
    /** The customer's own id for who the key belongs to (their user or tenant). */
    externalId: p.string().length(256).nullable(),
    /** CIDRs the key may be used from; empty means anywhere. Stored normalised. */
    allowedCidrs: p.array().default([]),
    /**
     * Credits left, as last persisted by the usage worker (the live count is in Redis); null
     * means the key has no credits and is not limited by them.
     */
    creditsRemaining: p.integer().nullable(),
    creditsRefillAmount: p.integer().nullable(),
    creditsRefillInterval: p.enum(CREDIT_REFILL_INTERVALS).nullable(),
    /** The refill period `creditsRemaining` belongs to (`2026-12-02` for DAY, `2026-12` for MONTH). */
    creditsPeriod: p.string().length(16).nullable(),
    /** Incremented whenever someone sets the credits: names a fresh count in Redis. */
    creditsVersion: p.integer().default(0),
  },
  indexes: [
    { properties: ['project', 'status'] },
    { properties: ['project', 'id'] },
    { properties: ['project', 'externalId'] },
  ],
  uniques: [
    {
      name: 'api_keys_project_name_unique',
      expression:
        'create unique index "api_keys_project_name_unique" on "api_keys" ("project_id", lower("name")) where "deleted_at" is null and "rotated_at" is null',
    },
  ],
});
export type ApiKey = InferEntity<typeof ApiKey>;

/**
 * A key's columns as a plain, read-only object, not managed by the ORM: what authentication and
 * `verifyApiKey` work with, so a key request needs no hydration. Code that changes a key loads
 * the entity (`loaders.apiKey`); `key-verification.service.ts` selects exactly these fields, and
 * a test holds them equal to what the ORM loads. The usage totals (`usageCount`, `lastUsedAt`) are
 * left out: every usage batch changes them, so a key served from the cache would be invalidated
 * several times a second. They are read when a request asks for them (`ApiKeyResolver`).
 */
export type KeyRecord = Readonly<
  Pick<
    ApiKey,
    | 'id'
    | 'project'
    | 'name'
    | 'description'
    | 'environment'
    | 'keyHash'
    | 'preview'
    | 'status'
    | 'isDefault'
    | 'scopes'
    | 'expiresAt'
    | 'createdAt'
    | 'updatedAt'
    | 'createdByUser'
    | 'createdByKey'
    | 'rateLimitPerMinute'
    | 'rateLimitPerDay'
    | 'rotatedFrom'
    | 'rotatedAt'
    | 'graceEndsAt'
    | 'lineageId'
    | 'deletedAt'
    | 'permissions'
    | 'meta'
    | 'externalId'
    | 'allowedCidrs'
    | 'creditsRemaining'
    | 'creditsRefillAmount'
    | 'creditsRefillInterval'
    | 'creditsPeriod'
    | 'creditsVersion'
  >
>;
