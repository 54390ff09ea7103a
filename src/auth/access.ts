import type { GraphQLError } from 'graphql';
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

  /** A personal token's scopes per role of its user (made once per request). */
  private readonly tokenScopes = new Map<Role, ReadonlySet<ScopeName>>();

  /** The caller's scopes in `projectId`, or `null` when the project is invisible to them. */
  async scopesIn(projectId: string): Promise<ReadonlySet<ScopeName> | null> {
    const known = this.knownScopesIn(projectId);
    if (known !== undefined) return known;
    return this.scopesOfRole(await this.roleIn(projectId));
  }

  /**
   * `scopesIn`'s answer when it needs no read: always for a key, and for a user or a personal
   * token once this request has read their role in the project (the role loader's settled value,
   * so a cleared role is read again); undefined otherwise.
   */
  knownScopesIn(projectId: string): ReadonlySet<ScopeName> | null | undefined {
    if (!isUuid(projectId)) return null;
    const { caller } = this;
    switch (caller.kind) {
      case 'anonymous':
        return null;
      case 'key':
        return caller.key.project === projectId ? caller.scopes : null;
      case 'user':
      case 'token': {
        if (!this.mayActIn(projectId)) return null;
        const role = this.loaders().knownRole(`${projectId}:${caller.user.id}`);
        return role === undefined ? undefined : this.scopesOfRole(role);
      }
    }
  }

  /** A user's scopes through `role`; a personal token's, those its user's role and it both hold. */
  private scopesOfRole(role: Role | null): ReadonlySet<ScopeName> | null {
    if (!role) return null;
    if (this.caller.kind !== 'token') return ROLE_SCOPES[role];
    let scopes = this.tokenScopes.get(role);
    if (!scopes) {
      const tokenScopes = this.caller.scopes;
      scopes = new Set([...ROLE_SCOPES[role]].filter((scope) => tokenScopes.has(scope)));
      this.tokenScopes.set(role, scopes);
    }
    return scopes;
  }

  /** A personal token restricted to some projects acts in no other; everyone else in any. */
  private mayActIn(projectId: string): boolean {
    const { caller } = this;
    return (
      caller.kind !== 'token' || caller.token.projectIds.length === 0 || caller.token.projectIds.includes(projectId)
    );
  }

  /**
   * The user's role in `projectId` (null for keys and non-members); for a personal token, null
   * also outside the projects it is restricted to.
   */
  async roleIn(projectId: string): Promise<Role | null> {
    if (!isUuid(projectId)) return null;
    const { caller } = this;
    if ((caller.kind !== 'user' && caller.kind !== 'token') || !this.mayActIn(projectId)) return null;
    return this.loaders().role.load(`${projectId}:${caller.user.id}`);
  }

  /**
   * Throws unless the caller holds `scope` in `projectId`: UNAUTHENTICATED without a credential,
   * NOT_FOUND (as `what`) when the project is not theirs, FORBIDDEN when the scope is missing.
   */
  async require(projectId: string, scope: ScopeName, what = 'Project'): Promise<ReadonlySet<ScopeName>> {
    if (this.caller.kind === 'anonymous') throw unauthenticated('MISSING');
    const scopes = await this.scopesIn(projectId);
    const refusal = refusalOf(scopes, scope, what);
    if (refusal) throw refusal;
    return scopes as ReadonlySet<ScopeName>;
  }

  /**
   * `require`'s answer when it needs no read (`knownScopesIn`): true, or the error `require`
   * would throw; undefined when only `require` can tell.
   */
  requireKnown(projectId: string, scope: ScopeName, what = 'Project'): true | GraphQLError | undefined {
    if (this.caller.kind === 'anonymous') return unauthenticated('MISSING');
    const scopes = this.knownScopesIn(projectId);
    if (scopes === undefined) return undefined;
    return refusalOf(scopes, scope, what) ?? true;
  }
}

/** Why `scopes` (null: the project is invisible) do not grant `scope`; null when they do. */
function refusalOf(scopes: ReadonlySet<ScopeName> | null, scope: ScopeName, what: string): GraphQLError | null {
  if (!scopes) return notFound(what);
  if (!scopes.has(scope)) return forbidden(`This needs the "${scope}" scope in the project.`, scope);
  return null;
}
