/** Where a request carries its credential: the bearer token and the session cookie. */
import { isSessionToken, SESSION_COOKIE } from '../modules/users/sessions.js';
import { bearerTokenOf } from '../shared/bearer-token.js';

export { bearerTokenOf };

/** The credential headers of a request (HTTP, or a WebSocket's upgrade and `connection_init`). */
export interface Credentials {
  authorization: string | undefined;
  cookie: string | undefined;
}

/** The session token from a Cookie header, if any. */
export function sessionCookieOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** The session token of a request: its bearer token when that is one, else its session cookie. */
export function sessionTokenOf(credentials: Credentials): string | undefined {
  const bearer = bearerTokenOf(credentials.authorization);
  if (bearer !== undefined) return bearer !== null && isSessionToken(bearer) ? bearer : undefined;
  const cookie = sessionCookieOf(credentials.cookie);
  return cookie && isSessionToken(cookie) ? cookie : undefined;
}
