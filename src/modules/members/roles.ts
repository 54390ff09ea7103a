import { expandScopes, SCOPE_NAMES, type ScopeName } from '../scopes/scopes.catalog.js';

export const ROLES = ['OWNER', 'ADMIN', 'DEVELOPER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

const READ_SCOPES = SCOPE_NAMES.filter((name) => name.endsWith(':read'));

/**
 * Role → scopes. OWNER and ADMIN hold every scope; what sets OWNER apart (only an owner may make
 * or remove an owner) is enforced by the membership service, not by a scope. DEVELOPER also
 * reads webhooks (not in DESIGN.md section 6's list, which predates them): VIEWER holds every
 * read scope, and a developer should not see less than a viewer.
 */
export const ROLE_SCOPES: Readonly<Record<Role, ReadonlySet<ScopeName>>> = {
  OWNER: expandScopes(['admin']),
  ADMIN: expandScopes(['admin']),
  DEVELOPER: expandScopes([
    'projects:read',
    'keys:write',
    'keys:verify',
    'usage:read',
    'audit:read',
    'members:read',
    'webhooks:read',
  ]),
  VIEWER: expandScopes(READ_SCOPES),
};
