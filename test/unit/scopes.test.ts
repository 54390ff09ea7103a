import { describe, expect, it } from 'vitest';
import { ROLE_SCOPES } from '../../src/modules/members/roles.js';
import { coversScopes, expandScopes, SCOPE_CATALOG, SCOPE_NAMES } from '../../src/modules/scopes/scopes.catalog.js';

describe('scope closure', () => {
  it('makes every write scope imply its read scope', () => {
    for (const name of SCOPE_NAMES.filter((scope) => scope.endsWith(':write'))) {
      expect(expandScopes([name]).has(name.replace(':write', ':read') as never)).toBe(true);
    }
  });

  it('makes admin imply everything', () => {
    expect([...expandScopes(['admin'])].sort()).toEqual([...SCOPE_NAMES].sort());
  });

  it('ignores unknown names and does not imply upwards', () => {
    expect([...expandScopes(['keys:read', 'nope:never'])]).toEqual(['keys:read']);
    expect(coversScopes(expandScopes(['keys:read']), ['keys:write'])).toBe(false);
    expect(coversScopes(expandScopes(['keys:write']), ['keys:read'])).toBe(true);
  });

  it('maps roles to the scopes of DESIGN.md section 6 (DEVELOPER also reads webhooks, as VIEWER does)', () => {
    expect(ROLE_SCOPES.OWNER.size).toBe(SCOPE_NAMES.length);
    expect(ROLE_SCOPES.ADMIN.size).toBe(SCOPE_NAMES.length);
    expect([...ROLE_SCOPES.DEVELOPER].sort()).toEqual(
      [
        'audit:read',
        'keys:read',
        'keys:verify',
        'keys:write',
        'members:read',
        'projects:read',
        'usage:read',
        'webhooks:read',
      ].sort(),
    );
    expect([...ROLE_SCOPES.VIEWER].every((scope) => scope.endsWith(':read'))).toBe(true);
    expect(ROLE_SCOPES.VIEWER.size).toBe(SCOPE_NAMES.filter((scope) => scope.endsWith(':read')).length);
  });

  it('describes every scope', () => {
    for (const scope of SCOPE_CATALOG) expect(scope.description.length).toBeGreaterThan(10);
  });
});
