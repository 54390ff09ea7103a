/**
 * The SDK's timeouts and retries (sdk/src/transport.ts), against small local HTTP servers that
 * answer the way a Latchkey in trouble does: 503 with Retry-After, no answer, a broken connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Latchkey, LatchkeyError, type LatchkeyOptions, ViewerOperation } from '../../../sdk/src/index.js';
import { closedPortUrl, type LocalServer, listen } from './local-http.js';

const VIEWER = {
  viewer: { isAdministrator: false, scopes: [], user: null, apiKey: null, project: null, rateLimit: null },
};
const VERIFIED = { verifyApiKey: { valid: true, code: 'VALID', apiKey: null, rateLimit: null } };
const UNAVAILABLE = { errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 1 } }] };

type Step = (req: IncomingMessage, res: ServerResponse) => void;

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const breakConnection: Step = (req) => req.socket.destroy();
const neverAnswer: Step = () => undefined;

let local: LocalServer | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

/** A server playing `steps` in turn (the last one again once they run out); counts requests. */
async function scripted(...steps: Step[]) {
  const requests: { headers: IncomingMessage['headers']; url?: string; body: string }[] = [];
  local = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ headers: req.headers, url: req.url, body: Buffer.concat(chunks).toString() });
      (steps[requests.length - 1] ?? steps.at(-1)!)(req, res);
    });
  });
  const client = (options: Partial<LatchkeyOptions> = {}) =>
    new Latchkey({ url: local!.url, token: 'lk_test_token', retryDelayMs: 10, ...options });
  return { requests, client };
}

async function failure(promise: Promise<unknown>): Promise<LatchkeyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LatchkeyError);
  return error as LatchkeyError;
}

describe('requests', () => {
  it('post the named operation, its variables and the token to /graphql', async () => {
    const { requests, client } = await scripted(json(200, { data: VERIFIED }));
    await client().verifyKey({ key: 'lk_live_x', requiredScopes: ['keys:read'] });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('/graphql');
    expect(requests[0]!.headers.authorization).toBe('Bearer lk_test_token');
    expect(requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(requests[0]!.body)).toEqual({
      query: expect.stringMatching(/^mutation VerifyKey\(\$input:VerifyApiKeyInput!\)\{verifyApiKey/),
      operationName: 'VerifyKey',
      variables: { input: { key: 'lk_live_x', requiredScopes: ['keys:read'] } },
    });
  });
});

describe('retries', () => {
  it('retry a 503 after its Retry-After, then succeed', async () => {
    const { requests, client } = await scripted(
      json(503, UNAVAILABLE, { 'retry-after': '1' }),
      json(200, { data: VIEWER }),
    );
    const started = Date.now();
    expect(await client().viewer()).toEqual(VIEWER.viewer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(requests).toHaveLength(2);
  });

  it('retry a mutation after a 503 too: the server did nothing', async () => {
    const { requests, client } = await scripted(
      json(503, { errors: [{ message: 'down' }] }),
      json(200, { data: VERIFIED }),
    );
    expect((await client().verifyKey({ key: 'lk_live_x' })).valid).toBe(true);
    expect(requests).toHaveLength(2);
  });

  it('stop after `retries` more attempts, with the last error and how many attempts were made', async () => {
    const { requests, client } = await scripted(json(503, { errors: [{ message: 'down' }] }));
    const error = await failure(client({ retries: 2 }).viewer());
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503, attempts: 3, operation: 'Viewer' });
    expect(requests).toHaveLength(3);
  });

  it('give up at once when Retry-After asks for longer than maxRetryDelayMs', async () => {
    const { requests, client } = await scripted(json(503, { errors: [{ message: 'down' }] }, { 'retry-after': '120' }));
    const error = await failure(client({ maxRetryDelayMs: 5_000 }).viewer());
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 120, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  it('never retry a 4xx, GraphQL errors, or an answer that is not GraphQL', async () => {
    const answers: [Step, Partial<LatchkeyError>][] = [
      [
        json(400, { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'key' } }] }),
        { code: 'BAD_USER_INPUT', status: 400, field: 'key' },
      ],
      [
        json(401, { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED' } }] }),
        { code: 'UNAUTHENTICATED', reason: 'EXPIRED' },
      ],
      [
        json(
          429,
          { errors: [{ message: 'slow', extensions: { code: 'RATE_LIMITED', retryAfter: 1 } }] },
          { 'retry-after': '1' },
        ),
        { code: 'RATE_LIMITED', status: 429, retryAfter: 1 },
      ],
      [
        json(200, { data: null, errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] }),
        { code: 'NOT_FOUND', status: 200 },
      ],
      [
        (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
        { code: 'INVALID_RESPONSE', status: 502 },
      ],
    ];
    for (const [answer, expected] of answers) {
      const { requests, client } = await scripted(answer);
      expect(await failure(client().viewer())).toMatchObject({ ...expected, attempts: 1 });
      expect(requests).toHaveLength(1);
      await local?.close();
    }
  });
});

describe('timeouts and broken connections', () => {
  it('time a query out after timeoutMs and retry it', async () => {
    const { requests, client } = await scripted(neverAnswer);
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 150, retries: 1 }).viewer());
    expect(error).toMatchObject({ code: 'TIMEOUT', status: undefined, attempts: 2 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(2);
  });

  it('do not send a mutation again once it may have arrived: a timeout or a broken connection ends it', async () => {
    const slow = await scripted(neverAnswer);
    expect(await failure(slow.client({ timeoutMs: 150 }).verifyKey({ key: 'lk_live_x' }))).toMatchObject({
      code: 'TIMEOUT',
      attempts: 1,
    });
    expect(slow.requests).toHaveLength(1);
    await local?.close();

    const broken = await scripted(breakConnection, json(200, { data: VERIFIED }));
    expect(await failure(broken.client().verifyKey({ key: 'lk_live_x' }))).toMatchObject({
      code: 'NETWORK_ERROR',
      attempts: 1,
    });
    expect(broken.requests).toHaveLength(1);
  });

  it('retry a query whose connection broke', async () => {
    const { requests, client } = await scripted(breakConnection, json(200, { data: VIEWER }));
    expect(await client().viewer()).toEqual(VIEWER.viewer);
    expect(requests).toHaveLength(2);
  });

  it('retry a mutation when no connection could be made: it never left', async () => {
    const client = new Latchkey({ url: await closedPortUrl(), retries: 2, retryDelayMs: 10 });
    const error = await failure(client.verifyKey({ key: 'lk_live_x' }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', attempts: 3, status: undefined });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('stop at once when the caller aborts, even while waiting to retry', async () => {
    const { requests, client } = await scripted(json(503, UNAVAILABLE, { 'retry-after': '5' }));
    const started = Date.now();
    const error = await failure(client().request(ViewerOperation, {}, { signal: AbortSignal.timeout(200) }));
    expect(error.code).toBe('ABORTED');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
  });
});
