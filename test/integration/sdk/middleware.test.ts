/**
 * The SDK's middleware on a real node:http server, verifying keys with the real Latchkey: it lets
 * valid keys through with `req.latchkey`, and answers 401, 403, 429 (with the rate-limit headers)
 * and 503 itself, never calling the handler for them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyVerification, Latchkey, type LatchkeyMiddleware, latchkeyMiddleware } from '../../../sdk/src/index.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { closedPortUrl, type LocalServer, listen } from './local-http.js';

let latchkeyServer: TestServer;
let project: SeededProject;
let verifierToken: string;
let owner: Latchkey;
const servers: LocalServer[] = [];

beforeAll(async () => {
  latchkeyServer = await startTestServer();
  project = await seedProject(latchkeyServer, { plan: 'PRO' });
  verifierToken = (await seedKey(latchkeyServer, project, { scopes: ['keys:verify'] })).secret;
  owner = new Latchkey({ url: latchkeyServer.url, token: project.owner.token });
});
afterAll(async () => {
  await Promise.all(servers.map((each) => each.close()));
  await latchkeyServer.close();
});

/** Your API: a node:http server whose one route sits behind `middleware` and echoes `req.latchkey`. */
async function api(middleware: LatchkeyMiddleware): Promise<{ url: string; handled: () => number }> {
  let handled = 0;
  const local = await listen((req: IncomingMessage & { latchkey?: KeyVerification }, res: ServerResponse) => {
    void middleware(req, res, () => {
      handled += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ caller: req.latchkey?.apiKey?.id, code: req.latchkey?.code }));
    });
  });
  servers.push(local);
  return { url: local.url, handled: () => handled };
}

async function call(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('the middleware', () => {
  it('lets a valid key through, with its verification on the request and the rate-limit headers', async () => {
    const client = new Latchkey({ url: latchkeyServer.url, token: verifierToken });
    const { url, handled } = await api(client.middleware({ requiredScopes: ['usage:read'] }));
    const key = await seedKey(latchkeyServer, project, { scopes: ['usage:read'] });

    const response = await call(url, bearer(key.secret));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ caller: key.id, code: 'VALID' });
    expect(response.headers.get('x-ratelimit-limit')).toBe('300');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('299');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(handled()).toBe(1);
  });

  it('answers 401 itself for a missing, malformed, unknown or deactivated key', async () => {
    const { url, handled } = await api(
      latchkeyMiddleware(new Latchkey({ url: latchkeyServer.url, token: verifierToken })),
    );

    const missing = await call(url);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ code: 'MISSING' });
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call(url, { authorization: 'Basic dXNlcjpwYXNz' })).body).toMatchObject({ code: 'MISSING' });

    const malformed = await call(url, bearer('lk_live_nope'));
    expect(malformed.status).toBe(401);
    expect(malformed.body).toEqual({ code: 'MALFORMED', message: expect.any(String) });
    expect(malformed.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(malformed.headers.get('content-type')).toBe('application/json; charset=utf-8');

    expect(await call(url, bearer(generateKey('live')))).toMatchObject({ status: 401, body: { code: 'NOT_FOUND' } });

    const key = await seedKey(latchkeyServer, project);
    await owner.keys.deactivate(key.id);
    expect(await call(url, bearer(key.secret))).toMatchObject({ status: 401, body: { code: 'DEACTIVATED' } });
    expect(handled()).toBe(0);
  });

  it('answers 403 for a key without a required scope', async () => {
    const client = new Latchkey({ url: latchkeyServer.url, token: verifierToken });
    const { url, handled } = await api(client.middleware({ requiredScopes: ['audit:read'] }));
    const key = await seedKey(latchkeyServer, project, { scopes: ['usage:read'] });
    const refused = await call(url, bearer(key.secret));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_SCOPE' });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('300');
    expect(handled()).toBe(0);
  });

  it('answers 429 with Retry-After and the rate-limit headers once the key is over its limit', async () => {
    const client = new Latchkey({ url: latchkeyServer.url, token: verifierToken });
    const { url, handled } = await api(client.middleware());
    const key = await seedKey(latchkeyServer, project);
    await owner.keys.update({ id: key.id, rateLimit: { perMinute: 1 } });

    expect((await call(url, bearer(key.secret))).status).toBe(200);
    expect((await call(url, bearer(key.secret))).status).toBe(200); // the burst
    const limited = await call(url, bearer(key.secret));
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.headers.get('x-ratelimit-limit')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(handled()).toBe(2);
  });

  it('reads the key from another header when told to', async () => {
    const client = new Latchkey({ url: latchkeyServer.url, token: verifierToken });
    const { url } = await api(client.middleware({ header: 'X-Api-Key' }));
    const key = await seedKey(latchkeyServer, project);
    expect((await call(url, { 'x-api-key': key.secret })).body).toEqual({ caller: key.id, code: 'VALID' });
    const missing = await call(url, bearer(key.secret));
    expect(missing).toMatchObject({ status: 401, body: { code: 'MISSING' } });
    expect(missing.headers.get('www-authenticate')).toBeNull();
  });

  it('fails closed: 503 when Latchkey cannot be reached, 500 when its token is refused', async () => {
    const key = await seedKey(latchkeyServer, project);
    const errors: unknown[] = [];
    const unreachable = new Latchkey({ url: await closedPortUrl(), token: verifierToken, retries: 0 });
    const down = await api(unreachable.middleware({ onError: (error) => errors.push(error) }));
    const unavailable = await call(down.url, bearer(key.secret));
    expect(unavailable).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
    expect(errors).toEqual([expect.objectContaining({ code: 'NETWORK_ERROR' })]);

    const misconfigured = new Latchkey({ url: latchkeyServer.url, token: key.secret });
    const wrong = await api(misconfigured.middleware({ onError: (error) => errors.push(error) }));
    const refused = await call(wrong.url, bearer(key.secret));
    expect(refused).toMatchObject({ status: 500, body: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(errors[1]).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(down.handled() + wrong.handled()).toBe(0);
  });
});
