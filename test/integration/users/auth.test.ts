import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../../src/modules/users/sessions.js';
import { Session, User } from '../../../src/modules/users/users.entity.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedUser } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const VIEWER = '{ viewer { user { id email } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token user { id } } }';

describe('sign up, log in, log out', () => {
  it('signs up, stores only hashes of the password and the session token, and sets an HttpOnly cookie', async () => {
    const email = `Mixed-${randomUUID()}@Example.test`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }',
        variables: { input: { email, password: PASSWORD } },
      }),
    });
    const body = (await response.json()) as {
      data: { signUp: { token: string; user: { id: string; email: string } } };
    };
    const { token, user } = body.data.signUp;
    expect(user.email).toBe(email.toLowerCase());
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`latchkey_session=${token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');

    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(User, { id: user.id });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const session = await em.findOneOrFail(Session, { user: user.id });
    expect(session.tokenHash).toBe(hashSessionToken(server.config.secret, token));

    const viaCookie = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `latchkey_session=${token}` },
      body: JSON.stringify({ query: VIEWER }),
    });
    const viaCookieBody = (await viaCookie.json()) as { data: { viewer: { user: { id: string } } } };
    expect(viaCookieBody.data.viewer.user.id).toBe(user.id);
  });

  it('refuses a duplicate email, whatever its case (CONFLICT), and bad input (BAD_USER_INPUT with field)', async () => {
    const user = await seedUser(server);
    const duplicate = await server.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(codeOf(duplicate), show(duplicate)).toBe('CONFLICT');
    const short = await server.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: `x-${randomUUID()}@example.test`, password: 'short' },
    });
    expect(codeOf(short), show(short)).toBe('BAD_USER_INPUT');
    expect(short.body.errors?.[0]?.extensions?.field).toBe('password');
    const badEmail = await server.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: 'not-an-email', password: PASSWORD },
    });
    expect(badEmail.body.errors?.[0]?.extensions?.field, show(badEmail)).toBe('email');
  });

  it('logs in with the right password only; a wrong one is 401 INVALID_CREDENTIALS, same as an unknown email', async () => {
    const user = await seedUser(server);
    dataOf(await server.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } }));
    for (const input of [
      { email: user.email, password: 'wrong password!' },
      { email: `nobody-${randomUUID()}@example.test`, password: PASSWORD },
    ]) {
      const result = await server.gql(LOG_IN, { input });
      expect(result.status, show(result)).toBe(401);
      expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      });
    }
  });

  it('logs out: the token is refused from the next request on (401), and the cookie is cleared', async () => {
    const user = await seedUser(server);
    dataOf(await server.gql(VIEWER, {}, { token: user.token }));
    const out = await server.gql<{ logOut: boolean }>('mutation { logOut }', {}, { token: user.token });
    expect(dataOf(out).logOut).toBe(true);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await server.gql(VIEWER, {}, { token: user.token });
    expect(after.status, show(after)).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('ignores a stale session cookie, so the browser can still log in', async () => {
    const user = await seedUser(server);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'latchkey_session=lks_stale' },
      body: JSON.stringify({ query: LOG_IN, variables: { input: { email: user.email, password: PASSWORD } } }),
    });
    expect(response.status).toBe(200);
    const logInBody = (await response.json()) as { data: { logIn: { user: { id: string } } } };
    expect(logInBody.data.logIn.user.id).toBe(user.id);
  });

  it('answers viewer without a credential with 401 UNAUTHENTICATED (reason MISSING)', async () => {
    const result = await server.gql(VIEWER);
    expect(result.status, show(result)).toBe(401);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING' });
  });
});
