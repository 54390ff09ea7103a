import { isAuthenticated, isUserSession } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';

export const usersRules = {
  Query: { viewer: isAuthenticated },
  Mutation: {
    signUp: allow,
    logIn: allow,
    logOut: isUserSession,
    // The account: sessions only (personal tokens and keys are FORBIDDEN).
    revokeSession: isUserSession,
    changePassword: isUserSession,
    deleteAccount: isUserSession,
  },
  // A User is reached only through guarded parents (viewer, memberships, createdBy).
  User: { '*': allow },
  AuthPayload: { '*': allow },
  // The viewer is the caller's own view of itself.
  Viewer: { '*': allow, sessions: isUserSession },
  Session: { '*': allow },
};
