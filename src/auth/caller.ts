import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import type { ScopeName } from '../modules/scopes/scopes.catalog.js';
import type { SessionRows, UserRecord } from '../modules/users/session-records.js';
import type { KeyCredential } from './key-credential.js';

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

export function keyCaller(credential: KeyCredential): Caller {
  return { kind: 'key', key: credential.key, project: credential.project, scopes: credential.scopes };
}

export function sessionCaller(rows: SessionRows, sessionHash: string): Caller {
  return { kind: 'user', user: rows.user, sessionId: rows.session.id, sessionHash };
}
