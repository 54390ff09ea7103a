import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../../src/modules/users/sessions.js';
import { Session, User } from '../../../src/modules/users/users.entity.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedUser } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const VIEWER = graphql(`query AuthViewer { viewer { user { id email } } }`);
const LOG_IN = graphql(`mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }`);

function expectInvalidCredentials(result: GraphQLResult) {
  expect(result.status, show(result)).toBe(401);
  expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({
    code: 'UNAUTHENTICATED',
    reason: 'INVALID_CREDENTIALS',
  });
}

describe('sign up, log in, log out', () => {
  it('signs up, stores only hashes of the password and the session token, and sets an HttpOnly cookie', async () => {
    const email = `Mixed-${randomUUID()}@Example.test`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: graphql(
          `mutation AuthSignUpCookie($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }`,
        ),
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
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
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
    const duplicate = await server.gql(
      graphql(`mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
      {
        input: { email: user.email.toUpperCase(), password: PASSWORD },
      },
    );
    expect(codeOf(duplicate), show(duplicate)).toBe('CONFLICT');
    const short = await server.gql(
      graphql(`mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
      {
        input: { email: `x-${randomUUID()}@example.test`, password: 'short' },
      },
    );
    expect(codeOf(short), show(short)).toBe('BAD_USER_INPUT');
    expect(short.body.errors?.[0]?.extensions?.field).toBe('password');
    const badEmail = await server.gql(
      graphql(`mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
      {
        input: { email: 'not-an-email', password: PASSWORD },
      },
    );
    expect(badEmail.body.errors?.[0]?.extensions?.field, show(badEmail)).toBe('email');
  });

  it('refuses weak passwords with BAD_USER_INPUT on password, a reason a person understands, and writes nothing', async () => {
    const cases: [string, RegExp][] = [
      ['1234567890', /at least 12 characters/],
      [' '.repeat(10), /more than spaces and control characters/],
      // NUL never reaches the password policy: every string input holding it is refused first.
      ['\u0000'.repeat(10), /must not contain NUL characters/],
      [' '.repeat(16), /more than spaces and control characters/],
      ['123456789012', /too easy to guess\. This is a commonly used password\./],
      ['passwordpassword', /too easy to guess/],
    ];
    for (const [password, reason] of cases) {
      const email = `weak-${randomUUID()}@example.test`;
      const result = await server.gql(
        graphql(`mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
        {
          input: { email, password },
        },
      );
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field, show(result)).toBe('password');
      expect(result.body.errors?.[0]?.message, show(result)).toMatch(reason);
      expect(result.headers.get('set-cookie'), show(result)).toBeNull();
      expect(await server.orm.em.fork().count(User, { email }), JSON.stringify(password)).toBe(0);
    }
    // The email and the name count as guessable words.
    const personal = await server.gql(
      graphql(`mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
      {
        input: {
          email: `zeph.quillbrook-${randomUUID().slice(0, 4)}@example.test`,
          password: 'quillbrook-zeph',
          name: 'Zeph Quillbrook',
        },
      },
    );
    expect(personal.body.errors?.[0]?.extensions, show(personal)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
  });

  it('upgrades an older scrypt hash to argon2id at the next successful login', async () => {
    const email = `legacy-${randomUUID()}@example.test`;
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD.normalize('NFKC'), salt, 32, { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const legacy = ['scrypt', 32_768, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    const em = server.orm.em.fork();
    em.create(User, { email, displayName: 'legacy', passwordHash: legacy });
    await em.flush();
    expectInvalidCredentials(await server.gql(LOG_IN, { input: { email, password: `${PASSWORD}!` } }));
    expect((await server.orm.em.fork().findOneOrFail(User, { email })).passwordHash).toBe(legacy);
    dataOf(await server.gql(LOG_IN, { input: { email, password: PASSWORD } }));
    const upgraded = (await server.orm.em.fork().findOneOrFail(User, { email })).passwordHash;
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    dataOf(await server.gql(LOG_IN, { input: { email, password: PASSWORD } }));
    expect((await server.orm.em.fork().findOneOrFail(User, { email })).passwordHash).toBe(upgraded);
  });

  it('logs in with the right password only; a wrong one is 401 INVALID_CREDENTIALS, same as an unknown email', async () => {
    const user = await seedUser(server);
    dataOf(await server.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } }));
    for (const input of [
      { email: user.email, password: 'wrong password!' },
      { email: `nobody-${randomUUID()}@example.test`, password: PASSWORD },
    ]) {
      expectInvalidCredentials(await server.gql(LOG_IN, { input }));
    }
  });

  it('logs out: the token is refused from the next request on (401), and the cookie is cleared', async () => {
    const user = await seedUser(server);
    dataOf(await server.gql(VIEWER, {}, { token: user.token }));
    const out = await server.gql(graphql(`mutation AuthLogOut { logOut }`), {}, { token: user.token });
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
