/** Expiry notices already recorded (key.expiring), so each is recorded once. */
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';

export const EXPIRY_NOTICES = ['7d', '1d'] as const;
export type ExpiryNotice = (typeof EXPIRY_NOTICES)[number];

/**
 * `key.expiring` notices already recorded. Unique per key, notice and expiry date, so several
 * workers record each notice once, and a changed expiry gets its own notices.
 */
export const KeyExpiryNotice = defineEntity({
  name: 'KeyExpiryNotice',
  tableName: 'key_expiry_notices',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    apiKeyId: p.uuid(),
    notice: p.enum(EXPIRY_NOTICES),
    expiresAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['apiKeyId', 'notice', 'expiresAt'] }],
});
export type KeyExpiryNotice = InferEntity<typeof KeyExpiryNotice>;
