import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { User } from '../users/users.entity.js';

/** A personal access token (`lk_pat_…`): acts as its user in some or all of their projects. */
export const PersonalToken = defineEntity({
  name: 'PersonalToken',
  tableName: 'personal_tokens',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    user: () => p.manyToOne(User).mapToPk().index().deleteRule('cascade'),
    name: p.string().length(64),
    /** HMAC-SHA-256 of the token under LATCHKEY_SECRET, hex. The token itself is never stored. */
    tokenHash: p.string().length(64).unique(),
    /** First 11 and last 4 characters of the token. */
    preview: p.string().length(20),
    scopes: p.array().default([]),
    /** The projects the token may act in; empty means all of its user's projects. */
    projectIds: p.array().default([]),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Required: a token never lives more than 366 days. */
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    /** When it was last used, to the minute (token-uses.ts); null until its first use. */
    lastUsedAt: p.datetime().nullable(),
  },
});
export type PersonalToken = InferEntity<typeof PersonalToken>;
