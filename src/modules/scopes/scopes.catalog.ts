/**
 * The scope catalog: the single source of truth for permissions. The `scopes` query, the Scope
 * table, graphql-shield rules, role mapping and the portal's checkboxes all read this list.
 *
 * Scopes are `resource:action`. A `write` scope implies the matching `read`; `admin` implies all.
 */
export const SCOPE_NAMES = [
  'projects:read',
  'projects:write',
  'keys:read',
  'keys:write',
  'keys:verify',
  'usage:read',
  'audit:read',
  'members:read',
  'members:write',
  'permissions:read',
  'permissions:write',
  'webhooks:read',
  'webhooks:write',
  'admin',
] as const;

export type ScopeName = (typeof SCOPE_NAMES)[number];

export interface ScopeDefinition {
  name: ScopeName;
  description: string;
  /** Scopes this one grants directly (the closure is computed by `expandScopes`). */
  implies: readonly ScopeName[];
}

export const SCOPE_CATALOG: readonly ScopeDefinition[] = [
  { name: 'projects:read', description: 'Read the project: its name, plan and limits.', implies: [] },
  {
    name: 'projects:write',
    description: 'Rename the project (plans are set by instance administrators).',
    implies: ['projects:read'],
  },
  { name: 'keys:read', description: "List and read the project's API keys (never their secrets).", implies: [] },
  {
    name: 'keys:write',
    description: 'Create, rotate, update, deactivate, reactivate and delete API keys.',
    implies: ['keys:read'],
  },
  { name: 'keys:verify', description: 'Verify API keys of the same project with verifyApiKey.', implies: [] },
  { name: 'usage:read', description: 'Read usage of every key in the project, and recent activity.', implies: [] },
  { name: 'audit:read', description: "Read the project's audit log.", implies: [] },
  { name: 'members:read', description: 'List members and see who created what.', implies: [] },
  {
    name: 'members:write',
    description: 'Invite members, change their roles and remove them.',
    implies: ['members:read'],
  },
  {
    name: 'permissions:read',
    description: "Read the permission catalog of the project's own API.",
    implies: [],
  },
  {
    name: 'permissions:write',
    description: "Create, change and delete the permissions of the project's own API.",
    implies: ['permissions:read'],
  },
  {
    name: 'webhooks:read',
    description: 'List webhook endpoints and their delivery logs (never their signing secrets).',
    implies: [],
  },
  {
    name: 'webhooks:write',
    description: 'Add, change, delete and test webhook endpoints, rotate their secrets and redeliver events.',
    implies: ['webhooks:read'],
  },
  {
    name: 'admin',
    description: 'Everything in the project.',
    implies: SCOPE_NAMES.filter((name) => name !== 'admin'),
  },
];

const BY_NAME = new Map<string, ScopeDefinition>(SCOPE_CATALOG.map((scope) => [scope.name, scope]));

/** A scope's definition by name; undefined for a name the catalog does not hold. */
export function scopeDefinition(name: string): ScopeDefinition | undefined {
  return BY_NAME.get(name);
}

export function isScopeName(value: string): value is ScopeName {
  return BY_NAME.has(value);
}

/** The closure of `names` under implication. Unknown names are ignored. */
export function expandScopes(names: Iterable<string>): Set<ScopeName> {
  const result = new Set<ScopeName>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const scope = BY_NAME.get(name);
    if (!scope || result.has(scope.name)) continue;
    result.add(scope.name);
    pending.push(...scope.implies);
  }
  return result;
}

/** The scopes of `names` and everything they imply, in catalog order. */
export function sortScopes(names: Iterable<string>): ScopeName[] {
  const set = new Set(names);
  return SCOPE_NAMES.filter((name) => set.has(name));
}

/** Whether `held` (already expanded) covers every scope in `wanted` and what it implies. */
export function coversScopes(held: ReadonlySet<ScopeName>, wanted: Iterable<string>): boolean {
  for (const name of expandScopes(wanted)) if (!held.has(name)) return false;
  return true;
}
