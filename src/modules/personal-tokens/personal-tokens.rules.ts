import { isUserSession } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';

/** Tokens are managed with a user session only: a personal token never creates or lists tokens. */
export const personalTokensRules = {
  Mutation: { createPersonalToken: isUserSession, revokePersonalToken: isUserSession },
  Viewer: { personalTokens: isUserSession },
  // Reached only through the guarded fields above.
  PersonalToken: { '*': allow },
  CreatePersonalTokenPayload: { '*': allow },
};
