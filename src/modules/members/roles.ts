import { expandScopes, SCOPE_NAMES, type ScopeName } from '../scopes/scopes.catalog.js';

export const ROLES = ['OWNER', 'ADMIN', 'DEVELOPER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

const READ_SCOPES = SCOPE_NAMES.filter((name) => name.endsWith(':read'));

/**
 * Role → scopes. OWNER and ADMIN hold every scope; what sets OWNER apart (only an owner may make
 * or remove an owner) is enforced by the membership service, not by a scope.
 */
export const ROLE_SCOPES: Readonly<Record<Role, ReadonlySet<ScopeName>>> = {
  OWNER: expandScopes(['admin']),
  ADMIN: expandScopes(['admin']),
  DEVELOPER: expandScopes(['projects:read', 'keys:write', 'keys:verify', 'usage:read', 'audit:read', 'members:read']),
  VIEWER: expandScopes(READ_SCOPES),
};
