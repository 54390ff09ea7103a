import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { Project } from '../projects/projects.entity.js';
import { User } from '../users/users.entity.js';

export const KEY_ENVIRONMENTS = ['LIVE', 'TEST'] as const;
export type KeyEnvironmentName = (typeof KEY_ENVIRONMENTS)[number];
export const KEY_STATUSES = ['ACTIVE', 'DEACTIVATED', 'EXPIRED'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

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
  },
  indexes: [{ properties: ['project', 'status'] }, { properties: ['project', 'id'] }],
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
  >
>;
