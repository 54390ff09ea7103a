import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import type { KeyCache } from '../modules/api-keys/key-cache.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import type { ScopeName } from '../modules/scopes/scopes.catalog.js';
import type { RequestUsage } from '../modules/usage/metering.js';
import type { User } from '../modules/users/users.entity.js';
import type { Access } from './access.js';
import type { Config } from './config.js';
import type { Loaders } from './loaders.js';
import type { EntityManager } from './orm.js';

/** Who is calling: nobody, a user through a session, or an API key acting in its own project. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: User; sessionId: string }
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
  /** Rate-limit state and metering of a key-authenticated request (src/modules/usage/metering.ts). */
  usage?: RequestUsage;
}
