import { Access } from '../auth/access.js';
import type { Admission } from '../auth/admission.js';
import type { Caller } from '../auth/caller.js';
import type { Revocation } from '../auth/revocation.js';
import type { LiveServices } from '../modules/live/live-feed.js';
import type { RequestUsage } from '../modules/usage/metering.js';
import type { LoginThrottle } from '../modules/users/login-throttle.js';
import type { Config } from '../shared/config.js';
import type { EntityManager } from '../shared/orm.js';
import type { ReadReplicas } from '../shared/read-replicas.js';
import { createLoaders, type Loaders } from './loaders.js';

export type { Caller };

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
  /** Admission of credentials presented to the API (verifyApiKey admits the key it is given). */
  admission: Admission;
  /** The one revocation point: every change to a key or session row goes through it. */
  revocation: Revocation;
  /** Rate-limit state and metering of a key-authenticated request (src/modules/usage/metering.ts). */
  usage?: RequestUsage;
  /** logIn's failure budgets in Redis (src/modules/users/login-throttle.ts), set by metering. */
  loginThrottle?: LoginThrottle;
  /** PostgreSQL read replicas for usage, activity and audit reads (src/modules/usage/usage-snapshot.ts). */
  replicas?: ReadReplicas;
  /** reportLeakedKey's budgets per address and per reported string (src/modules/leaks). */
  leakReportThrottle?: LoginThrottle;
  /** Live subscriptions' feed and connection counts (src/modules/live); the feed only over WebSocket. */
  live?: LiveServices;
  /**
   * A subscription's context lives as long as it does: before each event it is renewed (a fresh
   * EntityManager, loaders, access and shield cache), so no event sees an earlier one's reads.
   */
  renew?(): void;
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
  replicas?: ReadReplicas;
  leakReportThrottle?: LoginThrottle;
  live?: LiveServices;

  constructor(
    readonly config: Config,
    readonly caller: Caller,
    readonly meta: RequestMeta,
    readonly admission: Admission,
    readonly cookies: CookieJar,
    private readonly onDemand: RequestResources,
  ) {}

  get revocation(): Revocation {
    return this.admission.revocation;
  }

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
    admission: ctx.admission,
    revocation: ctx.revocation,
    cookies: ctx.cookies,
    usage: ctx.usage,
    loginThrottle: ctx.loginThrottle,
    replicas: ctx.replicas,
    leakReportThrottle: ctx.leakReportThrottle,
    live: ctx.live,
    loaders: ctx.loaders,
    access: ctx.access,
    em,
  };
}

/** No cookies over a WebSocket: the session rides on the upgrade and cannot be changed. */
const NO_COOKIES: CookieJar = { setSession: () => undefined, clearSession: () => undefined };

/**
 * The context of one subscription (src/http/live-connections.ts): the connection's caller as it is
 * now (`holder`: a revocation notice may change its scopes), and resources renewed per event.
 */
export class LiveContext implements Context {
  readonly cookies = NO_COOKIES;
  private resources: RequestResources;

  constructor(
    readonly config: Config,
    private readonly holder: { readonly caller: Caller },
    readonly meta: RequestMeta,
    readonly admission: Admission,
    private readonly fork: () => EntityManager,
    readonly live: LiveServices,
  ) {
    this.resources = new RequestResources(fork);
  }

  get caller(): Caller {
    return this.holder.caller;
  }

  get revocation(): Revocation {
    return this.admission.revocation;
  }

  get em(): EntityManager {
    return this.resources.em;
  }

  get loaders(): Loaders {
    this.resources.loaders ??= createLoaders(this.em);
    return this.resources.loaders;
  }

  get access(): Access {
    this.resources.access ??= new Access(this.caller, () => this.loaders);
    return this.resources.access;
  }

  renew(): void {
    this.resources = new RequestResources(this.fork);
    // graphql-shield caches rule results on the context (`_shield`): per event, not per connection.
    Reflect.deleteProperty(this, '_shield');
  }
}
