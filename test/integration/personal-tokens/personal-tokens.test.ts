/**
 * Personal access tokens (DESIGN.md section 15): a token acts as its user, only in its projects,
 * with what both its scopes and the user's role allow; its expiry is required (at most 366 days);
 * it cannot create tokens or touch the account; it is stored as an HMAC; a revoked token is refused
 * on its very next request on every API process (two servers sharing one Redis namespace).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../src/modules/audit/audit.entity.js';
import { PersonalToken } from '../../../src/modules/personal-tokens/personal-tokens.entity.js';
import { generatePersonalToken, hashPersonalToken } from '../../../src/modules/personal-tokens/token-format.js';
import { TokenUses } from '../../../src/modules/personal-tokens/token-uses.js';
import { createLogger } from '../../../src/shared/logger.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedMember, seedProject, seedUser } from '../../helpers/seed.js';
import { seedPersonalToken } from './token-seed.js';

const DAY_MS = 24 * 3600 * 1000;

const PROJECTS = graphql(`query TokenProjects { projects { id } }`);
const PROJECT = graphql(`query TokenProject($id: ID!) { project(id: $id) { id name } }`);
const PROJECT_KEYS = graphql(`query TokenProjectKeys($id: ID!) { project(id: $id) { apiKeys { totalCount } } }`);
const CREATE_KEY = graphql(
  `mutation TokenCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
);
const CREATE_TOKEN = graphql(
  `mutation TokenCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id name preview scopes projectIds expiresAt expired } secret } }`,
);
const REVOKE_TOKEN = graphql(`mutation TokenRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }`);
const VIEWER_TOKENS = graphql(`query TokenViewerTokens { viewer { personalTokens { id name preview } } }`);
const VIEWER = graphql(`query TokenViewer { viewer { user { id email } scopes apiKey { id } } }`);
const CHANGE_PASSWORD = graphql(
  `mutation TokenChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`,
);
const DELETE_ACCOUNT = graphql(
  `mutation TokenDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
);
const VIEWER_TOKEN_USES = graphql(`query TokenViewerTokenUses { viewer { personalTokens { id lastUsedAt } } }`);
const VIEWER_SESSIONS = graphql(`query TokenViewerSessions { viewer { sessions { id current } } }`);

const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  // A second API process on the first one's limiter namespace (credential generations).
  b = await startTestServer({}, { usage: { redisPrefix: a.prefix } });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('personal access tokens', () => {
  it('a token restricted to project A lists A and gets NOT_FOUND on B, though its user owns both', async () => {
    const projectA = await seedProject(a);
    const projectB = await seedProject(a, { owner: projectA.owner });
    const token = await seedPersonalToken(a, projectA.owner, { scopes: ['admin'], projectIds: [projectA.id] });

    const listed = dataOf(await a.gql(PROJECTS, {}, { token: token.secret }));
    expect(listed.projects.map((project) => project.id)).toEqual([projectA.id]);
    expect(dataOf(await a.gql(PROJECT, { id: projectA.id }, { token: token.secret })).project?.id).toBe(projectA.id);

    for (const result of [
      await a.gql(PROJECT, { id: projectB.id }, { token: token.secret }),
      await a.gql(
        CREATE_KEY,
        { input: { projectId: projectB.id, name: 'outside', scopes: [] } },
        { token: token.secret },
      ),
    ]) {
      expect(codeOf(result), show(result)).toBe('NOT_FOUND');
    }
    // Without a restriction the same user's token sees both.
    const all = await seedPersonalToken(a, projectA.owner, { scopes: ['projects:read'] });
    const both = dataOf(await a.gql(PROJECTS, {}, { token: all.secret }));
    expect(both.projects.map((project) => project.id).sort()).toEqual([projectA.id, projectB.id].sort());
  });

  it('a token without keys:write cannot create keys even when its user is an owner', async () => {
    const project = await seedProject(a);
    const reader = await seedPersonalToken(a, project.owner, { scopes: ['keys:read', 'projects:read'] });
    const refused = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'by-reader', scopes: [] } },
      { token: reader.secret },
    );
    expect(codeOf(refused), show(refused)).toBe('FORBIDDEN');
    expect(refused.status).toBe(403);
    // It still reads keys: keys:read is in both its scopes and the owner's role.
    expect(dataOf(await a.gql(PROJECT_KEYS, { id: project.id }, { token: reader.secret })).project?.apiKeys).toEqual({
      totalCount: 1,
    });

    const writer = await seedPersonalToken(a, project.owner, { scopes: ['keys:write'], name: 'ci' });
    const created = dataOf(
      await a.gql(
        CREATE_KEY,
        { input: { projectId: project.id, name: 'by-token', scopes: ['keys:read'] } },
        {
          token: writer.secret,
        },
      ),
    );
    expect(created.createApiKey.secret).toMatch(/^lk_live_/);
    // No escalation through the token: it cannot grant a scope it does not hold.
    const escalation = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'esc', scopes: ['admin'] } },
      { token: writer.secret },
    );
    expect(codeOf(escalation), show(escalation)).toBe('FORBIDDEN');
    // Audited with the user as the actor and the token named.
    const event = await a.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { action: 'key.created', targetId: created.createApiKey.apiKey.id });
    expect(event.actorType).toBe('USER');
    expect(event.actorLabel).toContain(project.owner.email);
    expect(event.actorLabel).toContain('ci');
    expect(event.summary).toMatchObject({ personalToken: { id: writer.id, name: 'ci' } });
  });

  it('a token acts with the intersection: a VIEWER’s admin token cannot write', async () => {
    const project = await seedProject(a);
    const viewer = await seedMember(a, project, 'VIEWER');
    const token = await seedPersonalToken(a, viewer, { scopes: ['admin'] });
    const refused = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'by-viewer', scopes: [] } },
      { token: token.secret },
    );
    expect(codeOf(refused), show(refused)).toBe('FORBIDDEN');
    expect(dataOf(await a.gql(PROJECT, { id: project.id }, { token: token.secret })).project?.id).toBe(project.id);
  });

  it('an expiry is required, in the future and at most 366 days away', async () => {
    const user = await seedUser(a);
    const missing = await a.gql(
      'mutation($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { secret } }',
      { input: { name: 'forever', scopes: ['keys:read'], projectIds: [] } },
      { token: user.token },
    );
    expect(missing.status, show(missing)).toBe(400);
    expect(codeOf(missing), show(missing)).toBe('BAD_USER_INPUT');
    for (const expiresAt of [inDays(367), inDays(-1)]) {
      const refused = await a.gql(
        CREATE_TOKEN,
        { input: { name: 'too-long', scopes: ['keys:read'], projectIds: [], expiresAt } },
        { token: user.token },
      );
      expect(codeOf(refused), show(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors?.[0]?.extensions?.field).toBe('expiresAt');
    }
    const created = dataOf(
      await a.gql(
        CREATE_TOKEN,
        { input: { name: 'a-year', scopes: ['keys:read'], projectIds: [], expiresAt: inDays(366) } },
        { token: user.token },
      ),
    ).createPersonalToken;
    expect(created.token.expired).toBe(false);
    expect(await a.orm.em.fork().count(PersonalToken, { user: user.id })).toBe(1);
  });

  it('is stored only as an HMAC, listed by its preview, and its secret never comes back', async () => {
    const user = await seedUser(a);
    const result = await a.gql(
      CREATE_TOKEN,
      { input: { name: 'laptop', scopes: ['projects:read'], projectIds: [], expiresAt: inDays(30) } },
      { token: user.token },
    );
    const { token, secret } = dataOf(result).createPersonalToken;
    expect(secret).toMatch(/^lk_pat_[0-9A-Za-z]{38}$/);
    expect(token.preview).toBe(`${secret.slice(0, 11)}…${secret.slice(-4)}`);
    const row = await a.orm.em.fork().findOneOrFail(PersonalToken, { id: token.id });
    expect(row.tokenHash).toBe(hashPersonalToken(a.config.secret, secret));
    const listed = await a.gql(VIEWER_TOKENS, {}, { token: user.token });
    expect(dataOf(listed).viewer.personalTokens).toEqual([{ id: token.id, name: 'laptop', preview: token.preview }]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(a.logs.join('\n')).not.toContain(secret);
    // A projects outside the user's memberships cannot be named.
    const stranger = await seedProject(a);
    const outside = await a.gql(
      CREATE_TOKEN,
      { input: { name: 'outside', scopes: ['projects:read'], projectIds: [stranger.id], expiresAt: inDays(30) } },
      { token: user.token },
    );
    expect(codeOf(outside), show(outside)).toBe('NOT_FOUND');
  });

  it('the viewer of a token is its user, with the token’s scopes', async () => {
    const user = await seedUser(a);
    const token = await seedPersonalToken(a, user, { scopes: ['keys:write'] });
    const { viewer } = dataOf(await a.gql(VIEWER, {}, { token: token.secret }));
    expect(viewer.user?.id).toBe(user.id);
    expect(viewer.apiKey).toBeNull();
    expect(viewer.scopes).toEqual(['keys:read', 'keys:write']);
  });

  it('tokens cannot create tokens or touch the account: FORBIDDEN, nothing changed', async () => {
    const project = await seedProject(a);
    const token = await seedPersonalToken(a, project.owner, { scopes: ['admin'] });
    const attempts = [
      await a.gql(
        CREATE_TOKEN,
        { input: { name: 'child', scopes: ['admin'], projectIds: [], expiresAt: inDays(10) } },
        { token: token.secret },
      ),
      await a.gql(REVOKE_TOKEN, { id: token.id }, { token: token.secret }),
      await a.gql(VIEWER_TOKENS, {}, { token: token.secret }),
      await a.gql(VIEWER_SESSIONS, {}, { token: token.secret }),
      await a.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: 'a much longer passphrase of seven words' } },
        { token: token.secret },
      ),
      await a.gql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, { token: token.secret }),
      await a.gql(
        'mutation { createProject(input: { name: "by token" }) { project { id } } }',
        {},
        { token: token.secret },
      ),
    ];
    for (const result of attempts) {
      expect(codeOf(result), show(result)).toBe('FORBIDDEN');
    }
    expect(await a.orm.em.fork().count(PersonalToken, { user: project.owner.id })).toBe(1);
    // The password is unchanged: the owner still logs in with it.
    dataOf(
      await a.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
        input: { email: project.owner.email, password: PASSWORD },
      }),
    );
  });

  it('a revoked token is refused on its next request on every process, with no wait', async () => {
    const project = await seedProject(a);
    const token = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'] });
    // Both processes have the token cached.
    for (const server of [a, b, a, b]) {
      dataOf(await server.gql(PROJECT, { id: project.id }, { token: token.secret }));
    }
    dataOf(await a.gql(REVOKE_TOKEN, { id: token.id }, { token: project.owner.token }));
    for (const server of [b, a]) {
      const refused = await server.gql(PROJECT, { id: project.id }, { token: token.secret });
      expect(refused.status, show(refused)).toBe(401);
      expect(refused.body.errors?.[0]?.extensions, show(refused)).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_REVOKED',
      });
    }
    // Revoked tokens are no longer listed; revoking again is NOT_FOUND.
    expect(dataOf(await b.gql(VIEWER_TOKENS, {}, { token: project.owner.token })).viewer.personalTokens).toEqual([]);
    expect(codeOf(await b.gql(REVOKE_TOKEN, { id: token.id }, { token: project.owner.token }))).toBe('NOT_FOUND');
  });

  it('shows when each token was last used, to the minute: written once on every process, not for refused uses', async () => {
    const project = await seedProject(a);
    const used = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'] });
    const unused = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'] });
    const lastUsed = async (id: string) => {
      const data = dataOf(await a.gql(VIEWER_TOKEN_USES, {}, { token: project.owner.token }));
      const found = data.viewer.personalTokens.find((token) => token.id === id);
      if (!found) throw new Error(`token ${id} not listed`);
      return found.lastUsedAt == null ? null : new Date(found.lastUsedAt).getTime();
    };
    expect(await lastUsed(used.id)).toBeNull();

    const before = Date.now();
    dataOf(await b.gql(PROJECTS, {}, { token: used.secret }));
    // Written after the request, without holding it.
    await expect.poll(() => lastUsed(used.id), { timeout: 5000 }).not.toBeNull();
    const first = (await lastUsed(used.id)) as number;
    expect(first).toBeGreaterThanOrEqual(before - 1000);
    expect(first).toBeLessThanOrEqual(Date.now());

    // Used again within the minute, on both processes (the other one has not written it yet): unchanged.
    dataOf(await b.gql(PROJECTS, {}, { token: used.secret }));
    dataOf(await a.gql(PROJECTS, {}, { token: used.secret }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await lastUsed(used.id)).toBe(first);
    expect(await lastUsed(unused.id)).toBeNull();

    // A revoked token's attempts are refused, and are no use of it.
    dataOf(await a.gql(REVOKE_TOKEN, { id: unused.id }, { token: project.owner.token }));
    expect(codeOf(await a.gql(PROJECTS, {}, { token: unused.secret }))).toBe('UNAUTHENTICATED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const row = await a.orm.em.fork().findOneOrFail(PersonalToken, { id: unused.id });
    expect(row.lastUsedAt).toBeNull();
  });

  it('records a use again once its minute is over, and a failed write is retried by a later use', async () => {
    const project = await seedProject(a);
    const token = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'] });
    const rowOf = async () => (await a.orm.em.fork().findOneOrFail(PersonalToken, { id: token.id })).lastUsedAt;
    const logs: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    // A minute of 200 ms, and a database that fails its first write.
    let failNext = true;
    const uses = new TokenUses(
      () => {
        if (failNext) {
          failNext = false;
          throw new Error('database unavailable');
        }
        return a.orm.em.fork();
      },
      createLogger('warn', sink),
      200,
    );

    const start = Date.now();
    uses.record(token.id, start);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rowOf()).toBeNull();
    expect(logs.join('')).toContain('a use could not be recorded');
    uses.record(token.id, start + 100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rowOf()).toBeNull();

    uses.record(token.id, start + 250);
    await expect.poll(async () => (await rowOf())?.getTime(), { timeout: 5000 }).toBe(start + 250);
    uses.record(token.id, start + 500);
    await expect.poll(async () => (await rowOf())?.getTime(), { timeout: 5000 }).toBe(start + 500);
  });

  it('refuses malformed and unknown tokens, and expired ones with TOKEN_EXPIRED (cached or not)', async () => {
    const user = await seedUser(a);
    const token = await seedPersonalToken(a, user, { scopes: ['projects:read'] });
    const badChecksum = `${token.secret.slice(0, -1)}${token.secret.endsWith('A') ? 'B' : 'A'}`;
    for (const candidate of ['lk_pat_short', badChecksum]) {
      const result = await a.gql(VIEWER, {}, { token: candidate });
      expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({ reason: 'MALFORMED' });
    }
    dataOf(await a.gql(VIEWER, {}, { token: token.secret }));
    const brief = dataOf(
      await a.gql(
        CREATE_TOKEN,
        {
          input: {
            name: 'brief',
            scopes: ['projects:read'],
            projectIds: [],
            expiresAt: new Date(Date.now() + 1500).toISOString(),
          },
        },
        { token: user.token },
      ),
    ).createPersonalToken.secret;
    dataOf(await a.gql(VIEWER, {}, { token: brief }));
    await new Promise((resolve) => setTimeout(resolve, 1600));
    for (const server of [a, b]) {
      const expired = await server.gql(VIEWER, {}, { token: brief });
      expect(expired.status, show(expired)).toBe(401);
      expect(expired.body.errors?.[0]?.extensions, show(expired)).toMatchObject({ reason: 'TOKEN_EXPIRED' });
    }
    const unknown = await a.gql(VIEWER, {}, { token: generatePersonalToken() });
    expect(unknown.body.errors?.[0]?.extensions, show(unknown)).toMatchObject({ reason: 'NOT_FOUND' });
  });
});

describe('sessions, password and account', () => {
  const NEW_PASSWORD = 'tangerine lighthouse quietly orbits';

  it('lists sessions, and revoking one refuses it at once on every process', async () => {
    const user = await seedUser(a);
    const second = dataOf(
      await a.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
        input: { email: user.email, password: PASSWORD },
      }),
    ) as { logIn: { token: string } };
    const sessions = dataOf(await a.gql(VIEWER_SESSIONS, {}, { token: user.token })).viewer.sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const other = sessions.find((session) => !session.current);
    for (const server of [a, b]) dataOf(await server.gql(VIEWER, {}, { token: second.logIn.token }));
    dataOf(await a.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: other?.id }, { token: user.token }));
    for (const server of [b, a]) {
      const refused = await server.gql(VIEWER, {}, { token: second.logIn.token });
      expect(refused.status, show(refused)).toBe(401);
    }
  });

  it('changePassword needs the current password, checks strength, and revokes the other sessions', async () => {
    const user = await seedUser(a);
    const other = (
      dataOf(
        await a.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
          input: { email: user.email, password: PASSWORD },
        }),
      ) as { logIn: { token: string } }
    ).logIn.token;
    const token = await seedPersonalToken(a, user, { scopes: ['projects:read'] });
    for (const server of [a, b]) dataOf(await server.gql(VIEWER, {}, { token: other }));

    const wrong = await a.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'not the password at all', newPassword: NEW_PASSWORD } },
      { token: user.token },
    );
    expect(codeOf(wrong), show(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors?.[0]?.extensions?.field).toBe('currentPassword');
    const weak = await a.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword: 'password1234' } },
      { token: user.token },
    );
    expect(weak.body.errors?.[0]?.extensions, show(weak)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });

    dataOf(
      await a.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
        {
          token: user.token,
        },
      ),
    );
    for (const server of [b, a]) {
      const refused = await server.gql(VIEWER, {}, { token: other });
      expect(refused.status, show(refused)).toBe(401);
    }
    // The current session and the user's tokens keep working; the new password logs in.
    dataOf(await a.gql(VIEWER_SESSIONS, {}, { token: user.token }));
    dataOf(await b.gql(VIEWER, {}, { token: token.secret }));
    dataOf(
      await a.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
        input: { email: user.email, password: NEW_PASSWORD },
      }),
    );
  });

  it('deleteAccount is refused for the last owner of a project, then removes memberships, tokens and sessions', async () => {
    const project = await seedProject(a);
    const owner = project.owner;
    const token = await seedPersonalToken(a, owner, { scopes: ['projects:read'] });
    for (const server of [a, b]) dataOf(await server.gql(VIEWER, {}, { token: token.secret }));

    const refused = await a.gql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, { token: owner.token });
    expect(codeOf(refused), show(refused)).toBe('CONFLICT');
    dataOf(await b.gql(VIEWER, {}, { token: token.secret }));

    const wrong = await a.gql(
      DELETE_ACCOUNT,
      { input: { password: 'wrong password entirely' } },
      {
        token: owner.token,
      },
    );
    expect(codeOf(wrong), show(wrong)).toBe('BAD_USER_INPUT');

    // With a second owner, the first may leave.
    const coOwner = await seedMember(a, project, 'OWNER');
    dataOf(await a.gql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, { token: owner.token }));
    for (const server of [b, a]) {
      for (const credential of [token.secret, owner.token]) {
        const result = await server.gql(VIEWER, {}, { token: credential });
        expect(result.status, show(result)).toBe(401);
      }
    }
    const em = a.orm.em.fork();
    expect(await em.count(PersonalToken, { user: owner.id })).toBe(0);
    const members = dataOf(
      await a.gql(
        graphql(`query TokenMembers($id: ID!) { project(id: $id) { members { user { id } } } }`),
        { id: project.id },
        { token: coOwner.token },
      ),
    ).project?.members?.map((member) => member.user?.id);
    expect(members).toEqual([coOwner.id]);
    expect(await em.count(AuditEvent, { action: 'user.deleted', targetId: owner.id })).toBe(1);
    // The email is free again, and the old password opens nothing.
    const login = await a.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
      input: { email: owner.email, password: PASSWORD },
    });
    expect(codeOf(login), show(login)).toBe('UNAUTHENTICATED');
    dataOf(
      await a.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input: { email: owner.email, password: PASSWORD },
      }),
    );
  });
});
