import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';

export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    /** Stored lower-cased and trimmed, so uniqueness is case-insensitive. */
    email: p.string().length(320).unique(),
    displayName: p.string().length(100),
    /** argon2id in the PHC format (or a legacy `scrypt$N$r$p$salt$hash`), see passwords.ts; never sent to clients. */
    passwordHash: p.string().length(255).hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type User = InferEntity<typeof User>;

export const Session = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    user: () => p.manyToOne(User).mapToPk().index(),
    /** HMAC of the opaque session token; the token itself is never stored. */
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    userAgent: p.string().length(512).nullable(),
    clientAddress: p.string().length(64).nullable(),
  },
});
export type Session = InferEntity<typeof Session>;
