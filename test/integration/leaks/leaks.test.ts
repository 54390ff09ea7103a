/**
 * Leaked keys (DESIGN.md section 15, docs/leaked-keys.md). Two API processes share one Redis
 * namespace (as in key-cache.test.ts): a report through A refuses the key on A and on B at their
 * very next request, with reason LEAKED, though both had it cached. GitHub's reports are signed
 * with a key pair made here; a bad signature or an unknown key identifier changes nothing.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { compileTrustedProxies } from '../../../src/shared/client-address.js';
import { loadConfig } from '../../../src/shared/config.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';
import { seedPersonalToken } from '../personal-tokens/token-seed.js';

const VIEWER = graphql(`query LeaksViewer { viewer { apiKey { id } } }`);
const VERIFY = graphql(
  `mutation LeaksVerify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }`,
);
const KEY = graphql(
  `query LeaksKey($id: ID!) { apiKey(id: $id) { id status leaks { reporter url source reportedAt } } }`,
);
const PROJECT = graphql(
  `query LeaksProject($id: ID!) { project(id: $id) { leakedKeys { id status } auditEvents(filter: { actions: ["key.leaked"] }) { totalCount edges { node { action targetId summary actor { type label } } } } } }`,
);
const REACTIVATE = graphql(`mutation LeaksReactivate($id: ID!) { reactivateApiKey(id: $id) { status } }`);
const DEACTIVATE = graphql(`mutation LeaksDeactivate($id: ID!) { deactivateApiKey(id: $id) { status } }`);
const ROTATE = graphql(
  `mutation LeaksRotate($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id status } } }`,
);
const REPORT = graphql(
  `mutation LeaksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }`,
);

const IDENTIFIER = 'latchkey-test-key-1';
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
// Another pair whose public key is not configured: its signatures must not pass.
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'latchkey-scanning-'));
  const file = join(folder, 'secret_scanning.json');
  writeFileSync(
    file,
    JSON.stringify({
      public_keys: [
        { key_identifier: IDENTIFIER, key: publicKey.export({ type: 'spki', format: 'pem' }), is_current: true },
      ],
    }),
  );
  // The variable as an operator sets it, read by the one configuration module.
  const { githubScanningKeys } = loadConfig({ LATCHKEY_GITHUB_SCANNING_KEYS: file });
  const overrides = { githubScanningKeys, trustedProxies: compileTrustedProxies('loopback') };
  const usage = { expiryProjectIds: [] };
  a = await startTestServer(overrides, { usage });
  b = await startTestServer(overrides, { usage: { ...usage, redisPrefix: a.prefix } });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

function signed(body: string, key = privateKey): string {
  return sign('sha256', Buffer.from(body), { key, dsaEncoding: 'der' }).toString('base64');
}

async function postGithub(
  server: TestServer,
  matches: unknown,
  headers: { identifier?: string; signature?: string; key?: typeof privateKey } = {},
): Promise<{ status: number; body: unknown }> {
  const body = JSON.stringify(matches);
  const response = await fetch(`${server.url}/leaks/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'github-public-key-identifier': headers.identifier ?? IDENTIFIER,
      'github-public-key-signature': headers.signature ?? signed(body, headers.key),
    },
    body,
  });
  return { status: response.status, body: await response.json() };
}

function match(token: string, url = 'https://github.com/octo/app/blob/abc123/.env') {
  return { token, type: 'latchkey_api_key', url, source: 'content' };
}

/** A unique client address per call (A and B believe X-Forwarded-For from loopback). */
function from(address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`): Record<string, string> {
  return { 'x-forwarded-for': address };
}

function expectRefused(result: GraphQLResult<unknown>, reason: string) {
  expect(result.status, show(result)).toBe(401);
  expect(codeOf(result), show(result)).toBe('UNAUTHENTICATED');
  expect(result.body.errors?.[0]?.extensions?.reason, show(result)).toBe(reason);
}

async function cacheOnBoth(secret: string) {
  for (const server of [a, b]) {
    dataOf(await server.gql(VIEWER, {}, { token: secret }));
    dataOf(await server.gql(VIEWER, {}, { token: secret }));
  }
}

describe('POST /leaks/github', () => {
  it('marks a live key true_positive and refuses it at once on every process (LEAKED)', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnBoth(key.secret);

    const report = await postGithub(a, [match(key.secret)]);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body).toEqual([{ token_raw: key.secret, token_type: 'latchkey_api_key', label: 'true_positive' }]);

    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'LEAKED');
    expectRefused(await a.gql(VIEWER, {}, { token: key.secret }), 'LEAKED');
    const verified = dataOf(
      await b.gql(VERIFY, { input: { key: key.secret } }, { token: project.defaultKey.secret }),
    ).verifyApiKey;
    expect(verified).toEqual({ valid: false, code: 'LEAKED' });

    const read = dataOf(await a.gql(KEY, { id: key.id }, { token: project.owner.token })).apiKey;
    expect(read?.status).toBe('LEAKED');
    expect(read?.leaks).toEqual([
      expect.objectContaining({
        reporter: 'GITHUB',
        url: 'https://github.com/octo/app/blob/abc123/.env',
        source: 'content',
      }),
    ]);
    const { project: seen } = dataOf(await a.gql(PROJECT, { id: project.id }, { token: project.owner.token }));
    expect(seen?.leakedKeys).toEqual([{ id: key.id, status: 'LEAKED' }]);
    // key.leaked: audited once, by the scanner, without the key (the outbox relays it to webhooks)
    expect(seen?.auditEvents?.totalCount).toBe(1);
    const event = seen?.auditEvents?.edges[0]?.node;
    expect(event).toMatchObject({
      action: 'key.leaked',
      targetId: key.id,
      actor: { type: 'SYSTEM', label: 'GitHub secret scanning' },
    });
    expect(JSON.stringify(event)).not.toContain(key.secret);

    // A second report of the same key: recorded, not audited again, and no longer a live key.
    const again = await postGithub(a, [match(key.secret, 'https://gist.github.com/octo/1')]);
    expect(again.body).toEqual([{ token_raw: key.secret, token_type: 'latchkey_api_key', label: 'false_positive' }]);
    const after = dataOf(await a.gql(PROJECT, { id: project.id }, { token: project.owner.token })).project;
    expect(after?.auditEvents?.totalCount).toBe(1);
    const leaks = dataOf(await a.gql(KEY, { id: key.id }, { token: project.owner.token })).apiKey?.leaks;
    expect(leaks?.map((leak) => leak.url)).toEqual([
      'https://gist.github.com/octo/1',
      'https://github.com/octo/app/blob/abc123/.env',
    ]);
  });

  it('revokes a reported personal access token at once on every process (TOKEN_REVOKED), audited', async () => {
    const project = await seedProject(a);
    const token = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'] });
    for (const server of [a, b]) dataOf(await server.gql(VIEWER, {}, { token: token.secret }));

    const report = await postGithub(a, [{ ...match(token.secret), type: 'latchkey_personal_token' }]);
    expect(report.body).toEqual([
      { token_raw: token.secret, token_type: 'latchkey_personal_token', label: 'true_positive' },
    ]);
    expectRefused(await b.gql(VIEWER, {}, { token: token.secret }), 'TOKEN_REVOKED');
    expectRefused(await a.gql(VIEWER, {}, { token: token.secret }), 'TOKEN_REVOKED');
    const [audited] = await a.orm.em
      .fork()
      .execute<{ action: string; actor_label: string; summary: { reason: string; url: string } }[]>(
        `select action, actor_label, summary from audit_events where target_id = ? and action = 'personal_token.revoked'`,
        [token.id],
      );
    expect(audited).toMatchObject({
      actor_label: 'GitHub secret scanning',
      summary: { reason: 'leaked', url: 'https://github.com/octo/app/blob/abc123/.env' },
    });
    expect(JSON.stringify(audited)).not.toContain(token.secret);
    // Revoked already: no longer a live token.
    const again = await postGithub(a, [match(token.secret)]);
    expect(again.body).toEqual([{ token_raw: token.secret, token_type: 'latchkey_api_key', label: 'false_positive' }]);
  });

  it('answers unknown tokens and non-keys false_positive, in order, and changes nothing else', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    const unknown = generateKey('live');
    const report = await postGithub(a, [match(unknown), match('lk_live_notakey'), match(key.secret)]);
    expect(report.body).toEqual([
      { token_raw: unknown, token_type: 'latchkey_api_key', label: 'false_positive' },
      { token_raw: 'lk_live_notakey', token_type: 'latchkey_api_key', label: 'false_positive' },
      { token_raw: key.secret, token_type: 'latchkey_api_key', label: 'true_positive' },
    ]);
  });

  it('refuses a bad signature or an unknown key identifier, and changes nothing', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnBoth(key.secret);
    const body = [match(key.secret)];

    const forged = await postGithub(a, body, { key: stranger.privateKey });
    expect(forged.status).toBe(401);
    expect((forged.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const otherBody = await postGithub(a, body, { signature: signed(JSON.stringify([match(generateKey('live'))])) });
    expect(otherBody.status).toBe(401);
    const garbage = await postGithub(a, body, { signature: 'bm90IGEgc2lnbmF0dXJl' });
    expect(garbage.status).toBe(401);
    const unknownIdentifier = await postGithub(a, body, { identifier: 'some-other-key' });
    expect(unknownIdentifier.status).toBe(401);
    const unsigned = await fetch(`${a.url}/leaks/github`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(unsigned.status).toBe(401);
    // Signed but not the partner format: 400.
    expect((await postGithub(a, { token: key.secret })).status).toBe(400);

    for (const server of [a, b]) {
      const result = await server.gql(VIEWER, {}, { token: key.secret });
      expect(result.status, show(result)).toBe(200);
    }
    const read = dataOf(await a.gql(KEY, { id: key.id }, { token: project.owner.token })).apiKey;
    expect(read).toMatchObject({ status: 'ACTIVE', leaks: [] });
  });

  it('is 404 where LATCHKEY_GITHUB_SCANNING_KEYS is not set', async () => {
    const plain = await startTestServer({}, { usage: { expiryProjectIds: [] } });
    try {
      const answer = await postGithub(plain, [match(generateKey('live'))]);
      expect(answer.status).toBe(404);
      expect((answer.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'NOT_FOUND',
      );
    } finally {
      await plain.close();
    }
  });
});

describe('GitHub rotating its keys', () => {
  it('uses a key added to LATCHKEY_GITHUB_SCANNING_KEYS’s file without a restart, reading it at most once a minute', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'latchkey-scanning-')), 'secret_scanning.json');
    const entry = (identifier: string, key: typeof publicKey) => ({
      key_identifier: identifier,
      key: key.export({ type: 'spki', format: 'pem' }),
      is_current: true,
    });
    writeFileSync(file, JSON.stringify({ public_keys: [entry(IDENTIFIER, publicKey)] }));
    const { githubScanningKeys, githubScanningKeysFile } = loadConfig({ LATCHKEY_GITHUB_SCANNING_KEYS: file });
    expect(githubScanningKeysFile).toBe(file);
    const server = await startTestServer(
      { githubScanningKeys, githubScanningKeysFile },
      { usage: { expiryProjectIds: [] } },
    );
    try {
      const report = [match(generateKey('live'))];
      const rotated = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      // GitHub publishes its new key, the operator's job saves the document: no restart.
      writeFileSync(
        file,
        JSON.stringify({
          public_keys: [entry(IDENTIFIER, publicKey), entry('latchkey-test-key-2', rotated.publicKey)],
        }),
      );
      const signedByNew = await postGithub(server, report, {
        identifier: 'latchkey-test-key-2',
        key: rotated.privateKey,
      });
      expect(signedByNew.status).toBe(200);
      expect(signedByNew.body).toEqual([
        { token_raw: report[0]?.token, token_type: 'latchkey_api_key', label: 'false_positive' },
      ]);
      expect((await postGithub(server, report)).status).toBe(200);

      // The file was just read: another unknown identifier within the minute does not read it again.
      const third = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      writeFileSync(file, JSON.stringify({ public_keys: [entry('latchkey-test-key-3', third.publicKey)] }));
      const tooSoon = await postGithub(server, report, { identifier: 'latchkey-test-key-3', key: third.privateKey });
      expect(tooSoon.status).toBe(401);
      // The keys it holds still verify.
      expect(
        (await postGithub(server, report, { identifier: 'latchkey-test-key-2', key: rotated.privateKey })).status,
      ).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('a leaked key', () => {
  it('cannot be reactivated or deactivated (CONFLICT); rotating it issues a working replacement', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await postGithub(a, [match(key.secret)]);

    const reactivated = await a.gql(REACTIVATE, { id: key.id }, { token: project.owner.token });
    expect(codeOf(reactivated), show(reactivated)).toBe('CONFLICT');
    const deactivated = await a.gql(DEACTIVATE, { id: key.id }, { token: project.owner.token });
    expect(codeOf(deactivated), show(deactivated)).toBe('CONFLICT');
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'LEAKED');

    // Even with a grace period, the leaked key stays refused; its replacement works.
    const { rotateApiKey } = dataOf(
      await a.gql(ROTATE, { input: { id: key.id, gracePeriodSeconds: 3600 } }, { token: project.owner.token }),
    );
    expect(rotateApiKey.apiKey.status).toBe('ACTIVE');
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'LEAKED');
    expect(dataOf(await b.gql(VIEWER, {}, { token: rotateApiKey.secret })).viewer.apiKey?.id).toBe(
      rotateApiKey.apiKey.id,
    );
    // Handled: the project no longer lists it among the leaked keys to rotate; the key keeps its status.
    const { project: seen } = dataOf(await a.gql(PROJECT, { id: project.id }, { token: project.owner.token }));
    expect(seen?.leakedKeys).toEqual([]);
    expect(dataOf(await a.gql(KEY, { id: key.id }, { token: project.owner.token })).apiKey?.status).toBe('LEAKED');
  });

  it('is LEAKED when it is the default key, too', async () => {
    const project = await seedProject(a);
    const report = await postGithub(a, [match(project.defaultKey.secret)]);
    expect(report.body).toEqual([expect.objectContaining({ label: 'true_positive' })]);
    expectRefused(await b.gql(VIEWER, {}, { token: project.defaultKey.secret }), 'LEAKED');
  });
});

describe('reportLeakedKey', () => {
  it('needs no credential, refuses a live key at once, and answers the same for anything', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnBoth(key.secret);

    const url = `https://pastebin.example/${randomUUID()}`;
    const reported = await a.gql(REPORT, { input: { key: key.secret, url } }, { headers: from() });
    expect(dataOf(reported).reportLeakedKey).toEqual({ received: true });
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'LEAKED');
    const read = dataOf(await a.gql(KEY, { id: key.id }, { token: project.owner.token })).apiKey;
    expect(read?.leaks).toEqual([expect.objectContaining({ reporter: 'REPORT', url, source: 'report' })]);

    // An unknown key and a non-key get the very same answer.
    for (const candidate of [generateKey('live'), 'hello']) {
      const answer = await a.gql(REPORT, { input: { key: candidate, url } }, { headers: from() });
      expect(answer.body).toEqual(reported.body);
    }
  });

  it('refuses a URL that is not http(s) (BAD_USER_INPUT)', async () => {
    const result = await a.gql(
      REPORT,
      { input: { key: generateKey('live'), url: 'javascript:alert(1)' } },
      { headers: from() },
    );
    expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.extensions?.field).toBe('url');
  });

  it('is limited per client address (RATE_LIMITED, 429)', async () => {
    const address = from(`203.0.113.${Math.floor(Math.random() * 250) + 1}`);
    for (let index = 0; index < 10; index += 1) {
      dataOf(await a.gql(REPORT, { input: { key: generateKey('live') } }, { headers: address }));
    }
    // On the other process too: the budget is shared in Redis.
    const refused = await b.gql(REPORT, { input: { key: generateKey('live') } }, { headers: address });
    expect(refused.status, show(refused)).toBe(429);
    expect(codeOf(refused), show(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    // Another address is not affected.
    dataOf(await a.gql(REPORT, { input: { key: generateKey('live') } }, { headers: from() }));
  });
});
