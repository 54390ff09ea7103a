import type { Loaders } from '../graphql/loaders.js';
import { ROLE_SCOPES, type Role } from '../modules/members/roles.js';
import type { ScopeName } from '../modules/scopes/scopes.catalog.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import type { Caller } from './caller.js';

/**
 * What the caller may do in a project. A key acts only inside its own project with its own
 * scopes; a user acts through the role of their membership; a personal token acts as its user,
 * only in its projects (all of the user's when it names none), with the scopes both it and the
 * user's role hold (DESIGN.md section 15). A project the caller cannot see is
 * reported as NOT_FOUND, never FORBIDDEN, so ids of other tenants cannot be probed.
 */
export class Access {
  /** `loaders` is asked for only for a user's roles: a key in its own project needs none. */
  constructor(
    private readonly caller: Caller,
    private readonly loaders: () => Loaders,
  ) {}

  /** The caller's scopes in `projectId`, or `null` when the project is invisible to them. */
  async scopesIn(projectId: string): Promise<ReadonlySet<ScopeName> | null> {
    if (!isUuid(projectId)) return null;
    switch (this.caller.kind) {
      case 'anonymous':
        return null;
      case 'key':
        return this.caller.key.project === projectId ? this.caller.scopes : null;
      case 'user': {
        const role = await this.roleIn(projectId);
        return role ? ROLE_SCOPES[role] : null;
      }
      case 'token': {
        const role = await this.roleIn(projectId);
        if (!role) return null;
        const tokenScopes = this.caller.scopes;
        return new Set([...ROLE_SCOPES[role]].filter((scope) => tokenScopes.has(scope)));
      }
    }
  }

  /**
   * The user's role in `projectId` (null for keys and non-members); for a personal token, null
   * also outside the projects it is restricted to.
   */
  async roleIn(projectId: string): Promise<Role | null> {
    if (!isUuid(projectId)) return null;
    const { caller } = this;
    if (caller.kind === 'token') {
      if (caller.token.projectIds.length > 0 && !caller.token.projectIds.includes(projectId)) return null;
    } else if (caller.kind !== 'user') {
      return null;
    }
    return this.loaders().role.load(`${projectId}:${caller.user.id}`);
  }

  /**
   * Throws unless the caller holds `scope` in `projectId`: UNAUTHENTICATED without a credential,
   * NOT_FOUND (as `what`) when the project is not theirs, FORBIDDEN when the scope is missing.
   */
  async require(projectId: string, scope: ScopeName, what = 'Project'): Promise<ReadonlySet<ScopeName>> {
    if (this.caller.kind === 'anonymous') throw unauthenticated('MISSING');
    const scopes = await this.scopesIn(projectId);
    if (!scopes) throw notFound(what);
    if (!scopes.has(scope)) throw forbidden(`This needs the "${scope}" scope in the project.`, scope);
    return scopes;
  }
}
