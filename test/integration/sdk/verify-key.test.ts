/**
 * `verifyKey` against the real server: each outcome as data, the rate limit it spends, and what it
 * sends (only the fields given).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Latchkey, LatchkeyError, type VerifyKeyOptions } from '../../../sdk/src/index.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';

let server: TestServer;
let project: SeededProject;
let latchkey: Latchkey;
beforeAll(async () => {
  server = await startTestServer();
  project = await seedProject(server, { plan: 'PRO' });
  const verifier = await seedKey(server, project, { scopes: ['keys:verify'] });
  latchkey = new Latchkey({ url: server.url, token: verifier.secret, retries: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('verifyKey', () => {
  it('answers VALID with the key, its rate-limit window, and nothing secret', async () => {
    const key = await seedKey(server, project, { scopes: ['keys:read'], name: 'partner-a' });
    const verification = await latchkey.verifyKey({ key: key.secret, requiredScopes: ['keys:read'] });
    expect(verification).toEqual({
      valid: true,
      code: 'VALID',
      apiKey: {
        id: key.id,
        name: 'partner-a',
        environment: 'LIVE',
        preview: `${key.secret.slice(0, 12)}…${key.secret.slice(-4)}`,
        expiresAt: null,
      },
      rateLimit: { limit: 300, remaining: 299, resetAt: expect.any(String) },
      // Section 13's answers: no permissions, metadata, external id or credits on this key.
      permissions: [],
      meta: null,
      externalId: null,
      credits: null,
    });
    expect(JSON.stringify(verification)).not.toContain(key.secret);
  });

  it('reports refused keys as data, not errors', async () => {
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    const verify = (options: Partial<VerifyKeyOptions>) => latchkey.verifyKey({ key: key.secret, ...options });

    expect(await verify({ requiredScopes: ['keys:write'] })).toMatchObject({
      valid: false,
      code: 'INSUFFICIENT_SCOPE',
      apiKey: { id: key.id },
    });
    expect(await verify({ key: 'lk_live_short' })).toMatchObject({ valid: false, code: 'MALFORMED', apiKey: null });
    expect(await verify({ key: generateKey('live') })).toMatchObject({ valid: false, code: 'NOT_FOUND', apiKey: null });
    const other = await seedProject(server);
    expect(await verify({ key: other.defaultKey.secret })).toMatchObject({ code: 'NOT_FOUND', apiKey: null });

    await new Latchkey({ url: server.url, token: project.owner.token }).keys.deactivate(key.id);
    expect(await verify({})).toMatchObject({ valid: false, code: 'DEACTIVATED' });
  });

  it('spends the verified key’s rate limit: RATE_LIMITED once the minute and its burst are used', async () => {
    const key = await seedKey(server, project);
    await new Latchkey({ url: server.url, token: project.owner.token }).keys.update({
      id: key.id,
      rateLimit: { perMinute: 1 },
    });
    expect(await latchkey.verifyKey({ key: key.secret })).toMatchObject({
      valid: true,
      rateLimit: { limit: 1, remaining: 0 },
    });
    expect((await latchkey.verifyKey({ key: key.secret })).code).toBe('VALID'); // the burst
    const limited = await latchkey.verifyKey({ key: key.secret });
    expect(limited).toMatchObject({ valid: false, code: 'RATE_LIMITED', rateLimit: { limit: 1, remaining: 0 } });
    expect(Date.parse(limited.rateLimit!.resetAt)).toBeGreaterThan(Date.now());
  });

  it('sends only the fields given, and every field given', async () => {
    const key = await seedKey(server, project);
    // Undefined options are left out: this server takes neither field and would refuse them.
    const omitted = { requiredPermissions: undefined, cost: undefined, clientAddress: undefined };
    expect((await latchkey.verifyKey({ key: key.secret, ...omitted })).code).toBe('VALID');
    // A field the server does not know goes out all the same, and is refused: never dropped unchecked.
    const unknown = { key: key.secret, requiredTeams: ['ops'] } as VerifyKeyOptions;
    const refused = await latchkey.verifyKey(unknown).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LatchkeyError);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('throws FORBIDDEN when the client’s own token lacks keys:verify', async () => {
    const plain = await seedKey(server, project);
    const error = await new Latchkey({ url: server.url, token: plain.secret })
      .verifyKey({ key: plain.secret })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'LatchkeyError', code: 'FORBIDDEN', status: 403, operation: 'VerifyKey' });
  });
});
