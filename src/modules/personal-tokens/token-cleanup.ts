import type { AccountCleanup } from '../users/account-cleanup.js';
import { PersonalToken } from './personal-tokens.entity.js';

/** Deleting an account deletes its personal tokens; their hashes are bumped around the write. */
export const personalTokensCleanup: AccountCleanup = {
  name: 'personalTokens',
  async credentialHashes(em, userId) {
    const tokens = await em.find(PersonalToken, { user: userId }, { fields: ['tokenHash'] });
    return tokens.map((token) => token.tokenHash);
  },
  async remove(ctx, user) {
    return ctx.em.nativeDelete(PersonalToken, { user: user.id });
  },
};
