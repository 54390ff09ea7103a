import { Access } from '../auth/access.js';
import type { KeyCache } from '../auth/credential-cache.js';
import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import type { ScopeName } from '../modules/scopes/scopes.catalog.js';
import type { RequestUsage } from '../modules/usage/metering.js';
import type { LoginThrottle } from '../modules/users/login-throttle.js';
import type { SessionCache, UserRecord } from '../modules/users/session-records.js';
import type { Config } from '../shared/config.js';
import type { EntityManager } from '../shared/orm.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Who is calling: nobody, a user through a session, or an API key acting in its own project. */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      user: UserRecord;
      sessionId: string;
      /** The session token's HMAC: its name in the session cache (revoking it bumps its generation). */
      sessionHash: string;
    }
  | { kind: 'key'; key: KeyRecord; project: ProjectRecord; scopes: ReadonlySet<ScopeName> };

export interface RequestMeta {
  requestId: string;
  clientAddress: string | null;
  userAgent: string | null;
}

/** Session cookie changes a resolver asks the HTTP layer to send. */
export interface CookieJar {
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
}

export interface Context {
  config: Config;
  caller: Caller;
  meta: RequestMeta;
  /** A fork of the ORM's EntityManager, private to this request. */
  em: EntityManager;
  loaders: Loaders;
  access: Access;
  cookies: CookieJar;
  /** This process's key cache; services call `invalidate` after committing a change to a key row. */
  keyCache: KeyCache;
  /** This process's session cache; revoking a session goes through its `changing`. */
  sessionCache: SessionCache;
  /** Rate-limit state and metering of a key-authenticated request (src/modules/usage/metering.ts). */
  usage?: RequestUsage;
  /** logIn's failure budgets in Redis (src/modules/users/login-throttle.ts), set by metering. */
  loginThrottle?: LoginThrottle;
}

/**
 * What a request makes only when first asked for: its EntityManager fork (shared by
 * authentication and the GraphQL context), loaders and access (`RequestContext`).
 */
export class RequestResources {
  private forked?: EntityManager;
  loaders?: Loaders;
  access?: Access;

  constructor(private readonly fork: () => EntityManager) {}

  get em(): EntityManager {
    this.forked ??= this.fork();
    return this.forked;
  }
}

/**
 * The context of one GraphQL request. Its EntityManager fork, loaders and access are made on
 * first use: a request with a cached key that reads only itself (`viewer`) needs none of them.
 * They are getters on the prototype over one shared `onDemand` object, because Apollo hands
 * resolvers a copy of the context (`Object.assign` onto the same prototype): the copy and this
 * object then share what either of them made.
 */
export class RequestContext implements Context {
  usage?: RequestUsage;
  loginThrottle?: LoginThrottle;

  constructor(
    readonly config: Config,
    readonly caller: Caller,
    readonly meta: RequestMeta,
    readonly keyCache: KeyCache,
    readonly sessionCache: SessionCache,
    readonly cookies: CookieJar,
    private readonly onDemand: RequestResources,
  ) {}

  get em(): EntityManager {
    return this.onDemand.em;
  }

  get loaders(): Loaders {
    this.onDemand.loaders ??= createLoaders(this.em);
    return this.onDemand.loaders;
  }

  get access(): Access {
    this.onDemand.access ??= new Access(this.caller, () => this.loaders);
    return this.onDemand.access;
  }
}

/**
 * The same request on another EntityManager (a transaction's). Use this rather than spreading a
 * context: a spread leaves out `RequestContext`'s getters.
 */
export function withEntityManager(ctx: Context, em: EntityManager): Context {
  return {
    config: ctx.config,
    caller: ctx.caller,
    meta: ctx.meta,
    keyCache: ctx.keyCache,
    sessionCache: ctx.sessionCache,
    cookies: ctx.cookies,
    usage: ctx.usage,
    loginThrottle: ctx.loginThrottle,
    loaders: ctx.loaders,
    access: ctx.access,
    em,
  };
}
